import writeXlsxFile, { type Cell, type CellObject, type Row } from 'write-excel-file/node';
import { centsToDecimal } from '../../../../../../shared/domain/money';
import type { ReportCell, ReportColumn, ReportRow, ReportTable } from '../../../../../../shared/report-table';
import { cellForPrint, isoToUtcDate } from './cell-text';

// Excel stores the format code in its own neutral syntax and shows it with the reader's separators, so one
// code serves both locales.
const AMOUNT_FORMAT = '#,##0.00';
const DATE_FORMAT = { fr: 'dd/mm/yyyy', en: 'yyyy-mm-dd' } as const;
/** Rows above the header: title, subtitle, a blank line. */
const HEAD_ROWS = 3;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

function dataCell(cell: ReportCell, column: ReportColumn, table: ReportTable): CellObject {
  if (cell === null || cell === undefined) return {};
  if (typeof cell === 'number') {
    // The decimal text read back as a number: the nearest double to the exact amount, with no arithmetic on it.
    if (column.kind === 'cents') return { value: Number(centsToDecimal(cell)), type: Number, format: AMOUNT_FORMAT };
    return { value: cell, type: Number };
  }
  if (column.kind === 'date') {
    const date = isoToUtcDate(cell);
    if (date) return { value: date, type: Date, format: DATE_FORMAT[table.locale] };
  }
  return { value: cell, type: String };
}

function styled(cell: CellObject, column: ReportColumn, style: ReportRow['style']): CellObject {
  const out: CellObject = { ...cell };
  if (column.kind === 'cents' || column.kind === 'number') out.align = 'right';
  if (style) out.fontWeight = 'bold';
  if (style === 'subtotal' || style === 'total') out.topBorderStyle = 'thin';
  if (style === 'total') out.bottomBorderStyle = 'double';
  return out;
}

/** Sheet names are at most 31 characters and exclude []:*?/\ . */
function sheetName(title: string): string {
  const name = title
    .replace(/[[\]:*?/\\]+/g, ' ')
    .trim()
    .slice(0, 31)
    .trim();
  return name || 'Export';
}

/** Widths in characters, from the longest printed value of each column. */
function columnWidths(table: ReportTable): { width: number }[] {
  return table.columns.map((column) => {
    let longest = column.label.length;
    for (const row of table.rows) {
      const text = cellForPrint(row.cells[column.key] ?? null, column, table.locale);
      if (text.length > longest) longest = text.length;
    }
    return { width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2)) };
  });
}

/**
 * The table as an XLSX workbook of one sheet: title and subtitle above a bold header row, amounts as numbers
 * with two decimals, dates as real dates, sections and totals in bold.
 */
export async function writeXlsx(table: ReportTable): Promise<Uint8Array> {
  const blank: Cell[] = table.columns.map(() => null);
  const titleRow: Row = [{ value: table.title, type: String, fontWeight: 'bold', fontSize: 14 }, ...blank.slice(1)];
  const subtitleRow: Row = [{ value: table.subtitle, type: String }, ...blank.slice(1)];
  const header: Row = table.columns.map((column) => ({
    value: column.label,
    type: String,
    fontWeight: 'bold',
    bottomBorderStyle: 'thin',
    align: column.kind === 'cents' || column.kind === 'number' ? 'right' : undefined,
  }));
  const body: Row[] = table.rows.map((row) =>
    table.columns.map((column) => styled(dataCell(row.cells[column.key] ?? null, column, table), column, row.style)),
  );
  const buffer = await writeXlsxFile([titleRow, subtitleRow, blank, header, ...body], {
    sheet: sheetName(table.title),
    columns: columnWidths(table),
    stickyRowsCount: HEAD_ROWS + 1,
    ...(table.landscape ? { orientation: 'landscape' as const } : {}),
  }).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
