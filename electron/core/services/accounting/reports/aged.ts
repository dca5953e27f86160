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
  // Matched after asOf still counts as open on asOf: lettered_at is an instant, its first ten characters a day.
  const res = await sql<Row>`select x.id, x.number, x.label, l.debit, l.credit, coalesce(l.due_date, l.date) as due
    from aux_account x
    cross join entry_line l on l.aux_account_id = x.id and l.posted = 1 and l.date <= ${input.asOf}
    where x.kind = ${input.kind}
      and (l.letter is null or l.lettered_at is null or substr(l.lettered_at, 1, 10) > ${input.asOf})
    order by x.number, l.id`.execute(db);
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
