import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { OpenItem, OpenItemPage, OpenItemQuery } from '../../../../../shared/contract/accounting-lettering';
import type { DB } from '../../../db/schema';

export interface LetterScope {
  accountNumber?: string;
  auxAccountId?: number;
  kind?: 'customer' | 'supplier';
}

function escapeLike(text: string): string {
  return text.replace(/[%_\\]/g, '\\$&');
}

/**
 * Posted lines within a scope. With neither account nor third party named, every third party's lines: matching is
 * about what customers and suppliers owe and are owed.
 */
export function scopedLines(db: Kysely<DB>, scope: LetterScope) {
  let q = db
    .selectFrom('entry_line as l')
    .innerJoin('entry as e', 'e.id', 'l.entry_id')
    .innerJoin('journal as j', 'j.id', 'e.journal_id')
    .innerJoin('account as a', 'a.id', 'l.account_id')
    .leftJoin('aux_account as x', 'x.id', 'l.aux_account_id')
    .where('l.posted', '=', 1);
  if (scope.auxAccountId !== undefined) q = q.where('l.aux_account_id', '=', scope.auxAccountId);
  if (scope.kind) q = q.where('x.kind', '=', scope.kind);
  if (scope.accountNumber) {
    q = q.where('a.number', '>=', scope.accountNumber).where('a.number', '<', `${scope.accountNumber}:`);
  }
  if (scope.auxAccountId === undefined && !scope.kind && !scope.accountNumber) {
    q = q.where('l.aux_account_id', 'is not', null);
  }
  return q;
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
    q = q.where((eb) =>
      eb.or([
        eb('l.label', 'like', like),
        eb('e.label', 'like', like),
        eb('e.reference', 'like', like),
        eb('e.number', 'like', like),
        eb('l.letter', '=', f.search!.toUpperCase()),
      ]),
    );
  }
  const dir = f.dir;
  const ordered = (
    f.sort === 'dueDate'
      ? q.orderBy(sql`coalesce(l.due_date, l.date)`, dir).orderBy('l.date', dir)
      : q.orderBy('l.date', dir)
  ).orderBy('l.id', dir);
  const [rows, totals, open] = await Promise.all([
    ordered
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
      .limit(f.pageSize)
      .offset(f.page * f.pageSize)
      .execute(),
    q
      .select([
        sql<number>`count(*)`.as('n'),
        sql<number>`coalesce(sum(l.debit), 0)`.as('debit'),
        sql<number>`coalesce(sum(l.credit), 0)`.as('credit'),
      ])
      .executeTakeFirstOrThrow(),
    inDates
      .where('l.letter', 'is', null)
      .select(sql<number>`coalesce(sum(l.debit - l.credit), 0)`.as('balance'))
      .executeTakeFirstOrThrow(),
  ]);
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
    total: Number(totals.n),
    page: f.page,
    pageSize: f.pageSize,
    openBalance: Number(open.balance),
    totalDebit: Number(totals.debit),
    totalCredit: Number(totals.credit),
  };
}
