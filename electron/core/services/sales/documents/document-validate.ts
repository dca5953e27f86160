import { sql } from 'kysely';
import type { SalesDocument } from '../../../../../shared/contract/sales-documents';
import { documentNumber, SERIES, type DocumentKind } from '../../../../../shared/domain/sales';
import { AppError } from '../../../../../shared/errors';
import { GENESIS_HASH, linkHash, salesSealFields } from '../../../db/chain';
import { indexDocument } from '../../../db/search-index';
import type { Ctx } from '../../../context';
import { post, type PostingLine } from '../../accounting/entries/posting';
import { collectedVatAccount, isVatRate } from '../../accounting/vat-accounts';
import { buyerOf } from './document-draft';
import {
  DOCUMENT_SEARCH_KIND,
  DOCUMENT_SOURCE,
  loadSalesDocument,
  postsToLedger,
  requireDraft,
} from './document-store';
import { nextInSeries } from './numbering';
import { letterSettled } from './settlement';

/** Discounts granted on an invoice as a whole (PCG 709). */
export const DISCOUNT_ACCOUNT = '709';

const TITLES: Record<DocumentKind, string> = {
  quote: 'Devis',
  order: 'Commande',
  delivery: 'Bon de livraison',
  invoice: 'Facture',
  deposit: "Facture d'acompte",
  credit_note: 'Avoir',
};

function refuse(messageKey: string, params: Record<string, string | number> = {}): never {
  throw new AppError('VALIDATION', messageKey, { ...params, issues: [{ path: 'id', messageKey, params }] });
}

/** Credit for a positive amount, debit for a negative one; the other way round on a credit note. */
function side(amount: number, reversed: boolean): { debit: number; credit: number } {
  const signed = reversed ? -amount : amount;
  return signed >= 0 ? { debit: 0, credit: signed } : { debit: -signed, credit: 0 };
}

/** VT entry: customer (411, its own auxiliary account) against revenue per account, discount and VAT per rate. */
export function documentPostingLines(doc: SalesDocument): PostingLine[] {
  const reversed = doc.kind === 'credit_note';
  const label = `${doc.buyerName} ${doc.number ?? ''}`.trim().slice(0, 200);
  const revenue = new Map<string, number>();
  for (const l of doc.lines) revenue.set(l.accountNumber, (revenue.get(l.accountNumber) ?? 0) + l.netAmount);
  const lines: PostingLine[] = [
    {
      accountNumber: '411',
      party: { id: doc.partyId, kind: 'customer' },
      label,
      dueDate: doc.dueDate,
      ...side(-doc.grossTotal, reversed),
    },
  ];
  for (const [accountNumber, amount] of revenue) {
    if (amount !== 0) lines.push({ accountNumber, label, ...side(amount, reversed) });
  }
  if (doc.discountTotal !== 0)
    lines.push({ accountNumber: DISCOUNT_ACCOUNT, label, ...side(-doc.discountTotal, reversed) });
  for (const v of doc.vat) {
    if (v.vat === 0) continue;
    if (v.category !== 'S' || !isVatRate(v.rate)) refuse('errors.salesVatRate', { rate: v.rate / 100 });
    lines.push({ accountNumber: collectedVatAccount(v.rate), label, ...side(v.vat, reversed) });
  }
  return lines;
}

async function seal(ctx: Ctx, documentId: number, at: string) {
  const head = await ctx.db
    .selectFrom('sales_seal')
    .select(['id', 'hash'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const row = { id: (head?.id ?? 0) + 1, document_id: documentId, at };
  const prev = head?.hash ?? GENESIS_HASH;
  const hash = linkHash(prev, salesSealFields(row, ctx.sqlite));
  await ctx.db
    .insertInto('sales_seal')
    .values({ ...row, prev_hash: prev, hash })
    .execute();
}

async function checkInvoiceable(ctx: Ctx, id: number, kind: DocumentKind, date: string, series: string) {
  const company = await ctx.db.selectFrom('company').select(['siren']).executeTakeFirst();
  if (!company) refuse('errors.salesNoCompany');
  // Numbers follow dates: an invoice may not be dated before the last one of its series. One kind at a time, each
  // walked from its newest date along sales_document_kind_date, so the check reads a few rows, not the whole year.
  const prefix = `${series}-${date.slice(0, 4)}-`;
  let last: { date: string; number: string | null } | undefined;
  for (const k of kind === 'credit_note' ? ['credit_note'] : ['invoice', 'deposit']) {
    const found = await ctx.db
      .selectFrom('sales_document')
      .select(['date', 'number'])
      .where('kind', '=', k)
      .where('status', '!=', 'draft')
      .where(sql<boolean>`substr(number, 1, ${prefix.length}) = ${prefix}`)
      .orderBy('date', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (found && (!last || found.date > last.date)) last = found;
  }
  if (last && last.date > date) refuse('errors.salesDateBeforeLast', { number: last.number ?? '', date: last.date });
  const doc = await loadSalesDocument(ctx.db, id);
  if (!doc.billingAddress) refuse('errors.salesBuyerAddress');
  if (doc.grossTotal < 0) refuse('errors.salesNegativeTotal');
  if (doc.grossTotal === 0 && kind !== 'invoice') refuse('errors.salesNegativeTotal');
  if (kind === 'credit_note' && doc.credited) {
    const credited = await ctx.db
      .selectFrom('sales_document')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('gross_total'), eb.lit(0)).as('total'))
      .where('credited_id', '=', doc.credited.id)
      .where('status', '=', 'validated')
      .executeTakeFirstOrThrow();
    if (Number(credited.total) + doc.grossTotal > doc.credited.grossTotal)
      refuse('errors.salesCreditTooLarge', { number: doc.credited.number ?? '' });
  }
}

/**
 * Makes a draft final: the buyer's identity frozen as it stands, the next number of the series for the
 * document's year, and for invoices, deposit invoices and credit notes the VT entry and the seal. All in the
 * mutation's transaction: a refusal anywhere leaves no number used.
 */
export async function validateDocument(ctx: Ctx, id: number): Promise<void> {
  const header = await requireDraft(ctx.db, id);
  const kind = header.kind as DocumentKind;
  const at = ctx.now().toISOString();
  const buyer = await buyerOf(ctx.db, header.party_id);
  if (!buyer.isCustomer || buyer.archived) refuse('errors.salesPartyNotCustomer');
  await ctx.db
    .updateTable('sales_document')
    .set({
      buyer_name: buyer.name,
      buyer_siren: buyer.siren,
      buyer_vat_number: buyer.vatNumber,
      billing_address: buyer.billingAddress,
    })
    .where('id', '=', id)
    .execute();
  const series = SERIES[kind];
  const year = Number(header.date.slice(0, 4));
  const invoiceLike = postsToLedger(kind);
  if (invoiceLike) await checkInvoiceable(ctx, id, kind, header.date, series);
  const number = documentNumber(series, year, await nextInSeries(ctx.db, series, year));
  const validated = {
    number,
    status: 'validated',
    validated_at: at,
    validated_by: ctx.session.userId > 0 ? ctx.session.userId : null,
    updated_at: at,
  };
  await indexDocument(ctx.db, {
    kind: DOCUMENT_SEARCH_KIND,
    refId: id,
    title: number,
    subtitle: buyer.name,
    body: `${number} ${buyer.name}`,
  });
  if (!invoiceLike) {
    await ctx.db.updateTable('sales_document').set(validated).where('id', '=', id).execute();
    return;
  }

  const doc = { ...(await loadSalesDocument(ctx.db, id)), number };
  const posted = await post(ctx, {
    journalCode: 'VT',
    date: doc.date,
    label: `${TITLES[kind]} ${number} ${doc.buyerName}`.slice(0, 200),
    reference: number,
    source: { type: DOCUMENT_SOURCE, id },
    lines: documentPostingLines(doc),
  });
  let open = doc.grossTotal;
  if (kind === 'credit_note' && doc.credited) {
    // A credit note settles what is still owed on its invoice; any rest is owed back to the customer.
    const inv = await ctx.db
      .selectFrom('sales_document')
      .select('open_amount')
      .where('id', '=', doc.credited.id)
      .executeTakeFirstOrThrow();
    const applied = Math.min(inv.open_amount, doc.grossTotal);
    if (applied > 0) {
      await ctx.db
        .insertInto('sales_allocation')
        .values({ document_id: doc.credited.id, payment_id: null, credit_note_id: id, amount: applied, date: doc.date })
        .execute();
      await ctx.db
        .updateTable('sales_document')
        .set({ open_amount: inv.open_amount - applied })
        .where('id', '=', doc.credited.id)
        .execute();
    }
    open -= applied;
  }
  await ctx.db
    .updateTable('sales_document')
    .set({ ...validated, entry_id: posted.entryId, open_amount: open })
    .where('id', '=', id)
    .execute();
  await seal(ctx, id, at);
  if (kind === 'credit_note' && doc.credited) await letterSettled(ctx.db, [doc.credited.id, id], at);
}
