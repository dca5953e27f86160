import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { z } from 'zod';
import type { DocumentListQuery } from '../../../../../shared/contract/sales-documents';
import type { DB } from '../../../db/schema';
import { matchingIds } from '../../../db/search-index';
import { DOCUMENT_SEARCH_KIND, documentHeaders, toDocumentRow } from './document-store';
import { seekPage } from '../../../db/page-seek';

type Query = z.output<typeof DocumentListQuery>;

const SORT_COLUMNS = {
  date: ['d.date', 'd.id'],
  number: ['d.number', 'd.id'],
  customer: ['d.buyer_name', 'd.id'],
  total: ['d.gross_total', 'd.id'],
  dueDate: ['d.due_date', 'd.id'],
} as const;

function conditions(f: Query): RawBuilder<boolean>[] {
  const where: RawBuilder<boolean>[] = [];
  // The kind is only checked (a unary plus keeps SQLite off the kind's indexes) where another index leads: the
  // documents a search finds, which SQLite would otherwise probe for each document of the kinds; and the unpaid or
  // partly paid by due date, read along the open documents' partial index sales_document_receivable_due (most
  // invoices are paid: walking every invoice by due date reads thousands to find a page).
  const kindOnlyChecked = Boolean(f.search) || (Boolean(f.payment) && f.payment !== 'paid' && f.sort === 'dueDate');
  const kind = kindOnlyChecked ? sql`+d.kind` : sql`d.kind`;
  if (f.kinds) where.push(sql<boolean>`${kind} in (${sql.join(f.kinds)})`);
  if (f.status) where.push(sql<boolean>`d.status = ${f.status}`);
  if (f.partyId) where.push(sql<boolean>`d.party_id = ${f.partyId}`);
  if (f.from) where.push(sql<boolean>`d.date >= ${f.from}`);
  if (f.to) where.push(sql<boolean>`d.date <= ${f.to}`);
  if (f.payment) {
    where.push(sql<boolean>`${kind} in ('invoice', 'deposit') and d.status = 'validated'`);
    if (f.payment === 'paid') where.push(sql<boolean>`d.open_amount = 0`);
    else if (f.payment === 'unpaid') where.push(sql<boolean>`d.open_amount <> 0 and d.open_amount >= d.gross_total`);
    else where.push(sql<boolean>`d.open_amount <> 0 and d.open_amount > 0 and d.open_amount < d.gross_total`);
  }
  // Through the full-text index: a validated document's number, or the customer's name, code and identifiers.
  if (f.search) {
    const docs = matchingIds(f.search, DOCUMENT_SEARCH_KIND);
    const parties = matchingIds(f.search, 'party');
    if (docs && parties) {
      where.push(
        sql<boolean>`d.id in (${docs} union all select x.id from sales_document x where x.party_id in (${parties}))`,
      );
    } else where.push(sql<boolean>`0`);
  }
  return where;
}

export async function listDocuments(db: Kysely<DB>, input: Query) {
  const where = conditions(input);
  const sort = input.sort ?? 'date';
  let filtered = db.selectFrom('sales_document as d');
  for (const w of where) filtered = filtered.where(w);
  // Drafts have no number yet, quotes no due date.
  const nullable = sort === 'number' || sort === 'dueDate';
  const { ids, total } = await seekPage(
    db,
    filtered,
    // What a search finds, and the partly paid (no index holds them apart from the unpaid), are read and ordered
    // once, then kept for every page while nothing changes.
    {
      keys: SORT_COLUMNS[sort],
      dir: input.dir,
      id: 'd.id',
      firstNullable: nullable,
      keep: Boolean(input.search) || input.payment === 'partial',
    },
    input.page,
    input.pageSize,
  );
  const found = ids.length ? await documentHeaders(db).where('d.id', 'in', ids).execute() : [];
  const byId = new Map(found.map((r) => [r.id, r]));
  return {
    rows: ids.flatMap((id) => (byId.has(id) ? [toDocumentRow(byId.get(id)!)] : [])),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}
