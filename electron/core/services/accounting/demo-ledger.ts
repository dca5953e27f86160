import { computeTotals } from '../../../../shared/domain/bill-totals';
import { applyRate, centsToDecimal } from '../../../../shared/domain/money';
import type { Ctx } from '../../context';
import { Dice } from '../admin/demo-data';
import { auxForParty } from './entries/aux-accounts';
import { postEntry, type LedgerDeps, type LineDraft } from './entries/ledger';
import { insertBankAccount } from './bank/bank-accounts';
import { matchBankLine, postBankLineTo } from './bank/bank-posting';
import { importStatement } from './bank/statement-import';
import { validateBill } from './bills/bill-posting';
import { insertBill } from './bills/bill-store';
import { ledgerDeps } from './entries/posting';
import { addDays } from './fiscal-years';
import { collectedVatAccount, deductibleVatAccount, type VatRate } from './vat-accounts';
import type { DemoSales, PlannedSale } from '../sales/demo/sales-demo';

// A year of bookkeeping for the demo company, from the first day of its fiscal year to today: opening balances,
// sales, supplier invoices entered as bills, payroll, VAT returns, and monthly bank statements imported and
// matched line by line against the invoices they settle. Everything goes through the same services as a clerk's
// work, so every report, the bank reconciliation and the matching show real, consistent figures.

/** A journal entry; `openItem` names its line a later bank line settles. */
interface EntryEvent {
  kind: 'entry';
  date: string;
  journal: string;
  label: string;
  reference: string | null;
  lines: LineDraft[];
  openItems?: { index: number; key: string }[];
}

/** A supplier's invoice, entered as a bill and validated; its 401 line is the open item `key`. */
interface BillEvent {
  kind: 'bill';
  date: string;
  supplierId: number;
  number: string;
  lines: { label: string; netAmount: number; vatRate: VatRate; accountNumber: string }[];
  key: string;
}

/** A line of the bank statement (positive: money in), settling an open item or posted to an account. */
interface BankEvent {
  kind: 'bank';
  date: string;
  amount: number;
  label: string;
  reference: string | null;
  settles: { key: string } | { accountNumber: string };
}

/** A customer invoice, made by the sales department; its customer line is the open item `key`. */
interface SaleEvent {
  kind: 'sale';
  date: string;
  plan: PlannedSale;
  key: string;
}

type DemoEvent = EntryEvent | BillEvent | BankEvent | SaleEvent;

const line = (accountNumber: string, debit: number, credit: number, extra: Partial<LineDraft> = {}): LineDraft => ({
  accountNumber,
  auxAccountId: null,
  label: null,
  debit,
  credit,
  dueDate: null,
  ...extra,
});

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

/** The VAT a planned invoice collects per rate (its taxed lines only). */
function vatOf(plan: PlannedSale): [VatRate, number][] {
  return plan.vat.filter((v) => v.vat !== 0).map((v) => [v.rate as VatRate, v.vat]);
}

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
  bills: number;
  statements: number;
  bankLines: number;
  openBankLines: number;
}

const IBAN = 'FR7630007000110009970004942';

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function camtAmount(cents: number): string {
  return centsToDecimal(Math.abs(cents));
}

/** A month's statement as the bank sends it: ISO 20022 camt.053, with its opening and closing balances. */
function statementCamt(month: string, iban: string, opening: number, lines: readonly BankEvent[]): string {
  const closing = lines.reduce((s, l) => s + l.amount, opening);
  const last = lines[lines.length - 1]!.date;
  const balance = (code: string, amount: number, date: string) =>
    `<Bal><Tp><CdOrPrtry><Cd>${code}</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${camtAmount(amount)}</Amt>` +
    `<CdtDbtInd>${amount < 0 ? 'DBIT' : 'CRDT'}</CdtDbtInd><Dt><Dt>${date}</Dt></Dt></Bal>`;
  const entries = lines.map(
    (l, i) =>
      `<Ntry><NtryRef>${l.date.replace(/-/g, '')}-${String(i + 1).padStart(4, '0')}</NtryRef>` +
      `<Amt Ccy="EUR">${camtAmount(l.amount)}</Amt><CdtDbtInd>${l.amount < 0 ? 'DBIT' : 'CRDT'}</CdtDbtInd>` +
      `<Sts>BOOK</Sts><BookgDt><Dt>${l.date}</Dt></BookgDt><ValDt><Dt>${l.date}</Dt></ValDt>` +
      `<NtryDtls><TxDtls><Refs><EndToEndId>${xml(l.reference ?? 'NOTPROVIDED')}</EndToEndId></Refs>` +
      `<RmtInf><Ustrd>${xml(l.label)}</Ustrd></RmtInf></TxDtls></NtryDtls>` +
      `<AddtlNtryInf>${xml(l.label)}</AddtlNtryInf></Ntry>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>',
    `<GrpHdr><MsgId>RELEVE-${month}</MsgId><CreDtTm>${last}T06:00:00</CreDtTm></GrpHdr>`,
    `<Stmt><Id>${month}</Id><CreDtTm>${last}T06:00:00</CreDtTm>`,
    `<FrToDt><FrDtTm>${month}-01T00:00:00</FrDtTm><ToDtTm>${last}T23:59:59</ToDtTm></FrToDt>`,
    `<Acct><Id><IBAN>${iban}</IBAN></Id><Ccy>EUR</Ccy></Acct>`,
    balance('OPBD', opening, `${month}-01`),
    balance('CLBD', closing, last),
    ...entries,
    '</Stmt></BkToCstmrStmt></Document>',
  ].join('\n');
}

/** Posts the demo year; `today` bounds it. Runs inside the demo company's creation transaction. */
export async function postDemoLedger(
  ctx: Ctx,
  seed: number,
  yearStart: string,
  today: string,
  sales: DemoSales,
): Promise<DemoLedgerSummary> {
  const deps: LedgerDeps = ledgerDeps(ctx);
  const dice = new Dice(seed, 7);
  const parties = await ctx.db.selectFrom('party').select(['id', 'is_customer', 'is_supplier']).orderBy('id').execute();
  const customers = parties.filter((p) => p.is_customer === 1).map((p) => p.id);
  const suppliers = parties.filter((p) => p.is_supplier === 1).map((p) => p.id);
  await sales.seedCatalog(customers);
  const aux = new Map<string, number>();
  const auxOf = async (partyId: number, kind: 'customer' | 'supplier') => {
    const key = `${kind}:${partyId}`;
    if (!aux.has(key)) aux.set(key, (await auxForParty(ctx.db, partyId, kind, deps.at)).id);
    return aux.get(key)!;
  };
  const bankId = await insertBankAccount(
    ctx.db,
    {
      name: 'Banque Rhône-Alpes – compte courant',
      iban: IBAN,
      bic: 'BRALFRPPXXX',
      accountNumber: undefined,
    },
    deps.at,
  );
  const bank = await ctx.db
    .selectFrom('bank_account')
    .select('account_number')
    .where('id', '=', bankId)
    .executeTakeFirstOrThrow();
  const BANK = bank.account_number;

  const events: DemoEvent[] = [];
  const openingItems: { index: number; key: string }[] = [];
  // Opening balances: what the previous year left, with a few customers and suppliers still open.
  const opening: LineDraft[] = [
    line('2154', 4_800_000, 0, { label: 'Matériel' }),
    line('2183', 950_000, 0, { label: 'Matériel informatique' }),
    line('2815', 0, 1_440_000),
    line('2818', 0, 380_000),
    line('371', 1_260_000, 0),
    line('101', 0, 2_000_000),
    line('1068', 0, 350_000),
    line('110', 0, 1_184_000),
    line('164', 0, 6_400_000),
  ];
  for (let i = 0; i < 6; i++) {
    const amount = dice.int(80_000, 450_000);
    const key = `open-c-${i}`;
    opening.push(
      line('411', amount, 0, {
        auxAccountId: await auxOf(customers[i]!, 'customer'),
        label: 'Facture N-1',
        dueDate: addDays(yearStart, dice.int(5, 40)),
      }),
    );
    openingItems.push({ index: opening.length - 1, key });
    events.push({
      kind: 'bank',
      date: addDays(yearStart, dice.int(10, 45)),
      amount,
      label: 'VIR SEPA RECU REGLEMENT FACTURE N-1',
      reference: null,
      settles: { key },
    });
  }
  for (let i = 0; i < 4; i++) {
    const amount = dice.int(60_000, 300_000);
    const key = `open-s-${i}`;
    opening.push(
      line('401', 0, amount, {
        auxAccountId: await auxOf(suppliers[i]!, 'supplier'),
        label: 'Facture N-1',
        dueDate: addDays(yearStart, dice.int(5, 30)),
      }),
    );
    openingItems.push({ index: opening.length - 1, key });
    events.push({
      kind: 'bank',
      date: addDays(yearStart, dice.int(5, 35)),
      amount: -amount,
      label: 'VIR SEPA EMIS FACTURE N-1',
      reference: null,
      settles: { key },
    });
  }
  const openDebit = opening.reduce((s, l) => s + l.debit - l.credit, 0);
  opening.push(line(BANK, openDebit < 0 ? -openDebit : 0, openDebit > 0 ? openDebit : 0, { label: 'Banque' }));
  events.unshift({
    kind: 'entry',
    date: yearStart,
    journal: 'AN',
    label: 'À nouveaux',
    reference: null,
    lines: opening,
    openItems: openingItems,
  });

  let invoiceNo = 0;
  const landlord = suppliers[suppliers.length - 1]!;
  for (const month of monthsBetween(yearStart, today)) {
    const collected = new Map<VatRate, number>();
    const deductible = new Map<VatRate, number>();
    // Sales: invoices spread over the month, paid 15 to 60 days later unless that is still ahead.
    for (let i = 0, n = dice.int(18, 30); i < n; i++) {
      const date = day(month, dice.int(1, 28));
      const plan = sales.plan(dice, dice.pick(customers), date);
      if (date <= today) {
        for (const [rate, vat] of vatOf(plan)) collected.set(rate, (collected.get(rate) ?? 0) + vat);
      }
      const key = `inv-${++invoiceNo}`;
      events.push({ kind: 'sale', date, plan, key });
      if (!dice.chance(0.08)) {
        events.push({
          kind: 'bank',
          date: addDays(date, dice.int(15, 60)),
          amount: plan.gross,
          label: `VIR SEPA RECU FACTURE ${invoiceNo}`,
          reference: null,
          settles: { key },
        });
      }
    }
    // Supplier invoices, entered as bills and paid at 30 days.
    const bills: { date: string; supplierId: number; expense: (typeof EXPENSES)[number] }[] = [];
    for (let i = 0, n = dice.int(8, 14); i < n; i++) {
      bills.push({
        date: day(month, dice.int(1, 28)),
        supplierId: dice.pick(suppliers.slice(0, -1)),
        expense: dice.pick(EXPENSES),
      });
    }
    bills.push({
      date: day(month, 1),
      supplierId: landlord,
      expense: { account: '6132', label: 'Loyer', min: 180_000, max: 180_000, rate: 2000 },
    });
    for (const b of bills) {
      const net = dice.int(b.expense.min, b.expense.max);
      const number = b.expense.account === '6132' ? `QUITT-${month}` : `F-${dice.digits(6)}`;
      const key = `bill-${b.supplierId}-${number}`;
      if (b.date <= today)
        deductible.set(b.expense.rate, (deductible.get(b.expense.rate) ?? 0) + applyRate(net, b.expense.rate));
      events.push({
        kind: 'bill',
        date: b.date,
        supplierId: b.supplierId,
        number,
        key,
        lines: [{ label: b.expense.label, netAmount: net, vatRate: b.expense.rate, accountNumber: b.expense.account }],
      });
      const gross = net + applyRate(net, b.expense.rate);
      const paid = b.expense.account === '6132' ? day(month, 5) : addDays(b.date, 30);
      events.push({
        kind: 'bank',
        date: paid,
        amount: -gross,
        label: `VIR SEPA EMIS ${number}`,
        reference: number,
        settles: { key },
      });
    }
    const end = day(month, 28);
    if (end > today) continue;
    // Payroll and social charges, bank fees, loan repayment.
    const gross = dice.int(1_150_000, 1_250_000);
    const employee = applyRate(gross, 2200);
    const employer = applyRate(gross, 4200);
    events.push({
      kind: 'entry',
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
    events.push({
      kind: 'bank',
      date: end,
      amount: -(gross - employee),
      label: `VIR SEPA SALAIRES ${month}`,
      reference: `PAIE-${month}`,
      settles: { accountNumber: '421' },
    });
    events.push({
      kind: 'bank',
      date: addDays(end, 3),
      amount: -(employee + employer),
      label: 'PRLV SEPA URSSAF RHONE-ALPES',
      reference: null,
      settles: { accountNumber: '431' },
    });
    events.push({
      kind: 'bank',
      date: end,
      amount: -dice.int(1_800, 4_500),
      label: 'FRAIS TENUE DE COMPTE ET CARTE',
      reference: null,
      settles: { accountNumber: '627' },
    });
    events.push({
      kind: 'bank',
      date: day(month, 10),
      amount: -95_000,
      label: 'ECHEANCE PRET CAPITAL',
      reference: null,
      settles: { accountNumber: '164' },
    });
    events.push({
      kind: 'bank',
      date: day(month, 10),
      amount: -9_500,
      label: 'ECHEANCE PRET INTERETS',
      reference: null,
      settles: { accountNumber: '6611' },
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
      events.push({
        kind: 'entry',
        date: end,
        journal: 'OD',
        label: `TVA ${month}`,
        reference: `CA3-${month}`,
        lines: vatLines,
      });
      events.push({
        kind: 'bank',
        date: addDays(end, 19),
        amount: -due,
        label: 'PRLV SEPA DGFIP TVA',
        reference: `CA3-${month}`,
        settles: { accountNumber: '44551' },
      });
    }
  }

  // Stable sort: the opening entry comes first on the first day; within a day, documents before payments.
  const rank = (e: DemoEvent) => (e.kind === 'bank' ? 1 : 0);
  const dated = events
    .filter((e) => e.date <= today)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : rank(a) - rank(b)));

  // One statement a month, imported as the bank's camt.053 file would be; it starts from the opening balance.
  const bankEvents = dated.filter((e): e is BankEvent => e.kind === 'bank');
  const bankLineOf = new Map<BankEvent, number>();
  let statements = 0;
  // The bank's balance as the bank sees it: the opening entry's debit on the bank account.
  let running = -openDebit;
  for (const month of monthsBetween(yearStart, today)) {
    const lines = bankEvents.filter((e) => e.date.startsWith(month));
    if (!lines.length) continue;
    const file = statementCamt(month, IBAN, running, lines);
    running = lines.reduce((sum, l) => sum + l.amount, running);
    const imported = await importStatement(
      ctx.db,
      {
        bankAccountId: bankId,
        fileName: `releve-${month}.xml`,
        contentBase64: Buffer.from(file, 'utf8').toString('base64'),
        format: 'camt053',
        mapping: undefined,
      },
      deps.at,
      deps.userId,
    );
    statements++;
    const ids = await ctx.db
      .selectFrom('bank_line')
      .select('id')
      .where('statement_id', '=', imported.statementId)
      .orderBy('id')
      .execute();
    lines.forEach((l, i) => bankLineOf.set(l, ids[i]!.id));
  }

  // The last days' bank lines are left for the clerk to match.
  const recent = addDays(today, -6);
  const openItem = new Map<string, number>();
  const saleOf = new Map<string, number>();
  let entries = 0;
  let billCount = 0;
  let openBankLines = 0;
  for (const e of dated) {
    if (e.kind === 'entry') {
      const id = await postEntry(deps, {
        journalCode: e.journal,
        date: e.date,
        label: e.label,
        reference: e.reference,
        lines: e.lines,
      });
      entries++;
      if (e.openItems) {
        const lines = await ctx.db
          .selectFrom('entry_line')
          .select('id')
          .where('entry_id', '=', id)
          .orderBy('line_no')
          .execute();
        for (const o of e.openItems) openItem.set(o.key, lines[o.index]!.id);
      }
    } else if (e.kind === 'sale') {
      const posted = await sales.post(e.plan, addDays);
      openItem.set(e.key, posted.openLineId);
      saleOf.set(e.key, posted.documentId);
      entries++;
    } else if (e.kind === 'bill') {
      const totals = computeTotals(e.lines);
      const billId = await insertBill(
        ctx.db,
        {
          partyId: e.supplierId,
          kind: 'invoice',
          number: e.number,
          issueDate: e.date,
          dueDate: addDays(e.date, 30),
          currency: 'EUR',
          paymentMeans: '30',
          lines: e.lines.map((l) => ({ ...l, quantity: null, fixedAsset: false })),
          totals,
        },
        deps.at,
        deps.userId,
      );
      await validateBill(ctx, billId);
      billCount++;
      entries++;
      const posted = await ctx.db
        .selectFrom('bill')
        .innerJoin('entry_line as l', 'l.entry_id', 'bill.entry_id')
        .innerJoin('account as a', 'a.id', 'l.account_id')
        .select('l.id')
        .where('bill.id', '=', billId)
        .where('a.number', '=', '401')
        .executeTakeFirstOrThrow();
      openItem.set(e.key, posted.id);
    } else {
      const bankLineId = bankLineOf.get(e)!;
      if (e.date > recent) {
        openBankLines++;
        continue;
      }
      const sale = 'key' in e.settles ? saleOf.get(e.settles.key) : undefined;
      if (sale !== undefined) await sales.receive(sale, e.amount, e.date, bankLineId);
      else if ('key' in e.settles) await matchBankLine(ctx, bankLineId, [openItem.get(e.settles.key)!]);
      else
        await postBankLineTo(ctx, bankLineId, {
          accountNumber: e.settles.accountNumber,
          auxAccountId: null,
          label: null,
        });
      entries++;
    }
  }
  await sales.finish(new Dice(seed, 8), customers, today, addDays);
  return { entries, bills: billCount, statements, bankLines: bankEvents.length, openBankLines };
}
