import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { Aged, AgedBuckets, AgedInput } from '../../../../../shared/contract/accounting-reports';
import type { DB } from '../../../db/schema';
import { addDays } from '../../../../../shared/domain/dates';

// The aged balance: what each third party still owes (customers) or is owed (suppliers) on asOf, from the
// validated lines of their auxiliary account not matched by then, by days past the due date (the line's date
// when it has none).

type Row = {
  id: number;
  number: string;
  label: string;
  not_due: number;
  d1to30: number;
  d31to60: number;
  d61to90: number;
  over90: number;
};

export function bucketOf(daysPastDue: number): keyof Omit<AgedBuckets, 'total'> {
  if (daysPastDue <= 0) return 'notDue';
  if (daysPastDue <= 30) return 'd1to30';
  if (daysPastDue <= 60) return 'd31to60';
  if (daysPastDue <= 90) return 'd61to90';
  return 'over90';
}

const zero = (): AgedBuckets => ({ notDue: 0, d1to30: 0, d31to60: 0, d61to90: 0, over90: 0, total: 0 });

export async function aged(db: Kysely<DB>, input: z.output<typeof AgedInput>): Promise<Aged> {
  // Open on asOf: the lines never matched, read alone through the letter in the third parties' index, and the
  // lines matched only after asOf (lettered_at is an instant: any instant of a later day sorts after asOf + 'U',
  // 'U' following the 'T' that separates date and time) or at no known time (taken over from another software's
  // FEC without a date), read through the index of matching instants. Each part is its own branch so that each
  // reads its index as a range (the unary plus keeps SQLite off the date index, which would read every matched
  // line); SQLite adds them up by third party and bucket, so only the sums come back.
  const { asOf, kind } = input;
  const after = `${asOf}U`;
  const limit = (days: number) => addDays(asOf, -days);
  const lines = sql`
    select l.aux_account_id as aux, l.debit - l.credit as amount, coalesce(l.due_date, l.date) as due
      from aux_account x
      cross join entry_line l on l.aux_account_id = x.id and l.posted = 1 and l.letter is null and l.date <= ${asOf}
      where x.kind = ${kind}
    union all
    select l.aux_account_id, l.debit - l.credit, coalesce(l.due_date, l.date)
      from entry_line l cross join aux_account x on x.id = l.aux_account_id
      where l.letter is not null and l.lettered_at > ${after} and +l.posted = 1 and +l.date <= ${asOf}
        and x.kind = ${kind}
    union all
    select l.aux_account_id, l.debit - l.credit, coalesce(l.due_date, l.date)
      from entry_line l cross join aux_account x on x.id = l.aux_account_id
      where l.letter is not null and l.lettered_at is null and +l.posted = 1 and +l.date <= ${asOf}
        and x.kind = ${kind}`;
  const res = await sql<Row>`
    select x.id, x.number, x.label, s.not_due, s.d1to30, s.d31to60, s.d61to90, s.over90
    from (
      select aux,
        sum(case when due >= ${asOf} then amount else 0 end) as not_due,
        sum(case when due < ${asOf} and due >= ${limit(30)} then amount else 0 end) as d1to30,
        sum(case when due < ${limit(30)} and due >= ${limit(60)} then amount else 0 end) as d31to60,
        sum(case when due < ${limit(60)} and due >= ${limit(90)} then amount else 0 end) as d61to90,
        sum(case when due < ${limit(90)} then amount else 0 end) as over90
      from (${lines}) group by aux
    ) s
    cross join aux_account x on x.id = s.aux
    order by x.number, x.id`.execute(db);
  // Suppliers are owed: their credit balances read as positive amounts (and a zero stays a plain zero).
  const sign = (v: number) => (v === 0 ? 0 : kind === 'customer' ? v : -v);
  const totals = zero();
  const rows: Aged['rows'] = [];
  for (const r of res.rows) {
    const buckets = {
      notDue: sign(r.not_due),
      d1to30: sign(r.d1to30),
      d31to60: sign(r.d31to60),
      d61to90: sign(r.d61to90),
      over90: sign(r.over90),
    };
    const total = buckets.notDue + buckets.d1to30 + buckets.d31to60 + buckets.d61to90 + buckets.over90;
    for (const k of Object.keys(buckets) as (keyof typeof buckets)[]) totals[k] += buckets[k];
    totals.total += total;
    if (buckets.notDue || buckets.d1to30 || buckets.d31to60 || buckets.d61to90 || buckets.over90) {
      rows.push({ auxAccountId: r.id, auxNumber: r.number, label: r.label, ...buckets, total });
    }
  }
  return { asOf, kind, rows, totals };
}
