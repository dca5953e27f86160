import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { VatInput, VatRateLine, VatReport } from '../../../../../shared/contract/accounting-reports';
import type { DB } from '../../../db/schema';
import {
  collectedVatAccount,
  FIXED_ASSET_VAT_ACCOUNT,
  rateOfVatAccount,
  VAT_RATES,
  type VatRate,
} from '../vat-accounts';
import { byAccountNumber } from './income-statement';
import { openingBalances } from './ledger';
import { accountsById } from './scope';

// The CA3 summary of a range. Collected VAT per rate is read from that rate's account; its base is the revenue
// (class 7) of the entries carrying that rate alone, and for entries mixing rates, or carrying no revenue, the
// VAT divided by the rate.

const CARRIED_CREDIT_ACCOUNT = '44567';

/**
 * A VAT return's own entry moves the month's VAT to 4455 (to pay), 44567 (credit carried) or 44583 (refund
 * asked): it is not a taxable operation, and counting it would net the period's VAT to nothing.
 */
function settlementEntries(from: string, to: string) {
  return sql`select l2.entry_id from entry_line l2 join account a2 on a2.id = l2.account_id
    where l2.posted = 1 and l2.date >= ${from} and l2.date <= ${to}
      and (a2.number like '4455%' or a2.number like '44567%' or a2.number like '44583%')`;
}

/** What the range's VAT returns moved on the VAT accounts, to take out of the movements. */
async function settlementMovements(db: Kysely<DB>, from: string, to: string) {
  const res = await sql<{ number: string; debit: number; credit: number }>`select a.number,
      sum(l.debit) as debit, sum(l.credit) as credit
    from entry_line l join account a on a.id = l.account_id
    where l.posted = 1 and l.date >= ${from} and l.date <= ${to} and a.number like '445%'
      and l.entry_id in (${settlementEntries(from, to)})
    group by a.number`.execute(db);
  return new Map(res.rows.map((r) => [r.number, r]));
}
const DEDUCTIBLE_PREFIX = '44566';
const COLLECTED_PREFIX = '4457';

/** a / b rounded half away from zero, in integers. */
export function divideRounded(a: number, b: number): number {
  const q = Math.trunc(a / b);
  const r = a - q * b;
  return Math.abs(r) * 2 >= Math.abs(b) ? q + Math.sign(a) * Math.sign(b) : q;
}

type LineRow = { entry_id: number; number: string; debit: number; credit: number };

async function rateBases(db: Kysely<DB>, from: string, to: string) {
  const rateAccounts = VAT_RATES.map(collectedVatAccount);
  const res = await sql<LineRow>`select l.entry_id, a.number, sum(l.debit) as debit, sum(l.credit) as credit
    from entry e cross join entry_line l on l.entry_id = e.id
    join account a on a.id = l.account_id
    where e.date >= ${from} and e.date <= ${to} and e.status = 'validated' and l.posted = 1
      and (a.class = 7 or a.number in (${sql.join(rateAccounts)}))
      and e.id not in (${settlementEntries(from, to)})
    group by l.entry_id, a.number
    order by l.entry_id`.execute(db);
  const base = new Map<VatRate, number>();
  const estimated = new Map<VatRate, number>();
  const flush = (revenue: number, vat: Map<VatRate, number>) => {
    const rates = [...vat.entries()].filter(([, v]) => v !== 0);
    if (rates.length === 1 && revenue !== 0) {
      const rate = rates[0]![0];
      base.set(rate, (base.get(rate) ?? 0) + revenue);
    } else for (const [rate, v] of rates) estimated.set(rate, (estimated.get(rate) ?? 0) + v);
  };
  let entryId: number | null = null;
  let revenue = 0;
  let vat = new Map<VatRate, number>();
  for (const r of res.rows) {
    if (r.entry_id !== entryId) {
      if (entryId !== null) flush(revenue, vat);
      entryId = r.entry_id;
      revenue = 0;
      vat = new Map();
    }
    const net = r.credit - r.debit;
    const rate = rateOfVatAccount(r.number);
    if (rate?.kind === 'collected') vat.set(rate.rate, (vat.get(rate.rate) ?? 0) + net);
    else revenue += net;
  }
  if (entryId !== null) flush(revenue, vat);
  for (const [rate, v] of estimated) base.set(rate, (base.get(rate) ?? 0) + divideRounded(v * 10000, rate));
  return base;
}

export async function vatReport(db: Kysely<DB>, input: z.output<typeof VatInput>): Promise<VatReport> {
  const moved = await byAccountNumber(db, input.from, input.to);
  for (const [number, out] of await settlementMovements(db, input.from, input.to)) {
    const m = moved.get(number);
    if (m) moved.set(number, { ...m, debit: m.debit - out.debit, credit: m.credit - out.credit });
  }
  const bases = await rateBases(db, input.from, input.to);
  const collected: VatRateLine[] = VAT_RATES.map((rate) => {
    const accountNumber = collectedVatAccount(rate);
    const m = moved.get(accountNumber);
    return { rate, accountNumber, base: bases.get(rate) ?? 0, vat: m ? m.credit - m.debit : 0 };
  });
  let otherCollected = 0;
  let deductibleGoodsServices = 0;
  let deductibleFixedAssets = 0;
  for (const [number, m] of moved) {
    if (number.startsWith(COLLECTED_PREFIX) && rateOfVatAccount(number)?.kind !== 'collected') {
      otherCollected += m.credit - m.debit;
    } else if (number.startsWith(DEDUCTIBLE_PREFIX)) deductibleGoodsServices += m.debit - m.credit;
    else if (number.startsWith(FIXED_ASSET_VAT_ACCOUNT)) deductibleFixedAssets += m.debit - m.credit;
  }
  // The credit left from earlier returns: what 44567 holds when the range starts.
  let creditCarried = 0;
  const accounts = await accountsById(db);
  for (const [id, m] of await openingBalances(db, input.from, {})) {
    if (accounts.get(id)?.number.startsWith(CARRIED_CREDIT_ACCOUNT)) creditCarried += m.debit - m.credit;
  }
  creditCarried = Math.max(creditCarried, 0);
  const totalCollected = collected.reduce((t, l) => t + l.vat, 0) + otherCollected;
  const totalDeductible = deductibleGoodsServices + deductibleFixedAssets + creditCarried;
  const net = totalCollected - totalDeductible;
  return {
    from: input.from,
    to: input.to,
    collected,
    otherCollected,
    deductibleGoodsServices,
    deductibleFixedAssets,
    creditCarried,
    totalCollected,
    totalDeductible,
    due: Math.max(net, 0),
    credit: Math.max(-net, 0),
  };
}
