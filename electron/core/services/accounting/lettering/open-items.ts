import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { OpenItem, OpenItemPage, OpenItemQuery } from '../../../../../shared/contract/accounting-lettering';
import { seekPageIds, type SeekOrder } from '../../../db/page-seek';
import { memoRead } from '../../../db/read-memo';
import { escapeLike, likePattern } from '../../../db/like';
import type { DB } from '../../../db/schema';

export interface LetterScope {
  accountNumber?: string;
  auxAccountId?: number;
  kind?: 'customer' | 'supplier';
}

/**
 * Posted lines within a scope, filtered on the line table alone so that totals read one index. With neither
 * account nor third party named, every third party's lines: matching is about what customers and suppliers owe
 * and are owed.
 */
export function scopedLines(db: Kysely<DB>, scope: LetterScope) {
  // The third party said even where the scope implies it, so that SQLite can tell the partial indexes of
  // third-party lines hold every row asked for.
  let q = db.selectFrom('entry_line as l').where('l.posted', '=', 1).where('l.aux_account_id', 'is not', null);
  if (scope.auxAccountId !== undefined) q = q.where('l.aux_account_id', '=', scope.auxAccountId);
  const kind = scope.kind;
  if (kind) {
    // Per line, by the third party's key: an IN list would first gather every customer (tens of thousands) on
    // each call, for a page of fifty lines.
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('aux_account as k')
          .select('k.id')
          .whereRef('k.id', '=', 'l.aux_account_id')
          .where('k.kind', '=', kind),
      ),
    );
  }
  const prefix = scope.accountNumber;
  if (prefix) {
    q = q.where('l.account_id', 'in', (eb) =>
      eb.selectFrom('account').select('id').where('number', '>=', prefix).where('number', '<', `${prefix}:`),
    );
  }
  return q;
}

type Scoped = ReturnType<typeof scopedLines>;
interface Totals {
  n: number;
  debit: number;
  credit: number;
}

function sums(q: Scoped) {
  return q.select([
    sql<number>`count(*)`.as('n'),
    sql<number>`coalesce(sum(l.debit), 0)`.as('debit'),
    sql<number>`coalesce(sum(l.credit), 0)`.as('credit'),
  ]);
}

/** Without a search, one pass over the lines listed gives both their totals and the open balance. */
async function splitTotals(db: Kysely<DB>, inDates: Scoped, status: 'open' | 'lettered' | 'all') {
  if (status === 'open') {
    // The open lines alone, through their own index: the lettered ones (most of them) are not read.
    const open = await memoRead(db, sums(inDates.where('l.letter', 'is', null)));
    const totals = { n: Number(open.n), debit: Number(open.debit), credit: Number(open.credit) };
    return { totals, openBalance: totals.debit - totals.credit };
  }
  // Both halves in one pass, without grouping: lettered = all - open.
  const both = sums(inDates).select([
    sql<number>`count(*) filter (where l.letter is null)`.as('open_n'),
    sql<number>`coalesce(sum(l.debit) filter (where l.letter is null), 0)`.as('open_debit'),
    sql<number>`coalesce(sum(l.credit) filter (where l.letter is null), 0)`.as('open_credit'),
  ]);
  const r = await memoRead(db, both);
  const open: Totals = { n: Number(r.open_n), debit: Number(r.open_debit), credit: Number(r.open_credit) };
  const lettered: Totals = {
    n: Number(r.n) - open.n,
    debit: Number(r.debit) - open.debit,
    credit: Number(r.credit) - open.credit,
  };
  const totals =
    status === 'lettered'
      ? lettered
      : { n: open.n + lettered.n, debit: open.debit + lettered.debit, credit: open.credit + lettered.credit };
  return { totals, openBalance: open.debit - open.credit };
}

async function searchedTotals(db: Kysely<DB>, q: Scoped, inDates: Scoped) {
  const [totals, open] = await Promise.all([
    memoRead(db, sums(q)),
    memoRead(db, sums(inDates.where('l.letter', 'is', null))),
  ]);
  return {
    totals: { n: Number(totals.n), debit: Number(totals.debit), credit: Number(totals.credit) },
    openBalance: Number(open.debit) - Number(open.credit),
  };
}

export async function listOpenItems(db: Kysely<DB>, f: z.output<typeof OpenItemQuery>): Promise<OpenItemPage> {
  let inDates = scopedLines(db, f);
  if (f.from) inDates = inDates.where('l.date', '>=', f.from);
  if (f.to) inDates = inDates.where('l.date', '<=', f.to);
  let q = inDates;
  if (f.status === 'open') q = q.where('l.letter', 'is', null);
  if (f.status === 'lettered') q = q.where('l.letter', 'is not', null);
  if (f.search) {
    const like = `%${escapeLike(f.search)}%`;
    const letter = f.search.toUpperCase();
    q = q.where((eb) =>
      eb.or([
        likePattern('l.label', like),
        eb('l.letter', '=', letter),
        eb.exists(
          eb
            .selectFrom('entry as se')
            .select('se.id')
            .whereRef('se.id', '=', 'l.entry_id')
            .where((s) =>
              s.or([likePattern('se.label', like), likePattern('se.reference', like), likePattern('se.number', like)]),
            ),
        ),
      ]),
    );
  }
  // The page's line ids first, from the line table and its index alone, seeking from the nearest kept key at any
  // depth; then those lines with their entry, journal and accounts.
  const order: SeekOrder =
    f.sort === 'dueDate'
      ? { keys: [sql`coalesce(l.due_date, l.date)`, 'l.date', 'l.id'], dir: f.dir, id: 'l.id' }
      : { keys: ['l.date', 'l.id'], dir: f.dir, id: 'l.id' };
  const [ids, { totals, openBalance }] = await Promise.all([
    seekPageIds(db, q, order, f.page, f.pageSize),
    f.search ? searchedTotals(db, q, inDates) : splitTotals(db, inDates, f.status),
  ]);
  const loaded =
    ids.length === 0
      ? []
      : await db
          .selectFrom('entry_line as l')
          .innerJoin('entry as e', 'e.id', 'l.entry_id')
          .innerJoin('journal as j', 'j.id', 'e.journal_id')
          .innerJoin('account as a', 'a.id', 'l.account_id')
          .leftJoin('aux_account as x', 'x.id', 'l.aux_account_id')
          .select([
            'l.id',
            'l.entry_id',
            'l.date',
            'j.code as journal_code',
            'e.number',
            'l.label',
            'e.label as entry_label',
            'e.reference',
            'l.due_date',
            'a.number as account_number',
            'l.aux_account_id',
            'x.number as aux_number',
            'l.debit',
            'l.credit',
            'l.letter',
            'l.lettered_at',
          ])
          .where('l.id', 'in', ids)
          .execute();
  const byId = new Map(loaded.map((r) => [r.id, r]));
  const rows = ids.map((id) => byId.get(id)!);
  return {
    rows: rows.map((r): OpenItem => ({
      id: r.id,
      entryId: r.entry_id,
      date: r.date,
      journalCode: r.journal_code,
      entryNumber: r.number,
      label: r.label ?? r.entry_label,
      reference: r.reference,
      dueDate: r.due_date,
      accountNumber: r.account_number,
      auxAccountId: r.aux_account_id,
      auxNumber: r.aux_number,
      debit: r.debit,
      credit: r.credit,
      letter: r.letter,
      letteredAt: r.lettered_at,
    })),
    total: totals.n,
    page: f.page,
    pageSize: f.pageSize,
    openBalance,
    totalDebit: totals.debit,
    totalCredit: totals.credit,
  };
}
