import { sql, type Kysely } from 'kysely';
import type { SalesSummary } from '../../../../../shared/contract/sales-payments';
import type { DB } from '../../../db/schema';

/** The fiscal year holding `asOf`, or its calendar year when none is open for it. */
async function yearOf(db: Kysely<DB>, asOf: string) {
  const fy = await db
    .selectFrom('fiscal_year')
    .select(['start_date', 'end_date'])
    .where('start_date', '<=', asOf)
    .where('end_date', '>=', asOf)
    .executeTakeFirst();
  return fy
    ? { from: fy.start_date, to: fy.end_date }
    : { from: `${asOf.slice(0, 4)}-01-01`, to: `${asOf.slice(0, 4)}-12-31` };
}

const count = (n: unknown) => Number(n ?? 0);

/** The figures of the sales overview, each one a list the clerk can open. */
export async function salesSummary(db: Kysely<DB>, asOf: string): Promise<SalesSummary> {
  const year = await yearOf(db, asOf);
  const docs = await db
    .selectFrom('sales_document as d')
    .select([
      sql<number>`sum(d.kind = 'quote' and d.status = 'validated')`.as('quotes'),
      sql<number>`sum(d.kind = 'invoice' and d.status = 'draft')`.as('drafts'),
      sql<number>`sum(case when d.status = 'validated' and d.kind in ('invoice', 'deposit') and d.date between ${year.from} and ${year.to} then d.net_total
        when d.status = 'validated' and d.kind = 'credit_note' and d.date between ${year.from} and ${year.to} then -d.net_total else 0 end)`.as(
        'revenue',
      ),
    ])
    .executeTakeFirstOrThrow();
  // An order is open until an invoice comes from it, directly or through one of its delivery notes.
  const orders = await db
    .selectFrom('sales_document as o')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('o.kind', '=', 'order')
    .where('o.status', '=', 'validated')
    .where(
      sql<boolean>`not exists (select 1 from sales_document c where c.source_id = o.id and (c.kind = 'invoice'
        or (c.kind = 'delivery' and exists (select 1 from sales_document i where i.source_id = c.id and i.kind = 'invoice'))))`,
    )
    .executeTakeFirstOrThrow();
  const open = await db
    .selectFrom('sales_document as d')
    .select([
      sql<number>`sum(case when d.kind = 'credit_note' then -d.open_amount else d.open_amount end)`.as('total'),
      sql<number>`sum(d.kind <> 'credit_note' and d.due_date < ${asOf})`.as('overdue'),
      sql<number>`sum(case when d.kind <> 'credit_note' and d.due_date < ${asOf} then d.open_amount else 0 end)`.as(
        'overdueAmount',
      ),
    ])
    .where(
      sql<boolean>`d.status = 'validated' and d.open_amount <> 0 and d.kind in ('invoice', 'deposit', 'credit_note')`,
    )
    .executeTakeFirstOrThrow();
  const requests = await db
    .selectFrom('sales_request')
    .select([
      sql<number>`count(*)`.as('open'),
      sql<number>`sum(due_date is not null and due_date < ${asOf})`.as('overdue'),
    ])
    .where('status', 'not in', ['resolved', 'closed'])
    .executeTakeFirstOrThrow();
  return {
    quotesPending: count(docs.quotes),
    ordersOpen: count(orders.n),
    draftInvoices: count(docs.drafts),
    receivables: count(open.total),
    overdueCount: count(open.overdue),
    overdueAmount: count(open.overdueAmount),
    requestsOpen: count(requests.open),
    requestsOverdue: count(requests.overdue),
    revenueYear: count(docs.revenue),
  };
}
