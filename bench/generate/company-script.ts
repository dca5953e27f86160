import type { Kysely } from 'kysely';
import type { DB } from '../../electron/core/db/schema';
import { Dice } from '../../electron/core/services/admin/demo-data';
import type { Call } from './batch-calls';
import { partyInputs, productInputs } from './catalog-parties';

// What a company does over two fiscal years, written as the route calls a clerk's screens would make: third
// parties, a catalog, invoices validated in date order (numbered without gaps, posted), a bank statement each
// month imported as a CSV file, and customer payments that settle invoices and match most of the bank lines.

export interface Sizes {
  parties: number;
  products: number;
  invoices: number;
}

/** Runs a group of calls: one transaction for the whole group in the bench, one per call through dispatch. */
export type Chunk = <T>(fn: (call: Call, db: Kysely<DB>) => Promise<T>) => Promise<T>;

export const YEARS = ['2025', '2026'] as const;
const GROUP = 2000;
const MAPPING = {
  delimiter: ';',
  hasHeader: true,
  dateColumn: 0,
  dateFormat: 'yyyy-mm-dd',
  labelColumn: 1,
  amountColumn: 2,
  decimal: 'point',
  referenceColumn: 3,
} as const;

const days = (month: string) =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
const months = YEARS.flatMap((y) => Array.from({ length: 12 }, (_, m) => `${y}-${String(m + 1).padStart(2, '0')}`));

async function inGroups<T>(chunk: Chunk, items: readonly T[], fn: (call: Call, item: T) => Promise<number>) {
  const ids: number[] = [];
  for (let i = 0; i < items.length; i += GROUP) {
    const part = items.slice(i, i + GROUP);
    const done = await chunk(async (call) => {
      const out: number[] = [];
      for (const item of part) out.push(await fn(call, item));
      return out;
    });
    ids.push(...done);
  }
  return ids;
}

interface Paid {
  documentId: number;
  partyId: number;
  number: string;
  amount: number;
  date: string;
}

export interface ScriptResult {
  parties: number;
  products: number;
  invoices: number;
  payments: number;
  bankLines: number;
}

export async function runCompanyScript(chunk: Chunk, sizes: Sizes, seed: number): Promise<ScriptResult> {
  const dice = new Dice(seed, 23);
  const setup = await chunk(async (call, db) => {
    const known = await db.selectFrom('fiscal_year').select('start_date').execute();
    for (const y of YEARS) {
      if (!known.some((k) => k.start_date === `${y}-01-01`))
        await call('accounting.year.create', { startDate: `${y}-01-01` });
    }
    const bank = await call('accounting.bankaccount.create', {
      name: 'Compte courant',
      iban: 'FR7630006000011234567890189',
      bic: 'AGRIFRPP',
    });
    return { bankId: bank.id };
  });

  const parties = partyInputs(sizes.parties, seed);
  const partyIds = await inGroups(chunk, parties, async (call, p) => (await call('parties.party.create', p)).id);
  const customers = partyIds.filter((_, i) => parties[i]!.isCustomer);
  const products = productInputs(sizes.products, seed);
  const productIds = await inGroups(chunk, products, async (call, p) => (await call('sales.product.create', p)).id);

  // Invoices spread evenly over the 24 months, in date order within each month.
  const perMonth = months.map(
    (_, m) => Math.floor(((m + 1) * sizes.invoices) / 24) - Math.floor((m * sizes.invoices) / 24),
  );
  let pending: Paid[] = [];
  let payments = 0;
  let bankLines = 0;
  for (const [m, month] of months.entries()) {
    const dates = Array.from(
      { length: perMonth[m]! },
      () => `${month}-${String(dice.int(1, days(month))).padStart(2, '0')}`,
    ).sort();
    const plans = dates.map((date) => {
      const lines = Array.from({ length: dice.int(1, 3) }, () => {
        const k = dice.int(0, products.length - 1);
        const p = products[k]!;
        return {
          productId: productIds[k]!,
          reference: p.reference,
          label: p.label,
          kind: p.kind,
          unit: p.unit,
          quantity: dice.int(1, 20) * 1000,
          unitPrice: p.unitPrice,
          vatCategory: 'S' as const,
          vatRate: p.vatRate!,
          accountNumber: p.revenueAccount,
        };
      });
      return { date, partyId: dice.pick(customers), lines, paidAfter: dice.chance(0.85) ? dice.int(0, 45) : null };
    });
    for (let i = 0; i < plans.length; i += GROUP) {
      const part = plans.slice(i, i + GROUP);
      const done = await chunk(async (call) => {
        const out: (Paid & { paidAfter: number | null })[] = [];
        for (const s of part) {
          const draft = await call('sales.document.create', {
            kind: 'invoice',
            partyId: s.partyId,
            date: s.date,
            lines: s.lines,
          });
          const inv = await call('sales.document.validate', { id: draft.id });
          out.push({
            documentId: inv.id,
            partyId: s.partyId,
            number: inv.number!,
            amount: inv.grossTotal,
            date: s.date,
            paidAfter: s.paidAfter,
          });
        }
        return out;
      });
      for (const d of done) {
        if (d.paidAfter === null) continue;
        const paidOn = new Date(`${d.date}T00:00:00Z`);
        paidOn.setUTCDate(paidOn.getUTCDate() + d.paidAfter);
        const date = paidOn.toISOString().slice(0, 10);
        if (date.slice(0, 4) <= YEARS[1]) pending.push({ ...d, date });
      }
    }
    // This month's statement: the transfers received, and bank fees no payment explains (left unmatched).
    const due = pending.filter((p) => p.date.startsWith(month)).sort((a, b) => (a.date < b.date ? -1 : 1));
    pending = pending.filter((p) => !p.date.startsWith(month));
    const fees = Array.from({ length: Math.max(1, Math.floor(due.length / 50)) }, (_, i) => ({
      date: `${month}-${String(Math.min(28, 1 + i)).padStart(2, '0')}`,
      label: 'FRAIS TENUE DE COMPTE',
      amount: -dice.int(100, 3000),
      reference: `FR-${month}-${i}`,
    }));
    const rows = [
      ...due.map((p) => ({ date: p.date, label: `VIR SEPA ${p.number}`, amount: p.amount, reference: p.number })),
      ...fees,
    ];
    if (!rows.length) continue;
    // A statement file stays below the 3 MB the bridge lets through.
    for (let i = 0; i < rows.length; i += 20_000) {
      const part = rows.slice(i, i + 20_000);
      const csv = [
        'date;libelle;montant;reference',
        ...part.map((r) => `${r.date};${r.label};${(r.amount / 100).toFixed(2)};${r.reference}`),
      ].join('\n');
      await chunk(async (call) =>
        call('accounting.statement.import', {
          bankAccountId: setup.bankId,
          fileName: `releve-${month}-${i / 20_000 + 1}.csv`,
          contentBase64: Buffer.from(csv, 'utf8').toString('base64'),
          format: 'csv',
          mapping: MAPPING,
        }),
      );
      bankLines += part.length;
    }
    const lineIds = await chunk(async (_call, db) =>
      db
        .selectFrom('bank_line')
        .select(['id', 'reference'])
        .where('reference', 'in', due.length ? due.map((p) => p.number) : ['-'])
        .execute(),
    );
    const lineOf = new Map(lineIds.map((l) => [l.reference, l.id]));
    payments += due.length;
    await inGroups(
      chunk,
      due,
      async (call, p) =>
        (
          await call('sales.payment.create', {
            partyId: p.partyId,
            date: p.date,
            method: 'transfer',
            amount: p.amount,
            reference: p.number,
            // One transfer in ten was recorded by hand before the statement came: its bank line stays to match.
            bankLineId: dice.chance(0.9) ? (lineOf.get(p.number) ?? null) : null,
            allocations: [{ documentId: p.documentId, amount: p.amount }],
          })
        ).id,
    );
  }
  return { parties: partyIds.length, products: productIds.length, invoices: sizes.invoices, payments, bankLines };
}
