import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type {
  JournalReport,
  JournalReportEntry,
  JournalReportInput,
} from '../../../../../shared/contract/accounting-reports';
import type { DB } from '../../../db/schema';

// The journal listing: validated entries of a range with their lines, by journal then number, with totals per
// journal and overall.

type Row = {
  entry_id: number;
  journal_code: string;
  journal_label: string;
  number: string;
  date: string;
  entry_label: string;
  reference: string | null;
  line_id: number;
  account_number: string;
  account_label: string;
  aux_number: string | null;
  label: string | null;
  debit: number;
  credit: number;
};

export async function journalReport(
  db: Kysely<DB>,
  input: z.output<typeof JournalReportInput>,
): Promise<JournalReport> {
  const journal = input.journalCode !== undefined ? sql`and j.code = ${input.journalCode}` : sql``;
  const res = await sql<Row>`select e.id as entry_id, j.code as journal_code, j.label as journal_label, e.number,
      e.date, e.label as entry_label, e.reference, l.id as line_id, a.number as account_number,
      a.label as account_label, x.number as aux_number, l.label, l.debit, l.credit
    from entry e
    join journal j on j.id = e.journal_id
    join entry_line l on l.entry_id = e.id
    join account a on a.id = l.account_id
    left join aux_account x on x.id = l.aux_account_id
    where e.status = 'validated' and e.date >= ${input.from} and e.date <= ${input.to} ${journal}
    order by j.code, e.date, e.seq, l.line_no`.execute(db);
  const entries: JournalReportEntry[] = [];
  const journals = new Map<string, JournalReport['journals'][number]>();
  let current: JournalReportEntry | undefined;
  for (const r of res.rows) {
    if (current?.entryId !== r.entry_id) {
      current = {
        entryId: r.entry_id,
        journalCode: r.journal_code,
        number: r.number,
        date: r.date,
        label: r.entry_label,
        reference: r.reference,
        lines: [],
        totalDebit: 0,
        totalCredit: 0,
      };
      entries.push(current);
    }
    current.lines.push({
      lineId: r.line_id,
      accountNumber: r.account_number,
      accountLabel: r.account_label,
      auxNumber: r.aux_number,
      label: r.label,
      debit: r.debit,
      credit: r.credit,
    });
    current.totalDebit += r.debit;
    current.totalCredit += r.credit;
    let j = journals.get(r.journal_code);
    if (!j) {
      j = { journalCode: r.journal_code, journalLabel: r.journal_label, debit: 0, credit: 0 };
      journals.set(r.journal_code, j);
    }
    j.debit += r.debit;
    j.credit += r.credit;
  }
  const list = [...journals.values()];
  return {
    from: input.from,
    to: input.to,
    entries,
    journals: list,
    totals: { debit: list.reduce((t, j) => t + j.debit, 0), credit: list.reduce((t, j) => t + j.credit, 0) },
  };
}
