import type { Kysely } from 'kysely';
import type { DocumentLineInput, SalesDocument } from '../../../../../shared/contract/sales-documents';
import { NEXT_KIND, type DocumentKind } from '../../../../../shared/domain/sales';
import { applyRate } from '../../../../../shared/domain/money';
import { AppError } from '../../../../../shared/errors';
import type { DB } from '../../../db/schema';
import { DEPOSIT_ACCOUNT, type ParsedDocumentInput } from './document-draft';

const LABELS = {
  fr: {
    deposit: (pct: string, src: string) => `Acompte de ${pct} % sur ${src}`,
    deduction: (number: string, date: string) => `Acompte versé — facture ${number} du ${date}`,
    kinds: { quote: 'le devis', order: 'la commande', delivery: 'la livraison' } as Record<string, string>,
  },
  en: {
    deposit: (pct: string, src: string) => `${pct}% deposit on ${src}`,
    deduction: (number: string, date: string) => `Deposit paid — invoice ${number} of ${date}`,
    kinds: { quote: 'quote', order: 'order', delivery: 'delivery' } as Record<string, string>,
  },
};

function refuse(messageKey: string, params: Record<string, string> = {}): never {
  throw new AppError('VALIDATION', messageKey, { ...params, issues: [{ path: 'kind', messageKey, params }] });
}

function copyLine(l: SalesDocument['lines'][number]): ParsedDocumentInput['lines'][number] {
  return {
    productId: l.productId,
    reference: l.reference,
    label: l.label,
    description: l.description,
    kind: l.kind,
    unit: l.unit,
    quantity: l.quantity,
    unitPrice: l.unitPrice,
    discountBp: l.discountBp,
    vatCategory: l.vatCategory,
    vatRate: l.vatRate,
    accountNumber: l.accountNumber,
    depositId: l.depositId,
  };
}

/** The documents a final invoice comes from: the source and the documents it was converted from, up the chain. */
async function ancestors(db: Kysely<DB>, id: number): Promise<number[]> {
  const ids: number[] = [];
  let current: number | null = id;
  while (current !== null && ids.length < 10) {
    ids.push(current);
    const row: { source_id: number | null } | undefined = await db
      .selectFrom('sales_document')
      .select('source_id')
      .where('id', '=', current)
      .executeTakeFirst();
    current = row?.source_id ?? null;
  }
  return ids;
}

/** One line per deposit invoice line of the deal not yet deducted, with the opposite quantity. */
async function deductionLines(db: Kysely<DB>, sourceId: number, lang: 'fr' | 'en') {
  const chain = await ancestors(db, sourceId);
  const deposits = await db
    .selectFrom('sales_document')
    .select(['id', 'number', 'date'])
    .where('kind', '=', 'deposit')
    .where('status', '=', 'validated')
    .where('source_id', 'in', chain)
    .where((eb) =>
      eb.not(
        eb.exists(eb.selectFrom('sales_line').select('id').whereRef('sales_line.deposit_id', '=', 'sales_document.id')),
      ),
    )
    .orderBy('id')
    .execute();
  const lines: ParsedDocumentInput['lines'] = [];
  for (const d of deposits) {
    const dl = await db
      .selectFrom('sales_line')
      .selectAll()
      .where('document_id', '=', d.id)
      .orderBy('line_no')
      .execute();
    for (const l of dl) {
      lines.push({
        productId: null,
        reference: null,
        label: LABELS[lang].deduction(d.number ?? '', d.date),
        description: null,
        kind: l.kind as 'goods' | 'service',
        unit: l.unit,
        quantity: -l.quantity,
        unitPrice: l.unit_price,
        discountBp: l.discount_bp,
        vatCategory: l.vat_category as DocumentLineInput['vatCategory'] & string,
        vatRate: l.vat_rate,
        accountNumber: DEPOSIT_ACCOUNT,
        depositId: d.id,
      });
    }
  }
  return lines;
}

/** A deposit invoice for a share of the source: one line per VAT rate, on the deposits account. */
function depositLines(src: SalesDocument, bp: number): ParsedDocumentInput['lines'] {
  const pct = (bp / 100).toLocaleString(src.language === 'fr' ? 'fr-FR' : 'en-GB');
  const what = `${LABELS[src.language].kinds[src.kind] ?? ''} ${src.number ?? ''}`.trim();
  return src.vat
    .filter((v) => v.base > 0)
    .map((v) => ({
      productId: null,
      reference: null,
      label: LABELS[src.language].deposit(pct, what),
      description: null,
      kind: src.operationType === 'goods' ? ('goods' as const) : ('service' as const),
      unit: 'u',
      quantity: 1000,
      unitPrice: applyRate(v.base, bp),
      discountBp: 0,
      vatCategory: v.category,
      vatRate: v.rate,
      accountNumber: DEPOSIT_ACCOUNT,
      depositId: null,
    }));
}

/** The input of the draft a conversion creates; the caller builds and stores it like any other draft. */
export async function conversionInput(
  db: Kysely<DB>,
  src: SalesDocument,
  kind: DocumentKind,
  options: { depositBp?: number; date: string },
): Promise<ParsedDocumentInput> {
  if (src.status !== 'validated' && src.status !== 'accepted') refuse('errors.salesConvertStatus');
  if (!(NEXT_KIND[src.kind] ?? []).includes(kind)) refuse('errors.salesConvertKind');
  let lines: ParsedDocumentInput['lines'];
  if (kind === 'deposit') {
    if (!options.depositBp) refuse('errors.salesDepositShare');
    lines = depositLines(src, options.depositBp);
  } else {
    lines = src.lines.map(copyLine);
    if (kind === 'invoice') lines.push(...(await deductionLines(db, src.id, src.language)));
  }
  if (lines.length === 0) refuse('errors.salesConvertEmpty');
  return {
    kind,
    partyId: src.partyId,
    date: options.date,
    saleDate: kind === 'credit_note' ? src.saleDate : src.kind === 'delivery' ? src.date : src.saleDate,
    dueDate: null,
    validUntil: null,
    paymentTerms: src.paymentTerms,
    language: src.language,
    customerReference: src.customerReference,
    deliveryAddress: src.deliveryAddress,
    vatOnDebits: src.vatOnDebits,
    discountBp: kind === 'deposit' ? 0 : src.discountBp,
    notes: src.notes,
    creditedId: kind === 'credit_note' ? src.id : null,
    lines,
  };
}
