import { createHash } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import type { CsvMapping, accountingBank } from '../../../../../shared/contract/accounting-bank';
import { foldText } from '../../../../../shared/domain/text';
import { AppError } from '../../../../../shared/errors';
import type { BankStatementTable, DB } from '../../../db/schema';
import { loadBankAccount } from './bank-accounts';
import { readCsvTable } from './parse-csv';
import { detectFormat, parseStatement } from './parse-statement';
import type { ParsedLine } from './statement-file';

type Routes = typeof accountingBank;
type FileInput = z.output<Routes['accounting.statement.import']['input']>;
type Preview = z.input<Routes['accounting.statement.preview']['output']>;

const PREVIEW_ROWS = 20;

export function toStatement(r: Selectable<BankStatementTable>) {
  return {
    id: r.id,
    bankAccountId: r.bank_account_id,
    format: r.format as 'csv' | 'ofx' | 'camt053',
    fileName: r.file_name,
    importedAt: r.imported_at,
    openingBalance: r.opening_balance,
    closingBalance: r.closing_balance,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    lineCount: r.line_count,
  };
}

export async function listStatements(db: Kysely<DB>, bankAccountId: number) {
  const rows = await db
    .selectFrom('bank_statement')
    .selectAll()
    .where('bank_account_id', '=', bankAccountId)
    .orderBy('period_to', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toStatement);
}

function decode(contentBase64: string): Uint8Array {
  const bytes = new Uint8Array(Buffer.from(contentBase64, 'base64'));
  if (bytes.length === 0) {
    throw new AppError('VALIDATION', 'errors.bankFileEmpty', {
      issues: [{ path: 'contentBase64', messageKey: 'errors.bankFileEmpty' }],
    });
  }
  return bytes;
}

/** A first guess for a CSV never mapped: the separator that splits the first lines most. */
function guessDelimiter(bytes: Uint8Array): CsvMapping['delimiter'] {
  const head = new TextDecoder('latin1').decode(bytes.slice(0, 4000));
  const counts = ([';', ',', '\t', '|'] as const).map((d) => [d, head.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

export async function previewStatement(db: Kysely<DB>, input: FileInput): Promise<Preview> {
  const account = await loadBankAccount(db, input.bankAccountId);
  const bytes = decode(input.contentBase64);
  const format = input.format ?? detectFormat(bytes);
  const mapping = format === 'csv' ? (input.mapping ?? account.csvMapping) : null;
  let header: string[] = [];
  let rows: string[][] = [];
  if (format === 'csv') {
    const table = readCsvTable(
      bytes,
      mapping ?? { delimiter: guessDelimiter(bytes), encoding: 'utf-8', skipLines: 0, hasHeader: false },
    );
    header = table.header;
    rows = table.rows.slice(0, PREVIEW_ROWS);
  }
  const empty = { lines: [], lineCount: 0, openingBalance: null, closingBalance: null };
  try {
    if (format === 'csv' && mapping === null) return { format, header, rows, mapping, problem: null, ...empty };
    const parsed = parseStatement(bytes, format, mapping);
    return {
      format,
      header,
      rows,
      mapping,
      problem: null,
      lines: parsed.lines.slice(0, PREVIEW_ROWS).map(({ fileLine: _, ...l }) => l),
      lineCount: parsed.lines.length,
      openingBalance: parsed.openingBalance,
      closingBalance: parsed.closingBalance,
    };
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== 'VALIDATION') throw e;
    const d = e.details ?? {};
    const problem = {
      messageKey: e.messageKey,
      line: typeof d.line === 'number' ? d.line : null,
      value: typeof d.value === 'string' ? d.value : null,
    };
    return { format, header, rows, mapping, problem, ...empty };
  }
}

/**
 * What identifies a bank line across statements: the same movement shows in two overlapping exports with the same
 * date, amount, label and reference; the rank tells apart identical movements of one day (two equal card payments).
 */
function fingerprints(lines: readonly ParsedLine[]): string[] {
  const seen = new Map<string, number>();
  return lines.map((l) => {
    const key = [l.date, l.amount, foldText(l.label), foldText(l.reference ?? '')].join('|');
    const rank = (seen.get(key) ?? 0) + 1;
    seen.set(key, rank);
    return createHash('sha256').update(`${key}|${rank}`).digest('hex').slice(0, 40);
  });
}

export interface ImportOutcome {
  statementId: number;
  added: number;
  skipped: number;
  mappingSaved: boolean;
}

export async function importStatement(
  db: Kysely<DB>,
  input: FileInput,
  at: string,
  userId: number | null,
): Promise<ImportOutcome> {
  const account = await loadBankAccount(db, input.bankAccountId);
  const bytes = decode(input.contentBase64);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const already = await db
    .selectFrom('bank_statement')
    .select(['id', 'file_name', 'imported_at'])
    .where('bank_account_id', '=', account.id)
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  if (already) {
    throw new AppError('CONFLICT', 'errors.bankStatementDuplicate', {
      fileName: already.file_name,
      importedAt: already.imported_at,
      issues: [{ path: 'contentBase64', messageKey: 'errors.bankStatementDuplicate' }],
    });
  }
  const format = input.format ?? detectFormat(bytes);
  const mapping = format === 'csv' ? (input.mapping ?? account.csvMapping) : null;
  const parsed = parseStatement(bytes, format, mapping);
  const { id: statementId } = await db
    .insertInto('bank_statement')
    .values({
      bank_account_id: account.id,
      format,
      file_name: input.fileName,
      sha256,
      imported_at: at,
      imported_by: userId,
      opening_balance: parsed.openingBalance,
      closing_balance: parsed.closingBalance,
      period_from: parsed.periodFrom,
      period_to: parsed.periodTo,
      line_count: parsed.lines.length,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const prints = fingerprints(parsed.lines);
  let added = 0;
  for (const [i, l] of parsed.lines.entries()) {
    const res = await db
      .insertInto('bank_line')
      .values({
        statement_id: statementId,
        bank_account_id: account.id,
        date: l.date,
        value_date: l.valueDate,
        label: l.label.slice(0, 500),
        reference: l.reference?.slice(0, 100) ?? null,
        amount: l.amount,
        status: 'open',
        entry_id: null,
        fingerprint: prints[i]!,
      })
      .onConflict((oc) => oc.columns(['bank_account_id', 'fingerprint']).doNothing())
      .executeTakeFirst();
    added += Number(res.numInsertedOrUpdatedRows ?? 0);
  }
  let mappingSaved = false;
  if (format === 'csv' && input.mapping && JSON.stringify(input.mapping) !== JSON.stringify(account.csvMapping)) {
    await db
      .updateTable('bank_account')
      .set({ csv_mapping: JSON.stringify(input.mapping), updated_at: at })
      .where('id', '=', account.id)
      .execute();
    mappingSaved = true;
  }
  return { statementId, added, skipped: parsed.lines.length - added, mappingSaved };
}

export async function loadStatement(db: Kysely<DB>, id: number) {
  return toStatement(await db.selectFrom('bank_statement').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
}
