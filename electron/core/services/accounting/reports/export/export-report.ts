import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ReportExportInput, ReportFile } from '../../../../../../shared/contract/accounting-reports';
import { reportLabels } from '../../../../../../shared/i18n/report-labels';
import type { ReportTable } from '../../../../../../shared/report-table';
import type { DB } from '../../../../db/schema';
import { aged } from '../aged';
import { auxBalance } from '../aux-balance';
import { auxLedger } from '../aux-ledger';
import { balanceSheet } from '../balance-sheet';
import { incomeStatement } from '../income-statement';
import { journalReport } from '../journal';
import { ledger } from '../ledger';
import { trialBalance } from '../trial-balance';
import { vatReport } from '../vat';
import { agedTable, auxBalanceTable, trialBalanceTable } from './balance-tables';
import { auxLedgerTable, journalTable, ledgerTable } from './ledger-tables';
import { renderTable } from './render-table';
import { balanceSheetTable, incomeStatementTable, vatTable } from './statement-tables';

// A report computed as its route computes it, laid out as a table in the caller's language, and written as
// the file asked for.

type Input = z.output<typeof ReportExportInput>;

export async function reportTable(db: Kysely<DB>, input: Input, company: string): Promise<ReportTable> {
  const { locale } = input;
  switch (input.report) {
    case 'trialBalance':
      return trialBalanceTable(await trialBalance(db, input.params), locale, company);
    case 'ledger':
      return ledgerTable(await ledger(db, input.params), locale, company);
    case 'auxBalance':
      return auxBalanceTable(await auxBalance(db, input.params), locale, company);
    case 'auxLedger':
      return auxLedgerTable(await auxLedger(db, input.params), locale, company);
    case 'aged':
      return agedTable(await aged(db, input.params), locale, company);
    case 'incomeStatement':
      return incomeStatementTable(await incomeStatement(db, input.params), locale, company);
    case 'balanceSheet':
      return balanceSheetTable(await balanceSheet(db, input.params), locale, company);
    case 'vat':
      return vatTable(await vatReport(db, input.params), locale, company);
    case 'journal':
      return journalTable(await journalReport(db, input.params), locale, company);
  }
}

function period(input: Input): string {
  const p = input.params as { from?: string; to?: string; asOf?: string };
  return p.asOf ?? `${p.from}_${p.to}`;
}

export async function exportReport(db: Kysely<DB>, input: Input): Promise<ReportFile> {
  const company = await db.selectFrom('company').select('legal_name').executeTakeFirst();
  const table = await reportTable(db, input, company?.legal_name ?? '');
  const title = reportLabels[input.locale].titles[input.report];
  const file = await renderTable(table, input.format, `${title} ${period(input)}`);
  return {
    fileName: file.fileName,
    mimeType: file.mimeType,
    contentBase64: Buffer.from(file.bytes).toString('base64'),
  };
}
