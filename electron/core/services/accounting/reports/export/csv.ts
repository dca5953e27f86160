import Papa from 'papaparse';
import type { ReportTable } from '../../../../../../shared/report-table';
import { cellForFile } from './cell-text';

// A spreadsheet runs a cell starting with one of these as a formula: text columns (labels typed by users) get a
// leading apostrophe so they open as text. Amount and number columns never start that way except for a minus
// sign, which must stay a number.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The table as CSV: a header row then the data rows, no title. French spreadsheets expect semicolons and a
 * decimal comma; both locales get a byte-order mark, without which Excel reads UTF-8 as a legacy code page.
 */
export function writeCsv(table: ReportTable): Uint8Array {
  const fields = table.columns.map((c) => c.label);
  const data = table.rows.map((row) =>
    table.columns.map((column) => {
      const text = cellForFile(row.cells[column.key] ?? null, column, table.locale);
      return column.kind === 'text' && FORMULA_START.test(text) ? `'${text}` : text;
    }),
  );
  const csv = Papa.unparse(
    { fields, data },
    { delimiter: table.locale === 'fr' ? ';' : ',', newline: '\r\n', quotes: false },
  );
  return new TextEncoder().encode(`\ufeff${csv}\r\n`);
}
