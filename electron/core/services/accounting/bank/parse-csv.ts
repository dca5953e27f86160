import Papa from 'papaparse';
import type { CsvMapping } from '../../../../../shared/contract/accounting-bank';
import { parseBankAmount, parseBankDate } from './bank-values';
import { badFile, periodOf, type ParsedLine, type ParsedStatement } from './statement-file';

// Bank CSV exports: every bank has its own columns, preamble and number format, so the clerk maps them once per
// account and the mapping is remembered.

export function decodeText(bytes: Uint8Array, encoding: 'utf-8' | 'windows-1252'): string {
  const text = new TextDecoder(encoding).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export interface CsvTable {
  header: string[];
  rows: string[][];
  /** The file line of each row. */
  rowLines: number[];
}

/** The cells after the preamble, the header split off when there is one. Blank rows are dropped. */
export function readCsvTable(
  bytes: Uint8Array,
  m: Pick<CsvMapping, 'delimiter' | 'encoding' | 'skipLines' | 'hasHeader'>,
): CsvTable {
  const all = decodeText(bytes, m.encoding).split(/\r\n|\n|\r/);
  const body = all.slice(m.skipLines).join('\n');
  const parsed = Papa.parse<string[]>(body, { delimiter: m.delimiter, skipEmptyLines: false });
  const rows: string[][] = [];
  const rowLines: number[] = [];
  let header: string[] = [];
  parsed.data.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    if (m.hasHeader && header.length === 0 && rows.length === 0) {
      header = cells.map((c) => c.trim());
      return;
    }
    rows.push(cells.map((c) => c.trim()));
    rowLines.push(m.skipLines + i + 1);
  });
  return { header, rows, rowLines };
}

function cell(row: string[], column: number | null, line: number, required: boolean): string {
  if (column === null) return '';
  const value = row[column];
  if (value === undefined && required) throw badFile('errors.bankFileColumn', line, String(column + 1));
  return value ?? '';
}

function amountOf(row: string[], m: CsvMapping, line: number): number {
  const read = (column: number | null, required: boolean) => {
    const text = cell(row, column, line, required);
    if (text === '') return 0;
    const cents = parseBankAmount(text, m.decimal);
    if (cents === null) throw badFile('errors.bankFileAmount', line, text);
    return cents;
  };
  if (m.amountColumn !== null) {
    if (cell(row, m.amountColumn, line, true) === '') throw badFile('errors.bankFileAmount', line, '');
    return read(m.amountColumn, true);
  }
  // Banks print debits either signed or as positive figures in their own column.
  const debit = Math.abs(read(m.debitColumn, false));
  const credit = Math.abs(read(m.creditColumn, false));
  return credit - debit;
}

export function parseCsvStatement(bytes: Uint8Array, m: CsvMapping): ParsedStatement {
  const table = readCsvTable(bytes, m);
  const lines: ParsedLine[] = table.rows.map((row, i) => {
    const fileLine = table.rowLines[i]!;
    const dateText = cell(row, m.dateColumn, fileLine, true);
    const date = parseBankDate(dateText, m.dateFormat);
    if (date === null) throw badFile('errors.bankFileDate', fileLine, dateText);
    const valueText = cell(row, m.valueDateColumn, fileLine, false);
    const valueDate = valueText ? parseBankDate(valueText, m.dateFormat) : null;
    const label = cell(row, m.labelColumn, fileLine, true).replace(/\s+/g, ' ');
    const reference = cell(row, m.referenceColumn, fileLine, false) || null;
    return { date, valueDate, label, reference, amount: amountOf(row, m, fileLine), fileLine };
  });
  if (lines.length === 0) throw badFile('errors.bankFileEmpty', null);
  const { from, to } = periodOf(lines);
  return { format: 'csv', lines, openingBalance: null, closingBalance: null, periodFrom: from, periodTo: to };
}
