import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { accountColumns } from './accounts';

// French VAT rates in basis points, and the sub-accounts Coulisse posts VAT to: one per rate under 44571
// (collected) and 44566 (deductible on goods and services), so that the CA3 return reads each rate from its own
// account. VAT on fixed assets goes to 44562 whatever the rate, as the return asks for it apart.

export const VAT_RATES = [2000, 1000, 550, 210] as const;
export type VatRate = (typeof VAT_RATES)[number];

const SUFFIX: Record<VatRate, string> = { 2000: '1', 1000: '2', 550: '3', 210: '4' };
const RATE_LABEL: Record<VatRate, string> = { 2000: '20 %', 1000: '10 %', 550: '5,5 %', 210: '2,1 %' };

export function collectedVatAccount(rate: VatRate): string {
  return `44571${SUFFIX[rate]}`;
}

export function deductibleVatAccount(rate: VatRate): string {
  return `44566${SUFFIX[rate]}`;
}

export const FIXED_ASSET_VAT_ACCOUNT = '44562';

/** The rate a VAT sub-account stands for, if it is one of Coulisse's. */
export function rateOfVatAccount(number: string): { kind: 'collected' | 'deductible'; rate: VatRate } | null {
  for (const rate of VAT_RATES) {
    if (number === collectedVatAccount(rate)) return { kind: 'collected', rate };
    if (number === deductibleVatAccount(rate)) return { kind: 'deductible', rate };
  }
  return null;
}

export function isVatRate(bp: number): bp is VatRate {
  return (VAT_RATES as readonly number[]).includes(bp);
}

export const VAT_ACCOUNTS: readonly { number: string; label: string }[] = VAT_RATES.flatMap((rate) => [
  { number: collectedVatAccount(rate), label: `TVA collectée ${RATE_LABEL[rate]}` },
  { number: deductibleVatAccount(rate), label: `TVA déductible sur biens et services ${RATE_LABEL[rate]}` },
]);

/** Opened with the company, beside the official chart. */
export async function seedVatAccounts(db: Kysely<DB>, now: string): Promise<void> {
  await db
    .insertInto('account')
    .values(VAT_ACCOUNTS.map(({ number, label }) => accountColumns(number, label, false, now)))
    .execute();
}
