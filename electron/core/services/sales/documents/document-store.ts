import type { Kysely, Selectable } from 'kysely';
import type { DocumentRef, DocumentRow, SalesDocument } from '../../../../../shared/contract/sales-documents';
import { isInvoiceKind, type DocumentKind } from '../../../../../shared/domain/sales';
import { AppError } from '../../../../../shared/errors';
import type { DB, SalesDocumentTable } from '../../../db/schema';
import type { DocumentDraft } from './document-draft';

/** The posting source of invoices, deposit invoices and credit notes. */
export const DOCUMENT_SOURCE = 'sales.document';
/** Validated documents in the full-text index, found by number. */
export const DOCUMENT_SEARCH_KIND = 'sales_document';

type Header = Selectable<SalesDocumentTable> & { party_code: string };

export function documentHeaders(db: Kysely<DB>) {
  return db
    .selectFrom('sales_document as d')
    .innerJoin('party as p', 'p.id', 'd.party_id')
    .selectAll('d')
    .select('p.code as party_code');
}

export function paymentState(h: Pick<Header, 'kind' | 'status' | 'open_amount' | 'gross_total'>) {
  if (h.status !== 'validated' || (h.kind !== 'invoice' && h.kind !== 'deposit')) return null;
  if (h.open_amount === 0) return 'paid' as const;
  return h.open_amount >= h.gross_total ? ('unpaid' as const) : ('partial' as const);
}

export function toDocumentRow(h: Header): DocumentRow {
  return {
    id: h.id,
    kind: h.kind as DocumentRow['kind'],
    number: h.number,
    status: h.status as DocumentRow['status'],
    partyId: h.party_id,
    partyCode: h.party_code,
    buyerName: h.buyer_name,
    date: h.date,
    dueDate: h.due_date,
    netTotal: h.net_total,
    vatTotal: h.vat_total,
    grossTotal: h.gross_total,
    openAmount: h.open_amount,
    payment: paymentState(h),
    updatedAt: h.updated_at,
  };
}

function toRef(h: Pick<Header, 'id' | 'kind' | 'number' | 'status' | 'date' | 'gross_total'>): DocumentRef {
  return {
    id: h.id,
    kind: h.kind as DocumentRef['kind'],
    number: h.number,
    status: h.status as DocumentRef['status'],
    date: h.date,
    grossTotal: h.gross_total,
  };
}

const REF_COLUMNS = ['id', 'kind', 'number', 'status', 'date', 'gross_total'] as const;

export async function loadHeader(db: Kysely<DB>, id: number): Promise<Header> {
  const h = await documentHeaders(db).where('d.id', '=', id).executeTakeFirst();
  if (!h) throw new AppError('NOT_FOUND', 'errors.notFound');
  return h;
}

export async function loadSalesDocument(db: Kysely<DB>, id: number): Promise<SalesDocument> {
  const h = await loadHeader(db, id);
  const [lines, vat, source, children, credited, creditNotes, allocations, dunnings, entry] = await Promise.all([
    db.selectFrom('sales_line').selectAll().where('document_id', '=', id).orderBy('line_no').execute(),
    db.selectFrom('sales_vat').selectAll().where('document_id', '=', id).execute(),
    h.source_id === null
      ? undefined
      : db.selectFrom('sales_document').select(REF_COLUMNS).where('id', '=', h.source_id).executeTakeFirst(),
    db.selectFrom('sales_document').select(REF_COLUMNS).where('source_id', '=', id).orderBy('id').execute(),
    h.credited_id === null
      ? undefined
      : db.selectFrom('sales_document').select(REF_COLUMNS).where('id', '=', h.credited_id).executeTakeFirst(),
    db.selectFrom('sales_document').select(REF_COLUMNS).where('credited_id', '=', id).orderBy('id').execute(),
    db
      .selectFrom('sales_allocation as a')
      .leftJoin('sales_payment as p', 'p.id', 'a.payment_id')
      .leftJoin('sales_document as c', 'c.id', 'a.credit_note_id')
      .select(['a.payment_id', 'a.credit_note_id', 'c.number as credit_number', 'a.date', 'p.method', 'a.amount'])
      .where((eb) => eb.or([eb('a.document_id', '=', id), eb('a.credit_note_id', '=', id)]))
      .orderBy('a.id')
      .execute(),
    db
      .selectFrom('sales_dunning')
      .select(['id', 'level', 'date', 'open_amount'])
      .where('document_id', '=', id)
      .orderBy('id')
      .execute(),
    h.entry_id === null
      ? undefined
      : db.selectFrom('entry').select('number').where('id', '=', h.entry_id).executeTakeFirst(),
  ]);
  return {
    ...toDocumentRow(h),
    saleDate: h.sale_date,
    validUntil: h.valid_until,
    paymentTerms: h.payment_terms as SalesDocument['paymentTerms'],
    language: h.language as SalesDocument['language'],
    currency: h.currency,
    customerReference: h.customer_reference,
    buyerSiren: h.buyer_siren,
    buyerVatNumber: h.buyer_vat_number,
    billingAddress: h.billing_address,
    deliveryAddress: h.delivery_address,
    vatRegime: h.vat_regime as SalesDocument['vatRegime'],
    operationType: h.operation_type as SalesDocument['operationType'],
    vatOnDebits: h.vat_on_debits === 1,
    discountBp: h.discount_bp,
    notes: h.notes,
    lineTotal: h.line_total,
    discountTotal: h.discount_total,
    lines: lines.map((l) => ({
      id: l.id,
      lineNo: l.line_no,
      productId: l.product_id,
      reference: l.reference,
      label: l.label,
      description: l.description,
      kind: l.kind as 'goods' | 'service',
      unit: l.unit,
      quantity: l.quantity,
      unitPrice: l.unit_price,
      discountBp: l.discount_bp,
      netAmount: l.net_amount,
      vatCategory: l.vat_category as SalesDocument['lines'][number]['vatCategory'],
      vatRate: l.vat_rate,
      accountNumber: l.account_number,
      depositId: l.deposit_id,
    })),
    vat: vat
      .map((v) => ({
        category: v.category as SalesDocument['vat'][number]['category'],
        rate: v.rate,
        base: v.base,
        vat: v.vat,
        exemptionReason: v.exemption_reason,
      }))
      .sort((a, b) => (a.category === b.category ? b.rate - a.rate : a.category < b.category ? 1 : -1)),
    source: source ? toRef(source) : null,
    children: children.map(toRef),
    credited: credited ? toRef(credited) : null,
    creditNotes: creditNotes.map(toRef),
    allocations: allocations.map((a) => ({
      paymentId: a.payment_id,
      creditNoteId: a.credit_note_id,
      creditNoteNumber: a.credit_number,
      date: a.date,
      method: a.method,
      amount: a.amount,
    })),
    dunnings: dunnings.map((d) => ({ id: d.id, level: d.level, date: d.date, openAmount: d.open_amount })),
    entryId: h.entry_id,
    entryNumber: entry?.number ?? null,
    createdAt: h.created_at,
    validatedAt: h.validated_at,
  };
}

function headerValues(d: DocumentDraft) {
  return {
    party_id: d.partyId,
    date: d.date,
    sale_date: d.saleDate,
    due_date: d.dueDate,
    valid_until: d.validUntil,
    payment_terms: d.paymentTerms,
    language: d.language,
    customer_reference: d.customerReference,
    buyer_name: d.buyer.name,
    buyer_siren: d.buyer.siren,
    buyer_vat_number: d.buyer.vatNumber,
    billing_address: d.buyer.billingAddress,
    delivery_address: d.deliveryAddress,
    vat_regime: d.vatRegime,
    operation_type: d.operationType,
    vat_on_debits: d.vatOnDebits ? 1 : 0,
    discount_bp: d.discountBp,
    notes: d.notes,
    credited_id: d.creditedId,
    line_total: d.totals.line,
    discount_total: d.totals.discount,
    net_total: d.totals.net,
    vat_total: d.totals.vat,
    gross_total: d.totals.gross,
    open_amount: 0,
  };
}

async function writeLines(db: Kysely<DB>, id: number, d: DocumentDraft) {
  await db.deleteFrom('sales_line').where('document_id', '=', id).execute();
  await db.deleteFrom('sales_vat').where('document_id', '=', id).execute();
  await db
    .insertInto('sales_line')
    .values(
      d.lines.map((l, i) => ({
        document_id: id,
        line_no: i + 1,
        product_id: l.productId,
        reference: l.reference,
        label: l.label,
        description: l.description,
        kind: l.kind,
        unit: l.unit,
        quantity: l.quantity,
        unit_price: l.unitPrice,
        discount_bp: l.discountBp,
        net_amount: l.netAmount,
        vat_category: l.vatCategory,
        vat_rate: l.vatRate,
        account_number: l.accountNumber,
        deposit_id: l.depositId,
      })),
    )
    .execute();
  if (d.vat.length)
    await db
      .insertInto('sales_vat')
      .values(
        d.vat.map((v) => ({
          document_id: id,
          category: v.category,
          rate: v.rate,
          base: v.base,
          vat: v.vat,
          exemption_reason: v.exemptionReason,
        })),
      )
      .execute();
}

export async function insertDocument(
  db: Kysely<DB>,
  d: DocumentDraft,
  sourceId: number | null,
  at: string,
  userId: number | null,
): Promise<number> {
  const row = await db
    .insertInto('sales_document')
    .values({
      ...headerValues(d),
      kind: d.kind,
      number: null,
      status: 'draft',
      currency: 'EUR',
      source_id: sourceId,
      entry_id: null,
      created_at: at,
      created_by: userId,
      updated_at: at,
      updated_by: userId,
      validated_at: null,
      validated_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeLines(db, row.id, d);
  return row.id;
}

export async function requireDraft(db: Kysely<DB>, id: number): Promise<Header> {
  const h = await loadHeader(db, id);
  if (h.status !== 'draft') throw new AppError('CONFLICT', 'errors.salesNotDraft', { number: h.number ?? '' });
  return h;
}

export async function updateDocument(db: Kysely<DB>, id: number, d: DocumentDraft, at: string, userId: number | null) {
  const h = await requireDraft(db, id);
  if (h.kind !== d.kind)
    throw new AppError('VALIDATION', 'errors.salesKindChange', {
      issues: [{ path: 'kind', messageKey: 'errors.salesKindChange' }],
    });
  await db
    .updateTable('sales_document')
    .set({ ...headerValues(d), updated_at: at, updated_by: userId })
    .where('id', '=', id)
    .execute();
  await writeLines(db, id, d);
}

export async function deleteDraft(db: Kysely<DB>, id: number) {
  await requireDraft(db, id);
  const children = await db.selectFrom('sales_document').select('id').where('source_id', '=', id).executeTakeFirst();
  if (children) throw new AppError('CONFLICT', 'errors.salesHasChildren');
  await db.deleteFrom('sales_document').where('id', '=', id).execute();
}

export function postsToLedger(kind: string): boolean {
  return isInvoiceKind(kind as DocumentKind);
}
