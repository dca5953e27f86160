import type { Kysely } from 'kysely';
import { foldText } from '../../../../../shared/domain/text';
import { AppError } from '../../../../../shared/errors';
import type { DB } from '../../../db/schema';
import { NORMAL_SIDE_BY_PREFIX, isValidAccountNumber, parentOf, describeAccount } from '../chart/account-rules';
import { addDays, insertFiscalYear, yearContaining } from '../fiscal-years';
import type { FecEntry } from './fec-types';

// What a FEC needs before its entries can be written: the years its dates fall in, its accounts and its journals.

/**
 * Opens the years that hold `dates` and that no year holds yet. Their boundary is the file's closing date when
 * the name gives one (the other software's own years), else the company's fiscal year start; a new year is cut
 * short rather than overlap one that exists. Returns how many were opened.
 */
export async function openYearsFor(
  db: Kysely<DB>,
  dates: readonly string[],
  closingDate: string | null,
  companyStart: string,
): Promise<number> {
  const boundary = closingDate === null ? companyStart : addDays(closingDate, 1).slice(5);
  const years = await db.selectFrom('fiscal_year').select(['start_date', 'end_date']).execute();
  const held = (date: string) => years.some((y) => y.start_date <= date && date <= y.end_date);
  let opened = 0;
  for (const date of [...new Set(dates)].sort()) {
    if (held(date)) continue;
    let { start, end } = yearContaining(date, boundary);
    for (const y of years) {
      if (y.end_date < date && y.end_date >= start) start = addDays(y.end_date, 1);
      if (y.start_date > date && y.start_date <= end) end = addDays(y.start_date, -1);
    }
    await insertFiscalYear(db, start, end);
    years.push({ start_date: start, end_date: end });
    opened++;
  }
  return opened;
}

function accountRow(number: string, label: string, now: string) {
  // A number hanging from the chart takes its parent's rules; another is opened under its class alone.
  const valid = isValidAccountNumber(number);
  const accountClass = Number(number[0]);
  let side: 'debit' | 'credit' = 'debit';
  for (let length = number.length; length >= 1; length--) {
    const found = NORMAL_SIDE_BY_PREFIX[number.slice(0, length)];
    if (found !== undefined) {
      side = found;
      break;
    }
  }
  const d = valid ? describeAccount(number) : null;
  return {
    number,
    label,
    label_folded: foldText(label),
    class: accountClass,
    type: d?.type ?? (accountClass <= 5 ? 'balance-sheet' : accountClass <= 7 ? 'income' : 'special'),
    normal_side: d?.normalSide ?? side,
    parent_number: (valid ? parentOf(number)?.number : undefined) ?? number[0]!,
    is_pcg: 0,
    active: 1,
    created_at: now,
    updated_at: now,
  };
}

/** Opens the accounts of the file the company does not have; refuses numbers no ledger can hold. */
export async function openAccounts(db: Kysely<DB>, accounts: ReadonlyMap<string, string>, now: string) {
  const existing = new Set((await db.selectFrom('account').select('number').execute()).map((r) => r.number));
  const bad = [...accounts.keys()].filter((n) => !/^[1-8]\d{2,9}$/.test(n));
  if (bad.length > 0) {
    throw new AppError('VALIDATION', 'errors.fecAccount', {
      account: bad[0],
      issues: bad.slice(0, 50).map((n) => ({ path: n, messageKey: 'errors.fecAccount', params: { account: n } })),
    });
  }
  const rows = [...accounts]
    .filter(([n]) => !existing.has(n))
    .map(([n, label]) => accountRow(n, label.trim() === '' ? n : label.trim().slice(0, 200), now));
  for (let i = 0; i < rows.length; i += 400) {
    await db
      .insertInto('account')
      .values(rows.slice(i, i + 400))
      .execute();
  }
  // An account the company had switched off still receives its history.
  await db
    .updateTable('account')
    .set({ active: 1, updated_at: now })
    .where('number', 'in', [...accounts.keys()])
    .where('active', '=', 0)
    .execute();
  return rows.length;
}

const OPENING_CODES = new Set(['AN', 'RAN', 'ANO']);
const OPENING_LABEL = /\ba[ -]?nouveaux?\b/;

function normalizedCode(code: string): string {
  return code
    .toUpperCase()
    .normalize('NFD')
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 6)
    .padEnd(2, '0');
}

/**
 * Maps each journal code of the file to a journal of the company, opening the missing ones (kind misc). The
 * opening balances go to AN, whatever the other software called that journal.
 */
export async function mapJournals(
  db: Kysely<DB>,
  entries: readonly FecEntry[],
  journals: ReadonlyMap<string, string>,
  now: string,
): Promise<{ codes: Map<string, string>; opened: number }> {
  const existing = new Map(
    (await db.selectFrom('journal').select(['code', 'kind', 'active']).execute()).map((j) => [j.code, j]),
  );
  const opening = existing.get('AN')?.kind === 'opening' ? 'AN' : null;
  const firstLabel = new Map<string, string>();
  for (const e of entries)
    if (!firstLabel.has(e.journalCode)) firstLabel.set(e.journalCode, e.lines[0]?.ecritureLib ?? '');
  const codes = new Map<string, string>();
  let opened = 0;
  for (const [code, label] of journals) {
    const normalized = normalizedCode(code);
    const isOpening =
      OPENING_CODES.has(normalized) ||
      OPENING_LABEL.test(foldText(label)) ||
      OPENING_LABEL.test(foldText(firstLabel.get(code) ?? ''));
    if (isOpening && opening !== null) {
      codes.set(code, opening);
      continue;
    }
    const known = existing.get(normalized);
    if (known === undefined) {
      await db
        .insertInto('journal')
        .values({
          code: normalized,
          label: label.trim() === '' ? normalized : label.trim().slice(0, 100),
          kind: 'misc',
          account_number: null,
          active: 1,
          created_at: now,
          updated_at: now,
        })
        .execute();
      existing.set(normalized, { code: normalized, kind: 'misc', active: 1 });
      opened++;
    } else if (known.active !== 1) {
      await db.updateTable('journal').set({ active: 1, updated_at: now }).where('code', '=', normalized).execute();
      known.active = 1;
    }
    codes.set(code, normalized);
  }
  return { codes, opened };
}
