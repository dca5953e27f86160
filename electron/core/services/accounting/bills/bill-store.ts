import type { Kysely } from 'kysely';
import type { Bill, BillRow } from '../../../../../shared/contract/accounting-bills';
import { AppError } from '../../../../../shared/errors';
import type { DB } from '../../../db/schema';
import { indexDocument, removeDocument } from '../../../db/search-index';
import { attachmentMeta } from '../../attachments/attachment-store';
import type { VatRow } from '../../../../../shared/domain/bill-totals';

export const BILL_SOURCE = 'accounting.bill';
/** Bills in the full-text index, found in the list by their number. */
export const BILL_SEARCH_KIND = 'bill';

export interface BillDraft {
  partyId: number;
  kind: Bill['kind'];
  number: string;
  issueDate: string;
  dueDate: string | null;
  currency: string;
  paymentMeans: string | null;
  lines: readonly {
    label: string;
    quantity: string | null;
    netAmount: number;
    vatRate: number;
    accountNumber: string;
    fixedAsset: boolean;
  }[];
  totals: { net: number; vat: number; gross: number; byRate: readonly VatRow[] };
}

export function billHeaders(db: Kysely<DB>) {
  return db
    .selectFrom('bill as b')
    .innerJoin('party as p', 'p.id', 'b.party_id')
    .select([
      'b.id',
      'b.party_id',
      'p.name as supplier_name',
      'p.code as supplier_code',
      'b.kind',
      'b.number',
      'b.issue_date',
      'b.due_date',
      'b.currency',
      'b.status',
      'b.net_total',
      'b.vat_total',
      'b.gross_total',
      'b.entry_id',
      'b.attachment_id',
      'b.updated_at',
    ]);
}

type HeaderRow = Awaited<ReturnType<ReturnType<typeof billHeaders>['executeTakeFirstOrThrow']>>;

export function toBillRow(r: HeaderRow): BillRow {
  return {
    id: r.id,
    partyId: r.party_id,
    supplierName: r.supplier_name,
    supplierCode: r.supplier_code,
    kind: r.kind as BillRow['kind'],
    number: r.number,
    issueDate: r.issue_date,
    dueDate: r.due_date,
    currency: r.currency,
    status: r.status as BillRow['status'],
    netTotal: r.net_total,
    vatTotal: r.vat_total,
    grossTotal: r.gross_total,
    entryId: r.entry_id,
    hasAttachment: r.attachment_id !== null,
    updatedAt: r.updated_at,
  };
}

export async function loadBill(db: Kysely<DB>, id: number): Promise<Bill> {
  const header = await billHeaders(db)
    .select(['b.payment_means', 'b.created_at', 'b.validated_at'])
    .where('b.id', '=', id)
    .executeTakeFirst();
  if (!header) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'bill', id });
  const lines = await db.selectFrom('bill_line').selectAll().where('bill_id', '=', id).orderBy('line_no').execute();
  const vat = await db.selectFrom('bill_vat').selectAll().where('bill_id', '=', id).orderBy('rate', 'desc').execute();
  const entry =
    header.entry_id === null
      ? null
      : await db.selectFrom('entry').select('number').where('id', '=', header.entry_id).executeTakeFirst();
  return {
    ...toBillRow(header),
    paymentMeans: header.payment_means,
    lines: lines.map((l) => ({
      id: l.id,
      lineNo: l.line_no,
      label: l.label,
      quantity: l.quantity,
      netAmount: l.net_amount,
      vatRate: l.vat_rate,
      accountNumber: l.account_number,
      fixedAsset: l.fixed_asset === 1,
    })),
    vat: vat.map((v) => ({ rate: v.rate, base: v.base, vat: v.vat })),
    attachment: header.attachment_id === null ? null : await attachmentMeta(db, header.attachment_id),
    entryNumber: entry?.number ?? null,
    createdAt: header.created_at,
    validatedAt: header.validated_at,
  };
}

async function refuseDuplicate(db: Kysely<DB>, partyId: number, number: string, exceptId: number | null) {
  let q = db.selectFrom('bill').select(['id', 'number']).where('party_id', '=', partyId).where('number', '=', number);
  if (exceptId !== null) q = q.where('id', '!=', exceptId);
  const existing = await q.executeTakeFirst();
  if (existing) {
    throw new AppError('CONFLICT', 'errors.billDuplicate', {
      id: existing.id,
      number: existing.number,
      issues: [{ path: 'number', messageKey: 'errors.billDuplicate' }],
    });
  }
}

async function requireSupplier(db: Kysely<DB>, partyId: number) {
  const party = await db.selectFrom('party').select('id').where('id', '=', partyId).executeTakeFirst();
  if (!party) {
    throw new AppError('VALIDATION', 'errors.validation', {
      issues: [{ path: 'partyId', messageKey: 'errors.notFound' }],
    });
  }
}

function headerColumns(d: BillDraft, now: string, userId: number | null) {
  return {
    party_id: d.partyId,
    kind: d.kind,
    number: d.number,
    issue_date: d.issueDate,
    due_date: d.dueDate,
    currency: d.currency,
    payment_means: d.paymentMeans,
    net_total: d.totals.net,
    vat_total: d.totals.vat,
    gross_total: d.totals.gross,
    updated_at: now,
    updated_by: userId,
  };
}

async function writeChildren(db: Kysely<DB>, billId: number, d: BillDraft) {
  await db.deleteFrom('bill_line').where('bill_id', '=', billId).execute();
  await db.deleteFrom('bill_vat').where('bill_id', '=', billId).execute();
  if (d.lines.length) {
    await db
      .insertInto('bill_line')
      .values(
        d.lines.map((l, i) => ({
          bill_id: billId,
          line_no: i + 1,
          label: l.label,
          quantity: l.quantity,
          net_amount: l.netAmount,
          vat_rate: l.vatRate,
          account_number: l.accountNumber,
          fixed_asset: l.fixedAsset ? 1 : 0,
        })),
      )
      .execute();
  }
  if (d.totals.byRate.length) {
    await db
      .insertInto('bill_vat')
      .values(d.totals.byRate.map((v) => ({ bill_id: billId, rate: v.rate, base: v.base, vat: v.vat })))
      .execute();
  }
}

export async function insertBill(db: Kysely<DB>, d: BillDraft, now: string, userId: number | null): Promise<number> {
  await requireSupplier(db, d.partyId);
  await refuseDuplicate(db, d.partyId, d.number, null);
  const { id } = await db
    .insertInto('bill')
    .values({ ...headerColumns(d, now, userId), status: 'draft', created_at: now, created_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeChildren(db, id, d);
  await indexBill(db, id, d);
  return id;
}

async function indexBill(db: Kysely<DB>, id: number, d: BillDraft) {
  await indexDocument(db, {
    kind: BILL_SEARCH_KIND,
    refId: id,
    title: d.number,
    subtitle: d.issueDate,
    body: d.number,
  });
}

export async function deleteBillRow(db: Kysely<DB>, id: number) {
  await removeDocument(db, BILL_SEARCH_KIND, id);
  await db.deleteFrom('bill').where('id', '=', id).execute();
}

/** Drafts only: a validated bill is in the ledger and changes only by a credit note. */
export async function requireDraft(db: Kysely<DB>, id: number) {
  const row = await db.selectFrom('bill').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'bill', id });
  if (row.status !== 'draft') throw new AppError('CONFLICT', 'errors.billNotDraft', { id, number: row.number });
  return row;
}

export async function updateBill(db: Kysely<DB>, id: number, d: BillDraft, now: string, userId: number | null) {
  await requireDraft(db, id);
  await requireSupplier(db, d.partyId);
  await refuseDuplicate(db, d.partyId, d.number, id);
  await db
    .updateTable('bill')
    .set(headerColumns(d, now, userId))
    .where('id', '=', id)
    .execute();
  await writeChildren(db, id, d);
}
