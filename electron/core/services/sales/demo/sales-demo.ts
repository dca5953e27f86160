import { DocumentInput } from '../../../../../shared/contract/sales-documents';
import { ProductInput, CustomerTermsInput } from '../../../../../shared/contract/sales-catalog';
import { PaymentInput } from '../../../../../shared/contract/sales-payments';
import { RequestInput } from '../../../../../shared/contract/sales-requests';
import { computeDocumentTotals } from '../../../../../shared/domain/sales';
import type { Ctx } from '../../../context';
import type { Dice } from '../../admin/demo-data';
import { salesCatalogHandlers } from '../catalog/handlers';
import { salesDocumentsHandlers } from '../documents/handlers';
import { salesPaymentsHandlers } from '../payments/handlers';
import { salesRequestsHandlers } from '../requests/handlers';

// The demo company's sales: a catalog, invoices through the whole chain from quote to delivery for some, credit
// notes, customer payments matched to the bank statement, reminders for the late payers and after-sales requests.
// Everything goes through the sales routes' own handlers, as a clerk's work would.

interface DemoProduct {
  reference: string;
  label: string;
  kind: 'goods' | 'service';
  unit: string;
  unitPrice: number;
  vatRate: number;
  exempt?: string;
  revenueAccount: string;
  /** Quantities a customer usually takes, in thousandths. */
  quantities: readonly number[];
}

const PRODUCTS: readonly DemoProduct[] = [
  {
    reference: 'PREST-CONS',
    label: 'Conseil et accompagnement',
    kind: 'service',
    unit: 'h',
    unitPrice: 8_500,
    vatRate: 2000,
    revenueAccount: '706',
    quantities: [2000, 3500, 7000, 14_000],
  },
  {
    reference: 'PREST-INST',
    label: 'Installation sur site',
    kind: 'service',
    unit: 'j',
    unitPrice: 52_000,
    vatRate: 2000,
    revenueAccount: '706',
    quantities: [500, 1000, 2000],
  },
  {
    reference: 'PREST-MAINT',
    label: 'Contrat de maintenance annuel',
    kind: 'service',
    unit: 'u',
    unitPrice: 96_000,
    vatRate: 2000,
    revenueAccount: '706',
    quantities: [1000],
  },
  {
    reference: 'PREST-DEPL',
    label: 'Forfait déplacement',
    kind: 'service',
    unit: 'u',
    unitPrice: 4_500,
    vatRate: 2000,
    revenueAccount: '706',
    quantities: [1000, 2000],
  },
  {
    reference: 'FORM-1J',
    label: 'Formation utilisateurs (1 journée)',
    kind: 'service',
    unit: 'j',
    unitPrice: 85_000,
    vatRate: 0,
    exempt: 'Exonération de TVA, art. 261-4-4° a du CGI (formation professionnelle continue)',
    revenueAccount: '706',
    quantities: [1000, 2000],
  },
  {
    reference: 'RENO-POSE',
    label: 'Travaux de rénovation — pose',
    kind: 'service',
    unit: 'h',
    unitPrice: 4_800,
    vatRate: 1000,
    revenueAccount: '706',
    quantities: [8000, 16_000, 35_000],
  },
  {
    reference: 'RENO-MAT',
    label: 'Fournitures de rénovation',
    kind: 'goods',
    unit: 'u',
    unitPrice: 28_000,
    vatRate: 1000,
    revenueAccount: '707',
    quantities: [1000, 3000],
  },
  {
    reference: 'MAT-ECRAN27',
    label: 'Écran 27 pouces',
    kind: 'goods',
    unit: 'u',
    unitPrice: 24_900,
    vatRate: 2000,
    revenueAccount: '707',
    quantities: [1000, 2000, 4000],
  },
  {
    reference: 'MAT-PORT14',
    label: 'Ordinateur portable 14 pouces',
    kind: 'goods',
    unit: 'u',
    unitPrice: 89_000,
    vatRate: 2000,
    revenueAccount: '707',
    quantities: [1000, 2000, 3000],
  },
  {
    reference: 'MAT-IMPR',
    label: 'Imprimante laser couleur',
    kind: 'goods',
    unit: 'u',
    unitPrice: 39_900,
    vatRate: 2000,
    revenueAccount: '707',
    quantities: [1000],
  },
  {
    reference: 'MAT-CABLE',
    label: 'Câble réseau catégorie 6 (le mètre)',
    kind: 'goods',
    unit: 'm',
    unitPrice: 120,
    vatRate: 2000,
    revenueAccount: '707',
    quantities: [25_000, 50_000, 120_000],
  },
  {
    reference: 'MAT-ONDUL',
    label: 'Onduleur 1500 VA',
    kind: 'goods',
    unit: 'u',
    unitPrice: 32_000,
    vatRate: 2000,
    revenueAccount: '707',
    quantities: [1000, 2000],
  },
  {
    reference: 'EPI-CAFE',
    label: 'Café en grains bio (kg)',
    kind: 'goods',
    unit: 'kg',
    unitPrice: 2_650,
    vatRate: 550,
    revenueAccount: '707',
    quantities: [2000, 5000, 10_000],
  },
  {
    reference: 'EPI-THE',
    label: 'Thé vert Sencha (boîte)',
    kind: 'goods',
    unit: 'u',
    unitPrice: 1_290,
    vatRate: 550,
    revenueAccount: '707',
    quantities: [6000, 12_000],
  },
  {
    reference: 'EPI-COFFRET',
    label: 'Coffret gourmand',
    kind: 'goods',
    unit: 'u',
    unitPrice: 4_590,
    vatRate: 550,
    revenueAccount: '707',
    quantities: [5000, 10_000, 20_000],
  },
  {
    reference: 'LIV-GUIDE',
    label: 'Guide pratique (livre)',
    kind: 'goods',
    unit: 'u',
    unitPrice: 2_900,
    vatRate: 550,
    revenueAccount: '707',
    quantities: [3000, 10_000],
  },
  {
    reference: 'PRESSE-ABO',
    label: 'Abonnement revue professionnelle',
    kind: 'goods',
    unit: 'u',
    unitPrice: 8_400,
    vatRate: 210,
    revenueAccount: '707',
    quantities: [1000],
  },
  {
    reference: 'LOG-LIC',
    label: 'Licence logicielle annuelle',
    kind: 'service',
    unit: 'u',
    unitPrice: 18_000,
    vatRate: 2000,
    revenueAccount: '706',
    quantities: [1000, 5000, 10_000],
  },
];

/** The categories some customers buy at. */
const CATEGORY_PRICES: Record<string, { category: string; share: number }> = {
  'MAT-ECRAN27': { category: 'Revendeur', share: 0.85 },
  'MAT-PORT14': { category: 'Revendeur', share: 0.88 },
  'EPI-CAFE': { category: 'Revendeur', share: 0.8 },
};

export interface PlannedSale {
  customerId: number;
  date: string;
  lines: DocumentInput['lines'];
  discountBp: number;
  gross: number;
  vat: { category: string; rate: number; vat: number }[];
  /** Whether the invoice comes through a quote, an order and a delivery note. */
  chain: boolean;
}

export interface PostedSale {
  documentId: number;
  /** The invoice's line on the customer's account: what a bank line settles. */
  openLineId: number;
}

export class DemoSales {
  private products: { id: number; p: DemoProduct; price: number }[] = [];

  constructor(private readonly ctx: Ctx) {}

  async seedCatalog(customers: readonly number[]): Promise<void> {
    for (const p of PRODUCTS) {
      const cat = CATEGORY_PRICES[p.reference];
      const product = await salesCatalogHandlers['sales.product.create'](
        this.ctx,
        ProductInput.parse({
          reference: p.reference,
          label: p.label,
          kind: p.kind,
          unit: p.unit,
          unitPrice: p.unitPrice,
          vatCategory: p.exempt ? 'E' : 'S',
          vatRate: p.exempt ? 0 : p.vatRate,
          exemptionReason: p.exempt ?? null,
          revenueAccount: p.revenueAccount,
          prices: cat ? [{ category: cat.category, unitPrice: Math.round(p.unitPrice * cat.share) }] : [],
        }),
      );
      this.products.push({ id: product.id, p, price: p.unitPrice });
    }
    // A few resellers and customers paid at 45 days end of month.
    for (const [i, partyId] of customers.slice(0, 12).entries()) {
      await salesCatalogHandlers['sales.customer.update'](
        this.ctx,
        CustomerTermsInput.parse({
          partyId,
          priceCategory: i % 3 === 0 ? 'Revendeur' : null,
          paymentTerms: i % 2 === 0 ? 'days_45_eom' : 'days_30',
          vatRegime: 'france',
        }),
      );
    }
  }

  /** Lines and totals of an invoice, drawn before anything is written: the bank statements need the amount. */
  plan(dice: Dice, customerId: number, date: string): PlannedSale {
    const count = dice.int(1, 4);
    // Bigger customers order in bigger quantities.
    const scale = dice.pick([1, 1, 2]);
    const picked = new Set<number>();
    const lines: DocumentInput['lines'] = [];
    for (let i = 0; i < count; i++) {
      const index = dice.int(0, this.products.length - 1);
      if (picked.has(index)) continue;
      picked.add(index);
      const { id, p } = this.products[index]!;
      lines.push({
        productId: id,
        reference: p.reference,
        label: p.label,
        kind: p.kind,
        unit: p.unit,
        quantity: dice.pick(p.quantities) * scale,
        unitPrice: p.unitPrice,
        discountBp: dice.chance(0.15) ? dice.pick([500, 1000]) : 0,
        vatCategory: p.exempt ? 'E' : 'S',
        vatRate: p.exempt ? 0 : p.vatRate,
        accountNumber: p.revenueAccount,
      });
    }
    const discountBp = dice.chance(0.08) ? 300 : 0;
    const totals = computeDocumentTotals(
      lines.map((l) => ({
        quantity: l.quantity,
        unitPrice: l.unitPrice,
        discountBp: l.discountBp ?? 0,
        vatCategory: l.vatCategory ?? 'S',
        vatRate: l.vatRate,
      })),
      discountBp,
    );
    return {
      customerId,
      date,
      lines,
      discountBp,
      gross: totals.gross,
      vat: totals.vatBreakdown.map((v) => ({ category: v.category, rate: v.rate, vat: v.vat })),
      chain: dice.chance(0.2),
    };
  }

  private async create(kind: DocumentInput['kind'], s: PlannedSale, date: string) {
    return salesDocumentsHandlers['sales.document.create'](
      this.ctx,
      DocumentInput.parse({ kind, partyId: s.customerId, date, discountBp: s.discountBp, lines: s.lines }),
    );
  }

  private async validate(id: number) {
    return salesDocumentsHandlers['sales.document.validate'](this.ctx, { id });
  }

  /** The invoice (and, for some, the quote, order and delivery note before it), validated and posted. */
  async post(s: PlannedSale, addDays: (d: string, n: number) => string): Promise<PostedSale> {
    let invoiceId: number;
    if (s.chain) {
      const quote = await this.create('quote', s, addDays(s.date, -12));
      await this.validate(quote.id);
      await salesDocumentsHandlers['sales.document.setStatus'](this.ctx, { id: quote.id, status: 'accepted' });
      const convert = async (id: number, kind: DocumentInput['kind'], date: string) => {
        const d = await salesDocumentsHandlers['sales.document.convert'](this.ctx, { id, kind, date });
        return d.id;
      };
      const order = await convert(quote.id, 'order', addDays(s.date, -9));
      await this.validate(order);
      const delivery = await convert(order, 'delivery', addDays(s.date, -2));
      await this.validate(delivery);
      invoiceId = await convert(delivery, 'invoice', s.date);
    } else {
      invoiceId = (await this.create('invoice', s, s.date)).id;
    }
    const invoice = await this.validate(invoiceId);
    const line = await this.ctx.db
      .selectFrom('entry_line as l')
      .innerJoin('account as a', 'a.id', 'l.account_id')
      .select('l.id')
      .where('l.entry_id', '=', invoice.entryId!)
      .where('a.number', '=', '411')
      .executeTakeFirstOrThrow();
    return { documentId: invoiceId, openLineId: line.id };
  }

  /** The customer's transfer, as the bank statement shows it, recorded as a payment of the invoice. */
  async receive(documentId: number, amount: number, date: string, bankLineId: number): Promise<void> {
    const doc = await salesDocumentsHandlers['sales.document.get'](this.ctx, { id: documentId });
    await salesPaymentsHandlers['sales.payment.create'](
      this.ctx,
      PaymentInput.parse({
        partyId: doc.partyId,
        date,
        method: 'transfer',
        amount,
        reference: doc.number,
        bankLineId,
        allocations: [{ documentId, amount: Math.min(amount, doc.openAmount) }],
      }),
    );
  }

  /** What the year leaves in progress: quotes waiting, open orders, a credit note, reminders and requests. */
  async finish(dice: Dice, customers: readonly number[], today: string, addDays: (d: string, n: number) => string) {
    const recent = (n: number) => addDays(today, -n);
    for (let i = 0; i < 8; i++) {
      const s = this.plan(dice, dice.pick(customers), recent(dice.int(1, 20)));
      const quote = await this.create('quote', s, s.date);
      if (i < 6) await this.validate(quote.id);
      if (i === 5)
        await salesDocumentsHandlers['sales.document.setStatus'](this.ctx, { id: quote.id, status: 'refused' });
    }
    for (let i = 0; i < 4; i++) {
      const s = this.plan(dice, dice.pick(customers), recent(dice.int(1, 10)));
      const order = await this.create('order', s, s.date);
      await this.validate(order.id);
    }
    // Credit notes: a return on a recent invoice, half of it credited.
    const invoices = await this.ctx.db
      .selectFrom('sales_document')
      .select(['id', 'date'])
      .where('kind', '=', 'invoice')
      .where('status', '=', 'validated')
      .where('open_amount', '>', 0)
      .orderBy('date', 'desc')
      .limit(30)
      .execute();
    const lastDate = invoices[0]?.date ?? today;
    for (const inv of invoices.slice(3, 5)) {
      const cn = await salesDocumentsHandlers['sales.document.convert'](this.ctx, {
        id: inv.id,
        kind: 'credit_note',
        date: lastDate,
      });
      const lines = cn.lines.map(({ id: _i, lineNo: _n, netAmount: _a, ...l }) => ({
        ...l,
        quantity: Math.max(1, Math.round(l.quantity / 2)),
      }));
      await salesDocumentsHandlers['sales.document.update'](this.ctx, {
        id: cn.id,
        document: DocumentInput.parse({
          kind: 'credit_note',
          partyId: cn.partyId,
          date: lastDate,
          creditedId: inv.id,
          discountBp: cn.discountBp,
          notes: 'Retour partiel de marchandise',
          lines,
        }),
      });
      await this.validate(cn.id);
    }
    // Reminders for the invoices long overdue.
    const overdue = await salesPaymentsHandlers['sales.receivable.list'](this.ctx, {
      overdue: true,
      asOf: today,
      page: 0,
      pageSize: 20,
      dir: 'asc',
      sort: 'dueDate',
    });
    for (const r of overdue.rows) {
      const levels = r.daysOverdue > 45 ? 3 : r.daysOverdue > 20 ? 2 : 1;
      for (let l = 1; l <= levels; l++) {
        await salesPaymentsHandlers['sales.dunning.create'](this.ctx, {
          documentId: r.documentId,
          date:
            addDays(r.dueDate ?? today, 7 + 14 * (l - 1)) > today
              ? today
              : addDays(r.dueDate ?? today, 7 + 14 * (l - 1)),
          note: null,
        });
      }
    }
    // After-sales requests over the last months.
    const subjects = [
      ['question', 'Question sur la facture'],
      ['complaint', 'Livraison incomplète'],
      ['return', 'Retour d’un écran défectueux'],
      ['repair', 'Imprimante en panne'],
      ['warranty', 'Ordinateur portable sous garantie : batterie'],
      ['question', 'Demande de duplicata'],
      ['complaint', 'Retard d’intervention'],
      ['repair', 'Onduleur qui bipe'],
    ] as const;
    const statuses = ['new', 'in_progress', 'waiting_customer', 'resolved', 'closed'] as const;
    for (let i = 0; i < 14; i++) {
      const [type, subject] = subjects[i % subjects.length]!;
      const request = await salesRequestsHandlers['sales.request.create'](
        this.ctx,
        RequestInput.parse({
          partyId: dice.pick(customers),
          type,
          priority: dice.pick(['low', 'normal', 'normal', 'high', 'urgent']),
          subject,
          description: 'Demande reçue par téléphone.',
          dueDate: addDays(today, dice.int(-10, 15)),
        }),
      );
      const target = statuses[i % statuses.length]!;
      const path: (typeof statuses)[number][] =
        target === 'new'
          ? []
          : target === 'in_progress'
            ? ['in_progress']
            : target === 'waiting_customer'
              ? ['in_progress', 'waiting_customer']
              : target === 'resolved'
                ? ['in_progress', 'resolved']
                : ['in_progress', 'resolved', 'closed'];
      for (const status of path) {
        await salesRequestsHandlers['sales.request.note'](this.ctx, {
          id: request.id,
          text: status === 'resolved' ? 'Solution apportée au client.' : null,
          status,
        });
      }
    }
  }
}
