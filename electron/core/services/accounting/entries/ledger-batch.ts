import { centsToDecimal } from '../../../../../shared/domain/money';
import { AppError, type ValidationIssue } from '../../../../../shared/errors';
import { entrySealFields, GENESIS_HASH, linkHash } from '../../../db/chain';
import { entryNumber, type EntryDraft, type LedgerDeps } from './ledger';

// postEntry for many entries at once (a FEC taken over from other software, a year of history): the same rules
// and the same rows — open period, active journal and accounts, one side per line, balanced, numbered next in
// its journal and year, period balances moved, a seal chained by hash — checked for the whole batch first, then
// written with prepared statements. Nothing is written when any entry is refused.

interface PeriodRow {
  id: number;
  start_date: string;
  end_date: string;
  locked: number;
  fiscal_year_id: number;
  status: string;
  year_end: string;
}

interface Planned {
  draft: EntryDraft;
  journalId: number;
  journalCode: string;
  period: PeriodRow;
  accountIds: number[];
  total: number;
}

function refused(code: 'VALIDATION' | 'LOCKED_PERIOD', messageKey: string, path: string, extra = {}): AppError {
  return new AppError(code, messageKey, { ...extra, issues: [{ path, messageKey }] });
}

/** Posts and validates every draft in order, in the caller's transaction; returns the new entries' ids. */
export function postEntries(deps: LedgerDeps, drafts: readonly EntryDraft[]): number[] {
  const { sqlite } = deps;
  const journals = new Map(
    (
      sqlite.prepare('select id, code, active from journal').all() as { id: number; code: string; active: number }[]
    ).map((j) => [j.code, j]),
  );
  const periods = sqlite
    .prepare(
      `select p.id, p.start_date, p.end_date, p.locked, p.fiscal_year_id, y.status, y.end_date year_end
       from period p join fiscal_year y on y.id = p.fiscal_year_id order by p.start_date`,
    )
    .all() as PeriodRow[];
  const accounts = new Map(
    (
      sqlite.prepare('select id, number, active from account').all() as { id: number; number: string; active: number }[]
    ).map((a) => [a.number, a]),
  );
  const auxIds = new Set((sqlite.prepare('select id from aux_account').all() as { id: number }[]).map((r) => r.id));

  const periodOf = (date: string): PeriodRow | undefined => {
    let lo = 0;
    let hi = periods.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = periods[mid]!;
      if (date < p.start_date) hi = mid - 1;
      else if (date > p.end_date) lo = mid + 1;
      else return p;
    }
    return undefined;
  };

  const plan: Planned[] = drafts.map((draft, e) => {
    const at = `entries.${e}`;
    const journal = journals.get(draft.journalCode);
    if (!journal || journal.active !== 1) {
      throw refused('VALIDATION', 'errors.journalUnknown', `${at}.journalCode`, { code: draft.journalCode });
    }
    const period = periodOf(draft.date);
    if (!period) throw refused('VALIDATION', 'errors.noFiscalYear', `${at}.date`, { date: draft.date });
    if (period.status === 'closed')
      throw refused('LOCKED_PERIOD', 'errors.yearClosed', `${at}.date`, { date: draft.date });
    if (period.locked === 1) throw refused('LOCKED_PERIOD', 'errors.periodLocked', `${at}.date`, { date: draft.date });
    const issues: ValidationIssue[] = [];
    let debit = 0;
    let credit = 0;
    const accountIds = draft.lines.map((l, i) => {
      const account = accounts.get(l.accountNumber);
      if (!account) issues.push({ path: `${at}.lines.${i}.accountNumber`, messageKey: 'errors.accountUnknown' });
      else if (account.active !== 1) {
        issues.push({ path: `${at}.lines.${i}.accountNumber`, messageKey: 'errors.accountInactive' });
      }
      if (l.auxAccountId !== null && !auxIds.has(l.auxAccountId)) {
        issues.push({ path: `${at}.lines.${i}.auxAccountId`, messageKey: 'errors.auxUnknown' });
      }
      if ((l.debit === 0) === (l.credit === 0) || l.debit < 0 || l.credit < 0) {
        issues.push({ path: `${at}.lines.${i}.debit`, messageKey: 'validation.lineAmount' });
      }
      debit += l.debit;
      credit += l.credit;
      return account?.id ?? 0;
    });
    if (issues.length) throw new AppError('VALIDATION', 'errors.validation', { issues });
    if (draft.lines.length < 2 || debit !== credit || debit === 0) {
      throw refused('VALIDATION', 'errors.entryUnbalanced', `${at}.lines`, {
        debit: centsToDecimal(debit),
        credit: centsToDecimal(credit),
      });
    }
    return { draft, journalId: journal.id, journalCode: journal.code, period, accountIds, total: debit };
  });

  const lastSeq = sqlite.prepare('select max(seq) seq from entry where journal_id = ? and fiscal_year_id = ?').pluck();
  const insertEntry = sqlite.prepare(
    `insert into entry (journal_id, fiscal_year_id, period_id, date, label, reference, status, seq, number,
       validated_at, validated_by, source_type, source_id, reversal_of, total_debit, total_credit, created_by,
       created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, 'validated', ?, ?, ?, ?, null, null, null, ?, ?, ?, ?, ?)`,
  );
  const insertLine = sqlite.prepare(
    `insert into entry_line (entry_id, line_no, account_id, aux_account_id, label, debit, credit, due_date, date,
       posted, letter, lettered_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, null, null)`,
  );
  const insertSeal = sqlite.prepare(
    'insert into entry_seal (id, entry_id, at, prev_hash, hash) values (?, ?, ?, ?, ?)',
  );
  const head = sqlite.prepare('select id, hash from entry_seal order by id desc limit 1').get() as
    { id: number; hash: string } | undefined;
  let sealId = head?.id ?? 0;
  let prev = head?.hash ?? GENESIS_HASH;
  const seqs = new Map<string, number>();
  const balances = new Map<string, { periodId: number; accountId: number; debit: number; credit: number }>();
  const ids: number[] = [];

  for (const p of plan) {
    const key = `${p.journalId}:${p.period.fiscal_year_id}`;
    const seq = (seqs.get(key) ?? (lastSeq.get(p.journalId, p.period.fiscal_year_id) as number | null) ?? 0) + 1;
    seqs.set(key, seq);
    const { draft } = p;
    const id = Number(
      insertEntry.run(
        p.journalId,
        p.period.fiscal_year_id,
        p.period.id,
        draft.date,
        draft.label,
        draft.reference,
        seq,
        entryNumber(p.journalCode, p.period.year_end, seq),
        deps.at,
        deps.userId,
        p.total,
        p.total,
        deps.userId,
        deps.at,
        deps.at,
      ).lastInsertRowid,
    );
    draft.lines.forEach((l, i) => {
      const accountId = p.accountIds[i]!;
      insertLine.run(id, i + 1, accountId, l.auxAccountId, l.label, l.debit, l.credit, l.dueDate, draft.date);
      const b = `${p.period.id}:${accountId}`;
      const sum = balances.get(b) ?? { periodId: p.period.id, accountId, debit: 0, credit: 0 };
      sum.debit += l.debit;
      sum.credit += l.credit;
      balances.set(b, sum);
    });
    sealId++;
    const hash = linkHash(prev, entrySealFields({ id: sealId, entry_id: id, at: deps.at }, sqlite));
    insertSeal.run(sealId, id, deps.at, prev, hash);
    prev = hash;
    ids.push(id);
  }

  const addBalance = sqlite.prepare(
    `insert into period_balance (period_id, account_id, debit, credit) values (?, ?, ?, ?)
     on conflict (period_id, account_id) do update set
       debit = period_balance.debit + excluded.debit, credit = period_balance.credit + excluded.credit`,
  );
  for (const b of balances.values()) addBalance.run(b.periodId, b.accountId, b.debit, b.credit);
  return ids;
}
