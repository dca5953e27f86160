import type { FecImportResult } from '../../../../../shared/contract/accounting-fec';
import { AppError } from '../../../../../shared/errors';
import type { Ctx } from '../../../context';
import { auxByNumber } from '../entries/aux-accounts';
import type { EntryDraft, LedgerDeps, LineDraft } from '../entries/ledger';
import { postEntries } from '../entries/ledger-batch';
import type { FecEntry, FecIssue, FecLine } from './fec-types';
import { mapJournals, openAccounts, openYearsFor } from './import-setup';
import { readFec } from './read-fec';

/**
 * Takes over the books of another software from its FEC, into a company that has no entries yet: years,
 * accounts, journals and auxiliary accounts it lacks are opened, then every entry is written and validated
 * through the ledger's batch posting, so numbers, period balances and seals are Coulisse's own. All or nothing.
 */
export async function importFec(ctx: Ctx, fileName: string, bytes: Uint8Array): Promise<FecImportResult> {
  const any = await ctx.db.selectFrom('entry').select('id').limit(1).executeTakeFirst();
  if (any !== undefined) throw new AppError('CONFLICT', 'errors.fecCompanyHasEntries');
  const read = readFec(bytes, fileName);
  if (!read.ok) throw refusal(read.errors);

  const now = ctx.now().toISOString();
  const company = await ctx.db.selectFrom('company').select('fiscal_year_start').executeTakeFirstOrThrow();
  const entries = read.entries.flatMap(splitByVoucher);
  const years = await openYearsFor(
    ctx.db,
    entries.map((e) => e.ecritureDate),
    read.closingDate,
    company.fiscal_year_start,
  );
  const accounts = await openAccounts(ctx.db, read.accounts, now);
  const journals = await mapJournals(ctx.db, read.entries, read.journals, now);
  const aux = await openAuxAccounts(ctx, read.entries, now);

  const drafts: EntryDraft[] = [];
  const letters: KeptLine[][] = [];
  let lines = 0;
  for (const entry of entries) {
    const kept = entry.lines.map(toDraftLine(aux.ids)).filter((l): l is KeptLine => l !== null);
    if (kept.length === 0) continue;
    const first = entry.lines[0]!;
    const label = first.ecritureLib || read.journals.get(entry.journalCode) || entry.ecritureNum;
    drafts.push({
      journalCode: journals.codes.get(entry.journalCode)!,
      date: entry.ecritureDate,
      label: label.slice(0, 200),
      reference: reference(entry.ecritureNum, first.pieceRef),
      lines: kept.map((k) => k.draft),
    });
    letters.push(kept);
    lines += kept.length;
  }
  const deps: LedgerDeps = { db: ctx.db, sqlite: ctx.sqlite, at: now, userId: ctx.session.userId };
  const ids = postEntries(deps, drafts);
  // Lettering stays outside the seal: it is added to posted lines, here as the other software had it.
  const letter = ctx.sqlite.prepare(
    'update entry_line set letter = ?, lettered_at = ? where entry_id = ? and line_no = ?',
  );
  ids.forEach((id, e) => {
    letters[e]!.forEach((k, i) => {
      if (k.letter !== '') letter.run(k.letter, k.letteredAt ?? drafts[e]!.date, id, i + 1);
    });
  });
  const written = ids.length;

  const result = {
    entries: written,
    lines,
    accounts,
    journals: journals.opened,
    auxAccounts: aux.opened,
    years,
  };
  ctx.audit({ entityType: 'fecImport', entityId: null, before: null, after: { fileName, ...result } });
  return result;
}

/** The reader's first complaint leads; an unbalanced entry is named by journal, number and line. */
function refusal(errors: readonly FecIssue[]): AppError {
  const issues = errors.map((e) => ({ path: `line ${e.line}`, messageKey: e.messageKey, params: e.params }));
  const unbalanced = errors.find((e) => e.messageKey === 'fec.entry.unbalanced');
  if (unbalanced !== undefined) {
    return new AppError('VALIDATION', 'errors.fecUnbalanced', {
      journalCode: unbalanced.params.journalCode,
      ecritureNum: unbalanced.params.ecritureNum,
      line: unbalanced.line,
      difference: unbalanced.params.difference,
      issues,
    });
  }
  return new AppError('VALIDATION', 'errors.fecInvalid', { line: errors[0]?.line ?? 0, issues });
}

/**
 * Some software writes one EcritureNum for a whole journal (0 on every line). Such an entry is split into its
 * vouchers (date and PieceRef) when each of them balances, so that every line keeps its own date.
 */
function splitByVoucher(entry: FecEntry): FecEntry[] {
  const groups = new Map<string, FecLine[]>();
  for (const line of entry.lines) {
    const key = `${line.ecritureDate}\u0000${line.pieceRef}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [line]);
    else group.push(line);
  }
  if (groups.size === 1) return [entry];
  const balanced = [...groups.values()].every((g) => g.reduce((s, l) => s + l.debit - l.credit, 0) === 0);
  if (!balanced) return [entry];
  return [...groups.values()].map((g) => ({ ...entry, ecritureDate: g[0]!.ecritureDate, lines: g }));
}

function reference(ecritureNum: string, pieceRef: string): string {
  if (pieceRef === '' || pieceRef === ecritureNum) return ecritureNum;
  return `${ecritureNum} - ${pieceRef}`.slice(0, 120);
}

interface KeptLine {
  draft: LineDraft;
  letter: string;
  letteredAt: string | null;
}

/** A line as the ledger takes it: one side only, never negative; a line of zero weighs nothing and is left out. */
function toDraftLine(auxIds: ReadonlyMap<string, number>) {
  return (line: FecLine): KeptLine | null => {
    const net = line.debit - line.credit;
    if (net === 0) return null;
    return {
      draft: {
        accountNumber: line.compteNum,
        auxAccountId: line.compAuxNum === '' ? null : (auxIds.get(line.compAuxNum) ?? null),
        label: line.ecritureLib === '' ? null : line.ecritureLib.slice(0, 200),
        debit: net > 0 ? net : 0,
        credit: net < 0 ? -net : 0,
        dueDate: null,
      },
      letter: line.ecritureLet,
      letteredAt: line.dateLet,
    };
  };
}

async function openAuxAccounts(ctx: Ctx, entries: readonly FecEntry[], now: string) {
  const before = new Set((await ctx.db.selectFrom('aux_account').select('number').execute()).map((r) => r.number));
  const ids = new Map<string, number>();
  let opened = 0;
  for (const entry of entries) {
    for (const line of entry.lines) {
      if (line.compAuxNum === '' || ids.has(line.compAuxNum)) continue;
      const label = line.compAuxLib === '' ? line.compAuxNum : line.compAuxLib.slice(0, 200);
      const aux = await auxByNumber(ctx.db, line.compAuxNum, label, line.compteNum, now);
      if (!before.has(line.compAuxNum)) opened++;
      ids.set(line.compAuxNum, aux.id);
    }
  }
  return { ids, opened };
}
