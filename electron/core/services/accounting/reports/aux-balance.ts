import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { AuxBalance, AuxBalanceInput } from '../../../../../shared/contract/accounting-reports';
import type { DB } from '../../../db/schema';

// The balance of customers or suppliers: the range's movements per auxiliary account.

type Row = {
  id: number;
  number: string;
  label: string;
  control_number: string;
  debit: number;
  credit: number;
};

export async function auxBalance(db: Kysely<DB>, input: z.output<typeof AuxBalanceInput>): Promise<AuxBalance> {
  const res = await sql<Row>`select x.id, x.number, x.label, x.control_number,
      sum(l.debit) as debit, sum(l.credit) as credit
    from aux_account x
    cross join entry_line l on l.aux_account_id = x.id and l.posted = 1 and l.date >= ${input.from}
      and l.date <= ${input.to}
    where x.kind = ${input.kind}
    group by x.id
    order by x.number`.execute(db);
  const rows = res.rows.map((r) => ({
    auxAccountId: r.id,
    auxNumber: r.number,
    label: r.label,
    controlNumber: r.control_number,
    debit: Number(r.debit),
    credit: Number(r.credit),
    balance: Number(r.debit) - Number(r.credit),
  }));
  let debit = 0;
  let credit = 0;
  for (const r of rows) {
    debit += r.debit;
    credit += r.credit;
  }
  return {
    from: input.from,
    to: input.to,
    kind: input.kind,
    rows,
    totals: { debit, credit, balance: debit - credit },
  };
}
