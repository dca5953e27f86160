import { sql, type Kysely } from 'kysely';
import type { MatchCandidate } from '../../../../../shared/contract/accounting-bank';
import { foldText } from '../../../../../shared/domain/text';
import type { DB } from '../../../db/schema';
import { bankLedger } from './bank-accounts';
import { loadBankLine } from './bank-lines';

// Which open items a bank line may settle. Money in settles a debit (a customer's invoice on 411), money out a
// credit (a supplier's bill on 401): the item's debit minus credit equals the bank line's signed amount. A third
// party paying several invoices at once is offered as one candidate when its open items add up to the amount.

const MAX_CANDIDATES = 20;
const THIRD_PARTY = ['40', '41', '42', '43', '44', '46'];

interface OpenItem {
  id: number;
  entry_id: number;
  date: string;
  debit: number;
  credit: number;
  account_id: number;
  account_number: string;
  aux_account_id: number | null;
  aux_label: string | null;
  entry_label: string;
  line_label: string | null;
  reference: string | null;
  number: string | null;
}

function openItems(db: Kysely<DB>) {
  return db
    .selectFrom('entry_line as l')
    .innerJoin('entry as e', 'e.id', 'l.entry_id')
    .innerJoin('account as a', 'a.id', 'l.account_id')
    .leftJoin('aux_account as x', 'x.id', 'l.aux_account_id')
    .select([
      'l.id',
      'l.entry_id',
      'l.date',
      'l.debit',
      'l.credit',
      'l.account_id',
      'a.number as account_number',
      'l.aux_account_id',
      'x.label as aux_label',
      'e.label as entry_label',
      'l.label as line_label',
      'e.reference',
      'e.number',
    ]);
}

/** Third-party accounts only; VAT (445) lines are never settled by the bank. Checked here rather than in SQL so
 * that the lookup starts from the amount's index, not from every line of 411. */
function settleable(item: OpenItem, bankAccountId: number): boolean {
  if (item.account_id === bankAccountId) return false;
  return THIRD_PARTY.some((p) => item.account_number.startsWith(p)) && !item.account_number.startsWith('445');
}

/** Letters and digits only, so that "FA-2026-0007" is found in "REGLEMENT FA 2026 0007". */
function squash(text: string): string {
  return foldText(text).replace(/[^a-z0-9]/g, '');
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

function score(items: readonly OpenItem[], bank: { label: string; reference: string | null; date: string }): number {
  const haystack = squash(`${bank.label} ${bank.reference ?? ''}`);
  const words = foldText(`${bank.label} ${bank.reference ?? ''}`);
  let s = 0;
  const refs = items.flatMap((i) => [i.reference, i.number]).filter((r): r is string => !!r && squash(r).length >= 3);
  if (refs.some((r) => haystack.includes(squash(r)))) s += 50;
  const name = items[0]!.aux_label;
  if (name) {
    const parts = foldText(name)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 4 && !['sarl', 'sas', 'eurl', 'societe'].includes(w));
    if (parts.length && parts.some((w) => words.includes(w))) s += 30;
  }
  const days = Math.min(...items.map((i) => daysBetween(i.date, bank.date)));
  return s + Math.max(0, 20 - Math.floor(days / 3));
}

function candidate(items: OpenItem[], amount: number, bank: Parameters<typeof score>[1]): MatchCandidate {
  const first = items[0]!;
  return {
    lineIds: items.map((i) => i.id),
    entryId: first.entry_id,
    entryNumber: first.number,
    date: first.date,
    accountNumber: first.account_number,
    auxAccountId: first.aux_account_id,
    auxLabel: first.aux_label,
    label:
      items.length === 1
        ? (first.line_label ?? first.entry_label)
        : items.map((i) => i.reference ?? i.entry_label).join(', '),
    reference: items.length === 1 ? first.reference : null,
    amount,
    score: score(items, bank),
  };
}

export async function suggestMatches(db: Kysely<DB>, bankLineId: number): Promise<MatchCandidate[]> {
  const bank = await loadBankLine(db, bankLineId);
  if (bank.status !== 'open') return [];
  const { accountId } = await bankLedger(db, bank.bankAccountId);
  // Literals, not parameters, so that SQLite sees its partial indexes of open items apply.
  const single = (await openItems(db)
    .where(sql<boolean>`l.posted = 1 and l.letter is null and l.debit - l.credit = ${sql.lit(bank.amount)}`)
    .orderBy('l.date')
    .limit(1000)
    .execute()) as OpenItem[];
  const out = single.filter((i) => settleable(i, accountId)).map((i) => candidate([i], bank.amount, bank));
  // Several open items of one third party, settled together: the party's whole open balance equals the amount.
  const sameSide = bank.amount > 0 ? sql<boolean>`l.debit > 0` : sql<boolean>`l.credit > 0`;
  const open = sql<boolean>`l.posted = 1 and l.letter is null and l.aux_account_id is not null`;
  const parties = await db
    .selectFrom('entry_line as l')
    .select(['l.aux_account_id', 'l.account_id'])
    .where(open)
    .where(sameSide)
    .groupBy(['l.aux_account_id', 'l.account_id'])
    .having(sql<boolean>`count(*) >= 2 and sum(l.debit - l.credit) = ${sql.lit(bank.amount)}`)
    .limit(MAX_CANDIDATES)
    .execute();
  const byParty = new Map<string, OpenItem[]>();
  for (const p of parties) {
    const items = (await openItems(db)
      .where(open)
      .where(sameSide)
      .where('l.aux_account_id', '=', p.aux_account_id)
      .where('l.account_id', '=', p.account_id)
      .orderBy('l.date')
      .orderBy('l.id')
      .execute()) as OpenItem[];
    if (items.length >= 2 && settleable(items[0]!, accountId))
      byParty.set(`${p.account_id}:${p.aux_account_id}`, items);
  }
  for (const items of byParty.values()) out.push(candidate(items, bank.amount, bank));
  return out
    .sort((a, b) => b.score - a.score || daysBetween(a.date, bank.date) - daysBetween(b.date, bank.date))
    .slice(0, MAX_CANDIDATES);
}
