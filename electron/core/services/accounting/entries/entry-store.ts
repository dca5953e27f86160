import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { z } from 'zod';
import type { Entry, EntryListQuery, EntryRow } from '../../../../../shared/contract/accounting-entries';
import { AppError } from '../../../../../shared/errors';
import type { DB } from '../../../db/schema';
import { seekIds, seekPageIds } from '../../../db/page-seek';
import { memoRead } from '../../../db/read-memo';
import { escapeLike, likePattern } from '../../../db/like';

function entryHeaders(db: Kysely<DB>) {
  return db
    .selectFrom('entry as e')
    .innerJoin('journal as j', 'j.id', 'e.journal_id')
    .leftJoin('entry as r', 'r.reversal_of', 'e.id')
    .select([
      'e.id',
      'j.code as journal_code',
      'j.label as journal_label',
      'e.date',
      'e.label',
      'e.reference',
      'e.status',
      'e.number',
      'e.validated_at',
      'e.source_type',
      'e.source_id',
      'e.reversal_of',
      'r.id as reversed_by',
      'e.total_debit',
      'e.total_credit',
      'e.created_at',
      'e.updated_at',
    ]);
}

type HeaderRow = Awaited<ReturnType<ReturnType<typeof entryHeaders>['executeTakeFirstOrThrow']>>;

function toRow(r: HeaderRow): EntryRow {
  return {
    id: r.id,
    journalCode: r.journal_code,
    journalLabel: r.journal_label,
    date: r.date,
    label: r.label,
    reference: r.reference,
    status: r.status as EntryRow['status'],
    number: r.number,
    validatedAt: r.validated_at,
    source: r.source_type !== null && r.source_id !== null ? { type: r.source_type, id: r.source_id } : null,
    reversalOf: r.reversal_of,
    reversedBy: r.reversed_by,
    totalDebit: r.total_debit,
    totalCredit: r.total_credit,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function loadEntry(db: Kysely<DB>, id: number): Promise<Entry> {
  const header = await entryHeaders(db).where('e.id', '=', id).executeTakeFirst();
  if (!header) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'entry', id });
  const lines = await db
    .selectFrom('entry_line as l')
    .innerJoin('account as a', 'a.id', 'l.account_id')
    .leftJoin('aux_account as x', 'x.id', 'l.aux_account_id')
    .select([
      'l.id',
      'l.line_no',
      'a.number as account_number',
      'a.label as account_label',
      'l.aux_account_id',
      'x.number as aux_number',
      'x.label as aux_label',
      'l.label',
      'l.debit',
      'l.credit',
      'l.due_date',
      'l.letter',
    ])
    .where('l.entry_id', '=', id)
    .orderBy('l.line_no')
    .execute();
  return {
    ...toRow(header),
    lines: lines.map((l) => ({
      id: l.id,
      lineNo: l.line_no,
      accountNumber: l.account_number,
      accountLabel: l.account_label,
      auxAccountId: l.aux_account_id,
      auxNumber: l.aux_number,
      auxLabel: l.aux_label,
      label: l.label,
      debit: l.debit,
      credit: l.credit,
      dueDate: l.due_date,
      letter: l.letter,
    })),
  };
}

export async function findEntryBySource(db: Kysely<DB>, type: string, id: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('entry')
    .select('id')
    .where('source_type', '=', type)
    .where('source_id', '=', id)
    .executeTakeFirst();
  return row?.id;
}

/** Beyond this many matches a page of a search walks the date index rather than sorting the matches. */
const MANY_MATCHES = 2000;

type Entries = SelectQueryBuilder<DB & { e: DB['entry'] }, 'e', object>;

/** Entries by journal code, then date: the journals' counts (kept) say where the page starts, each journal seeks. */
async function journalPage(db: Kysely<DB>, q: Entries, dir: 'asc' | 'desc', skip: number, limit: number) {
  const countsQ = q
    .innerJoin('journal as j', 'j.id', 'e.journal_id')
    .select(['e.journal_id', sql<number>`count(*)`.as('n')])
    .groupBy('e.journal_id')
    .orderBy('j.code', dir);
  const counts = await memoRead(db, countsQ, () => countsQ.execute());
  const ids: number[] = [];
  for (const { journal_id, n } of counts) {
    if (ids.length === limit) break;
    if (skip >= n) {
      skip -= n;
      continue;
    }
    const inJournal = q.where('e.journal_id', '=', journal_id);
    ids.push(
      ...(await seekIds(db, inJournal, { keys: ['e.date', 'e.id'], dir, id: 'e.id' }, skip, limit - ids.length)),
    );
    skip = 0;
  }
  return ids;
}

/**
 * A page of entries in two steps: the page's ids from the entry table alone, walked along the index of the sort
 * (a deep page then skips index entries, not joined rows), then those rows with their journal and reversal.
 */
export async function listEntries(db: Kysely<DB>, f: z.output<typeof EntryListQuery>) {
  let q = db.selectFrom('entry as e');
  const journalCode = f.journalCode;
  if (journalCode) {
    q = q.where('e.journal_id', '=', (eb) => eb.selectFrom('journal').select('id').where('code', '=', journalCode));
  }
  if (f.status) q = q.where('e.status', '=', f.status);
  if (f.from) q = q.where('e.date', '>=', f.from);
  if (f.to) q = q.where('e.date', '<=', f.to);
  if (f.accountNumber) {
    const prefix = f.accountNumber;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('entry_line as l')
          .innerJoin('account as a', 'a.id', 'l.account_id')
          .select('l.id')
          .whereRef('l.entry_id', '=', 'e.id')
          .where('a.number', '>=', prefix)
          .where('a.number', '<', `${prefix}:`),
      ),
    );
  }
  let counted = q;
  // What a search finds is ordered once and kept for every page while nothing changes.
  const keep = Boolean(f.search);
  if (f.search && [...f.search].length >= 3) {
    // Through the trigram index: any piece of three characters or more, anywhere in the three columns. Counting
    // reads the matches; a few matches are then sorted, many are found walking the sort's index and keeping the
    // matching ones (the unary plus keeps SQLite from fetching and sorting every match instead).
    const matches = sql`(select rowid from entry_search where entry_search match ${`"${f.search.replace(/"/g, '""')}"`})`;
    counted = q.where(sql<boolean>`e.id in ${matches}`);
    const { n } = await memoRead(db, counted.select(sql<number>`count(*)`.as('n')));
    q = n > MANY_MATCHES ? q.where(sql<boolean>`+e.id in ${matches}`) : counted;
  } else if (f.search) {
    const like = `%${escapeLike(f.search)}%`;
    q = q.where((eb) =>
      eb.or([likePattern('e.label', like), likePattern('e.reference', like), likePattern('e.number', like)]),
    );
    counted = q;
  }
  const dir = f.dir;
  // Dates and numbers seek from the nearest kept key at any depth; by journal, each journal's entries are one run
  // of entry_journal, so a page is found from the journals' counts, then seeks by date inside its journal.
  const pageIds =
    f.sort === 'journal' && !keep
      ? journalPage(db, q, dir, f.page * f.pageSize, f.pageSize)
      : seekPageIds(
          db,
          f.sort === 'journal' ? q.innerJoin('journal as j', 'j.id', 'e.journal_id') : q,
          f.sort === 'number'
            ? { keys: ['e.number', 'e.id'], dir, id: 'e.id', firstNullable: true, keep }
            : f.sort === 'journal'
              ? { keys: ['j.code', 'e.date', 'e.id'], dir, id: 'e.id', keep }
              : { keys: ['e.date', 'e.id'], dir, id: 'e.id', keep },
          f.page,
          f.pageSize,
        );
  const [ids, count] = await Promise.all([pageIds, memoRead(db, counted.select(sql<number>`count(*)`.as('n')))]);
  const byId = new Map(
    ids.length === 0 ? [] : (await entryHeaders(db).where('e.id', 'in', ids).execute()).map((r) => [r.id, r]),
  );
  const rows = ids.map((id) => toRow(byId.get(id)!));
  return { rows, total: Number(count.n), page: f.page, pageSize: f.pageSize };
}
