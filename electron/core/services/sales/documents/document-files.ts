import type { FileOut, SalesDocument } from '../../../../../shared/contract/sales-documents';
import type { EInvoiceFormat } from '../../../../../shared/contract/sales-documents';
import { AppError } from '../../../../../shared/errors';
import type { Ctx } from '../../../context';
import { loadCompany } from '../../admin/company';
import { exportEInvoice } from '../einvoice-out';
import { renderDocumentPdf, renderDunningLetter } from '../pdf';
import { loadSalesDocument } from './document-store';

// The files a sales document goes out as: its PDF, its e-invoice, and the reminders of an unpaid invoice.

const FILE_TITLES = {
  fr: {
    quote: 'Devis',
    order: 'Commande',
    delivery: 'BL',
    invoice: 'Facture',
    deposit: 'Acompte',
    credit_note: 'Avoir',
  },
  en: {
    quote: 'Quote',
    order: 'Order',
    delivery: 'Delivery',
    invoice: 'Invoice',
    deposit: 'Deposit',
    credit_note: 'CreditNote',
  },
} as const;

async function company(ctx: Ctx) {
  const c = await loadCompany(ctx.db);
  if (!c) throw new AppError('VALIDATION', 'errors.salesNoCompany');
  return c;
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

export async function documentPdf(ctx: Ctx, id: number, language?: 'fr' | 'en'): Promise<FileOut> {
  const doc = await loadSalesDocument(ctx.db, id);
  const lang = language ?? doc.language;
  const bytes = await renderDocumentPdf(await company(ctx), doc, lang);
  const name = doc.number ?? `${FILE_TITLES[lang][doc.kind]}-${lang === 'fr' ? 'brouillon' : 'draft'}-${doc.id}`;
  return { fileName: `${name}.pdf`, mimeType: 'application/pdf', base64: base64(bytes) };
}

/** The account the customer pays into: the first active bank account, printed as the payment means. */
async function sellerBank(ctx: Ctx) {
  const bank = await ctx.db
    .selectFrom('bank_account')
    .select(['iban', 'bic'])
    .where('active', '=', 1)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return { sellerIban: bank?.iban ?? null, sellerBic: bank?.bic ?? null };
}

export async function documentEInvoice(ctx: Ctx, id: number, format: EInvoiceFormat): Promise<FileOut> {
  const doc: SalesDocument = await loadSalesDocument(ctx.db, id);
  const seller = await company(ctx);
  const pdf = format === 'facturx' ? await renderDocumentPdf(seller, doc, doc.language) : undefined;
  return exportEInvoice({ seller, document: doc, ...(await sellerBank(ctx)) }, format, pdf, {
    now: new Date(doc.validatedAt ?? ctx.now().toISOString()),
  });
}

export async function dunningLetter(ctx: Ctx, dunningId: number): Promise<FileOut> {
  const row = await ctx.db.selectFrom('sales_dunning').selectAll().where('id', '=', dunningId).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'errors.notFound');
  const doc = await loadSalesDocument(ctx.db, row.document_id);
  const bytes = await renderDunningLetter(
    await company(ctx),
    doc,
    { level: row.level as 1 | 2 | 3, date: row.date, openAmount: row.open_amount },
    doc.language,
  );
  const prefix = doc.language === 'fr' ? 'relance' : 'reminder';
  return {
    fileName: `${prefix}-${row.level}-${doc.number ?? doc.id}.pdf`,
    mimeType: 'application/pdf',
    base64: base64(bytes),
  };
}
