import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type {
  IncomeStatement,
  IncomeStatementInput,
  StatementSection,
} from '../../../../../shared/contract/accounting-reports';
import type { DB } from '../../../db/schema';
import { INCOME_SECTIONS, incomeLineOf, type IncomeSectionKey } from './income-statement-lines';
import { movements, type Movement } from './movements';
import { accountsById } from './scope';

/** Lays class 6 and 7 balances out as the statement; `byNumber` holds each account's debit and credit. */
export function incomeStatementOf(byNumber: ReadonlyMap<string, Movement>): Omit<IncomeStatement, 'from' | 'to'> {
  const amounts = new Map<string, number>();
  for (const [number, m] of byNumber) {
    const found = incomeLineOf(number);
    if (!found) continue;
    const amount = found.section.side === 'income' ? m.credit - m.debit : m.debit - m.credit;
    const key = `${found.section.key}.${found.line.key}`;
    amounts.set(key, (amounts.get(key) ?? 0) + amount);
  }
  const sections: StatementSection[] = INCOME_SECTIONS.map((s) => {
    const lines = s.lines.map((l) => ({
      key: l.key,
      accounts: [...l.accounts],
      amount: amounts.get(`${s.key}.${l.key}`) ?? 0,
    }));
    return { key: s.key, lines, total: lines.reduce((t, l) => t + l.amount, 0) };
  });
  const total = (key: IncomeSectionKey) => sections.find((s) => s.key === key)?.total ?? 0;
  const operating = total('operatingIncome') - total('operatingExpenses');
  const financial = total('financialIncome') - total('financialExpenses');
  const currentBeforeTax = operating + financial;
  const exceptional = total('exceptionalIncome') - total('exceptionalExpenses');
  const net = currentBeforeTax + exceptional - total('profitSharing') - total('incomeTax');
  return { sections, results: { operating, financial, currentBeforeTax, exceptional, net } };
}

export async function byAccountNumber(db: Kysely<DB>, from: string, to: string): Promise<Map<string, Movement>> {
  const moved = await movements(db, { from, to });
  const accounts = await accountsById(db);
  const out = new Map<string, Movement>();
  for (const [id, m] of moved) {
    const account = accounts.get(id);
    if (account) out.set(account.number, m);
  }
  return out;
}

export async function incomeStatement(
  db: Kysely<DB>,
  input: z.output<typeof IncomeStatementInput>,
): Promise<IncomeStatement> {
  return { from: input.from, to: input.to, ...incomeStatementOf(await byAccountNumber(db, input.from, input.to)) };
}
