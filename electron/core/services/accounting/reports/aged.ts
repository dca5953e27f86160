import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { Aged, AgedBuckets, AgedInput } from '../../../../../shared/contract/accounting-reports';
import type { DB } from '../../../db/schema';

// The aged balance: what each third party still owes (customers) or is owed (suppliers) on asOf, from the
// validated lines of their auxiliary account not matched by then, by days past the due date (the line's date
// when it has none).

type Row = {
  id: number;
  number: string;
  label: string;
  debit: number;
  credit: number;
  due: string;
};

export function bucketOf(daysPastDue: number): keyof Omit<AgedBuckets, 'total'> {
  if (daysPastDue <= 0) return 'notDue';
  if (daysPastDue <= 30) return 'd1to30';
  if (daysPastDue <= 60) return 'd31to60';
  if (daysPastDue <= 90) return 'd61to90';
  return 'over90';
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const zero = (): AgedBuckets => ({ notDue: 0, d1to30: 0, d31to60: 0, d61to90: 0, over90: 0, total: 0 });

export async function aged(db: Kysely<DB>, input: z.output<typeof AgedInput>): Promise<Aged> {
  // Open on asOf: the lines never matched, read alone through the letter in the third parties' index, and the
  // lines matched only after asOf (lettered_at is an instant: any instant of a later day sorts after asOf + 'U',
  // 'U' following the 'T' that separates date and time), read through the index of matching instants.
  const after = `${input.asOf}U`;
  const res = await sql<Row>`select x.id, x.number, x.label, l.debit, l.credit, coalesce(l.due_date, l.date) as due,
        l.id as line_id
      from aux_account x
      cross join entry_line l on l.aux_account_id = x.id and l.posted = 1 and l.letter is null and l.date <= ${input.asOf}
      where x.kind = ${input.kind}
    union all
    select x.id, x.number, x.label, l.debit, l.credit, coalesce(l.due_date, l.date) as due, l.id as line_id
      from entry_line l
      cross join aux_account x on x.id = l.aux_account_id
      where l.letter is not null and (l.lettered_at > ${after} or l.lettered_at is null)
        and l.posted = 1 and l.date <= ${input.asOf} and x.kind = ${input.kind}
    order by 2, 7`.execute(db);
  const sign = input.kind === 'customer' ? 1 : -1;
  const rows: Aged['rows'] = [];
  const totals = zero();
  let current: Aged['rows'][number] | undefined;
  for (const r of res.rows) {
    if (current?.auxAccountId !== r.id) {
      current = { auxAccountId: r.id, auxNumber: r.number, label: r.label, ...zero() };
      rows.push(current);
    }
    const amount = sign * (r.debit - r.credit);
    const bucket = bucketOf(daysBetween(r.due, input.asOf));
    current[bucket] += amount;
    current.total += amount;
    totals[bucket] += amount;
    totals.total += amount;
  }
  const open = rows.filter((r) => r.notDue || r.d1to30 || r.d31to60 || r.d61to90 || r.over90);
  return { asOf: input.asOf, kind: input.kind, rows: open, totals };
}
