import type { ExportFormat, RenderedFile, ReportTable } from '../../../../../../shared/report-table';
import { writeCsv } from './csv';
import { writePdf } from './pdf';
import { writeXlsx } from './xlsx';

const MIME_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** A name every file system accepts: no separators, reserved or control characters, no trailing dot. */
export function safeFileBase(baseName: string): string {
  const cleaned = baseName
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '-')
    .replace(/[. ]+$/, '')
    .trim();
  return cleaned.slice(0, 120) || 'export';
}

/** Amounts reach the writers as whole cents: anything else is a fault upstream, never a figure to print. */
function checkAmounts(table: ReportTable): void {
  const amounts = table.columns.filter((c) => c.kind === 'cents' || c.kind === 'number');
  for (const row of table.rows) {
    for (const column of amounts) {
      const value = row.cells[column.key];
      if (typeof value !== 'number') continue;
      if (column.kind === 'cents' ? !Number.isSafeInteger(value) : !Number.isFinite(value)) {
        throw new Error(`Report column ${column.key}: ${value} is not a whole number of cents`);
      }
    }
  }
}

/** One report table written as a CSV, XLSX or PDF file. */
export async function renderTable(table: ReportTable, format: ExportFormat, baseName: string): Promise<RenderedFile> {
  checkAmounts(table);
  const bytes = format === 'csv' ? writeCsv(table) : format === 'xlsx' ? await writeXlsx(table) : await writePdf(table);
  return { fileName: `${safeFileBase(baseName)}.${format}`, mimeType: MIME_TYPES[format], bytes };
}
