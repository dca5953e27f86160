import { applyRate } from '../../../../shared/domain/money';
import type { Ctx } from '../../context';
import { Dice } from '../admin/demo-data';
import { auxForParty } from './entries/aux-accounts';
import { postEntry, type LedgerDeps, type LineDraft } from './entries/ledger';
import { letterLines } from './entries/lettering';
import { ledgerDeps } from './entries/posting';
import { addDays } from './fiscal-years';
import { collectedVatAccount, deductibleVatAccount, type VatRate } from './vat-accounts';

// A year of bookkeeping for the demo company, from the first day of its fiscal year to today: opening balances,
// sales and their receipts, supplier invoices and their payments, payroll, VAT returns, bank fees. Everything is
// posted through the ledger like a clerk's entries, so every report shows real, consistent figures.

interface Posting {
  date: string;
  journal: string;
  label: string;
  reference: string | null;
  lines: LineDraft[];
  /** Lines (by index) to letter later with another posting's line, keyed by a shared match id. */
  letter?: { index: number; key: string };
}

const line = (accountNumber: string, debit: number, credit: number, extra: Partial<LineDraft> = {}): LineDraft => ({
  accountNumber,
  auxAccountId: null,
  label: null,
  debit,
  credit,
  dueDate: null,
  ...extra,
});

const SALES_ACCOUNTS = [
  { account: '706', rate: 2000 as VatRate, label: 'Prestations' },
  { account: '707', rate: 2000 as VatRate, label: 'Ventes de marchandises' },
  { account: '707', rate: 550 as VatRate, label: 'Ventes alimentaires' },
  { account: '706', rate: 1000 as VatRate, label: 'Travaux de rénovation' },
];

const EXPENSES = [
  { account: '607', label: 'Achats de marchandises', min: 80_000, max: 900_000, rate: 2000 as VatRate },
  { account: '607', label: 'Achats de marchandises', min: 80_000, max: 900_000, rate: 2000 as VatRate },
  { account: '6061', label: 'Électricité et eau', min: 8_000, max: 40_000, rate: 2000 as VatRate },
  { account: '6063', label: 'Petit équipement', min: 3_000, max: 90_000, rate: 2000 as VatRate },
  { account: '6064', label: 'Fournitures de bureau', min: 1_500, max: 25_000, rate: 2000 as VatRate },
  { account: '6226', label: 'Honoraires', min: 30_000, max: 180_000, rate: 2000 as VatRate },
  { account: '6251', label: 'Déplacements', min: 2_000, max: 40_000, rate: 1000 as VatRate },
  { account: '626', label: 'Téléphone et internet', min: 4_000, max: 12_000, rate: 2000 as VatRate },
];

function monthsBetween(start: string, end: string): string[] {
  const out: string[] = [];
  for (let d = start.slice(0, 7); `${d}-01` <= end;) {
    out.push(d);
    const [y, m] = d.split('-').map(Number) as [number, number];
    d = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  return out;
}

function day(month: string, n: number): string {
  return `${month}-${String(Math.min(n, 28)).padStart(2, '0')}`;
}

export interface DemoLedgerSummary {
  entries: number;
  lettered: number;
}

/** Posts the demo year; `today` bounds it. Runs inside the demo company's creation transaction. */
export async function postDemoLedger(
  ctx: Ctx,
  seed: number,
  yearStart: string,
  today: string,
): Promise<DemoLedgerSummary> {
  const deps: LedgerDeps = ledgerDeps(ctx);
  const dice = new Dice(seed, 7);
  const parties = await ctx.db.selectFrom('party').select(['id', 'is_customer', 'is_supplier']).orderBy('id').execute();
  const customers = parties.filter((p) => p.is_customer === 1).map((p) => p.id);
  const suppliers = parties.filter((p) => p.is_supplier === 1).map((p) => p.id);
  const aux = new Map<string, number>();
  const auxOf = async (partyId: number, kind: 'customer' | 'supplier') => {
    const key = `${kind}:${partyId}`;
    if (!aux.has(key)) aux.set(key, (await auxForParty(ctx.db, partyId, kind, deps.at)).id);
    return aux.get(key)!;
  };

  const postings: Posting[] = [];
  const openingLetters: { key: string; index: number }[] = [];
  // Opening balances: what the previous year left, with a few customers and suppliers still open.
  const opening: LineDraft[] = [
    line('2154', 4_800_000, 0, { label: 'Matériel' }),
    line('2183', 950_000, 0, { label: 'Matériel informatique' }),
    line('2815', 0, 1_440_000),
    line('2818', 0, 380_000),
    line('37', 1_260_000, 0),
    line('101', 0, 2_000_000),
    line('1068', 0, 350_000),
    line('110', 0, 1_184_000),
    line('164', 0, 2_400_000),
  ];
  for (let i = 0; i < 6; i++) {
    const amount = dice.int(80_000, 450_000);
    opening.push(
      line('411', amount, 0, {
        auxAccountId: await auxOf(customers[i]!, 'customer'),
        label: 'Facture N-1',
        dueDate: addDays(yearStart, dice.int(5, 40)),
      }),
    );
    openingLetters.push({ key: `open-c-${i}`, index: opening.length - 1 });
    postings.push({
      date: addDays(yearStart, dice.int(10, 45)),
      journal: 'BQ',
      label: 'Règlement client facture N-1',
      reference: null,
      lines: [line('512', amount, 0), line('411', 0, amount, { auxAccountId: await auxOf(customers[i]!, 'customer') })],
      letter: { index: 1, key: `open-c-${i}` },
    });
  }
  for (let i = 0; i < 4; i++) {
    const amount = dice.int(60_000, 300_000);
    opening.push(
      line('401', 0, amount, {
        auxAccountId: await auxOf(suppliers[i]!, 'supplier'),
        label: 'Facture N-1',
        dueDate: addDays(yearStart, dice.int(5, 30)),
      }),
    );
    openingLetters.push({ key: `open-s-${i}`, index: opening.length - 1 });
    postings.push({
      date: addDays(yearStart, dice.int(5, 35)),
      journal: 'BQ',
      label: 'Paiement fournisseur facture N-1',
      reference: null,
      lines: [line('401', amount, 0, { auxAccountId: await auxOf(suppliers[i]!, 'supplier') }), line('512', 0, amount)],
      letter: { index: 0, key: `open-s-${i}` },
    });
  }
  const openDebit = opening.reduce((s, l) => s + l.debit - l.credit, 0);
  opening.push(line('512', openDebit < 0 ? -openDebit : 0, openDebit > 0 ? openDebit : 0, { label: 'Banque' }));
  postings.push({ date: yearStart, journal: 'AN', label: 'À nouveaux', reference: null, lines: opening });

  let invoiceNo = 0;
  let billNo = 0;
  for (const month of monthsBetween(yearStart, today)) {
    const collected = new Map<VatRate, number>();
    const deductible = new Map<VatRate, number>();
    // Sales: invoices spread over the month, paid 15 to 60 days later unless that is still ahead.
    for (let i = 0, n = dice.int(18, 30); i < n; i++) {
      const date = day(month, dice.int(1, 28));
      if (date > today) continue;
      const kind = dice.pick(SALES_ACCOUNTS);
      const net = dice.int(12_000, 320_000);
      const vat = applyRate(net, kind.rate);
      const customer = dice.pick(customers);
      const auxId = await auxOf(customer, 'customer');
      const number = `FA${month.slice(0, 4)}-${String(++invoiceNo).padStart(5, '0')}`;
      collected.set(kind.rate, (collected.get(kind.rate) ?? 0) + vat);
      const key = `inv-${number}`;
      postings.push({
        date,
        journal: 'VT',
        label: `Facture ${number}`,
        reference: number,
        lines: [
          line('411', net + vat, 0, { auxAccountId: auxId, dueDate: addDays(date, 30) }),
          line(kind.account, 0, net, { label: kind.label }),
          line(collectedVatAccount(kind.rate), 0, vat),
        ],
        letter: { index: 0, key },
      });
      const paid = addDays(date, dice.int(15, 60));
      if (paid <= today && !dice.chance(0.08)) {
        postings.push({
          date: paid,
          journal: 'BQ',
          label: `Virement reçu ${number}`,
          reference: number,
          lines: [line('512', net + vat, 0), line('411', 0, net + vat, { auxAccountId: auxId })],
          letter: { index: 1, key },
        });
      }
    }
    // Supplier invoices, paid at 30 days.
    for (let i = 0, n = dice.int(8, 14); i < n; i++) {
      const date = day(month, dice.int(1, 28));
      if (date > today) continue;
      const kind = dice.pick(EXPENSES);
      const net = dice.int(kind.min, kind.max);
      const vat = applyRate(net, kind.rate);
      const supplier = dice.pick(suppliers);
      const auxId = await auxOf(supplier, 'supplier');
      const number = `F-${dice.digits(6)}`;
      const key = `bill-${++billNo}`;
      deductible.set(kind.rate, (deductible.get(kind.rate) ?? 0) + vat);
      postings.push({
        date,
        journal: 'AC',
        label: `${kind.label} ${number}`,
        reference: number,
        lines: [
          line(kind.account, net, 0, { label: kind.label }),
          line(deductibleVatAccount(kind.rate), vat, 0),
          line('401', 0, net + vat, { auxAccountId: auxId, dueDate: addDays(date, 30) }),
        ],
        letter: { index: 2, key },
      });
      const paid = addDays(date, 30);
      if (paid <= today) {
        postings.push({
          date: paid,
          journal: 'BQ',
          label: `Paiement ${number}`,
          reference: number,
          lines: [line('401', net + vat, 0, { auxAccountId: auxId }), line('512', 0, net + vat)],
          letter: { index: 0, key },
        });
      }
    }
    const end = day(month, 28);
    if (end > today) continue;
    // Rent, payroll and social charges, bank fees, loan repayment.
    postings.push({
      date: day(month, 5),
      journal: 'AC',
      label: 'Loyer',
      reference: `LOY-${month}`,
      lines: [line('6132', 180_000, 0), line('445661', 36_000, 0), line('512', 0, 216_000)],
    });
    deductible.set(2000, (deductible.get(2000) ?? 0) + 36_000);
    const gross = dice.int(1_150_000, 1_250_000);
    const employee = applyRate(gross, 2200);
    const employer = applyRate(gross, 4200);
    postings.push({
      date: end,
      journal: 'SAL',
      label: `Salaires ${month}`,
      reference: `PAIE-${month}`,
      lines: [
        line('641', gross, 0),
        line('645', employer, 0),
        line('421', 0, gross - employee),
        line('431', 0, employee + employer),
      ],
    });
    postings.push({
      date: end,
      journal: 'BQ',
      label: `Virement des salaires ${month}`,
      reference: `PAIE-${month}`,
      lines: [line('421', gross - employee, 0), line('512', 0, gross - employee)],
    });
    postings.push({
      date: addDays(end, 3),
      journal: 'BQ',
      label: `URSSAF ${month}`,
      reference: null,
      lines: [line('431', employee + employer, 0), line('512', 0, employee + employer)],
    });
    postings.push({
      date: end,
      journal: 'BQ',
      label: 'Frais bancaires',
      reference: null,
      lines: [line('627', dice.int(1_800, 4_500), 0), line('512', 0, 0)],
    });
    const fees = postings[postings.length - 1]!;
    fees.lines[1]!.credit = fees.lines[0]!.debit;
    postings.push({
      date: day(month, 10),
      journal: 'BQ',
      label: 'Échéance emprunt',
      reference: null,
      lines: [line('164', 95_000, 0), line('6611', 9_500, 0), line('512', 0, 104_500)],
    });
    // The month's VAT return, paid the following month.
    const vatLines: LineDraft[] = [];
    let due = 0;
    for (const [rate, amount] of collected) {
      vatLines.push(line(collectedVatAccount(rate), amount, 0));
      due += amount;
    }
    for (const [rate, amount] of deductible) {
      vatLines.push(line(deductibleVatAccount(rate), 0, amount));
      due -= amount;
    }
    if (vatLines.length && due > 0) {
      vatLines.push(line('44551', 0, due));
      postings.push({ date: end, journal: 'OD', label: `TVA ${month}`, reference: `CA3-${month}`, lines: vatLines });
      const payDate = addDays(end, 19);
      if (payDate <= today) {
        postings.push({
          date: payDate,
          journal: 'BQ',
          label: `Paiement TVA ${month}`,
          reference: `CA3-${month}`,
          lines: [line('44551', due, 0), line('512', 0, due)],
        });
      }
    }
  }

  // Stable sort: the opening entry comes first on the first day.
  const dated = postings
    .filter((p) => p.date <= today)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const toLetter = new Map<string, number[]>();
  let entries = 0;
  for (const p of dated) {
    const id = await postEntry(deps, {
      journalCode: p.journal,
      date: p.date,
      label: p.label,
      reference: p.reference,
      lines: p.lines,
    });
    entries++;
    const lines = await ctx.db
      .selectFrom('entry_line')
      .select(['id', 'line_no'])
      .where('entry_id', '=', id)
      .orderBy('line_no')
      .execute();
    if (p.journal === 'AN') {
      for (const o of openingLetters) toLetter.set(o.key, [...(toLetter.get(o.key) ?? []), lines[o.index]!.id]);
    } else if (p.letter) {
      toLetter.set(p.letter.key, [...(toLetter.get(p.letter.key) ?? []), lines[p.letter.index]!.id]);
    }
  }
  let lettered = 0;
  for (const ids of toLetter.values()) {
    if (ids.length < 2) continue;
    await letterLines(ctx.db, ids, deps.at);
    lettered++;
  }
  return { entries, lettered };
}
