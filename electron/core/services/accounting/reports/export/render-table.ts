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
  // eslint-disable-next-line no-control-regex
  const cleaned = baseName
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '-')
    .replace(/[. ]+$/, '')
    .trim();
  return cleaned.slice(0, 120) || 'export';
}

/** One report table written as a CSV, XLSX or PDF file. */
export async function renderTable(table: ReportTable, format: ExportFormat, baseName: string): Promise<RenderedFile> {
  const bytes = format === 'csv' ? writeCsv(table) : format === 'xlsx' ? await writeXlsx(table) : await writePdf(table);
  return { fileName: `${safeFileBase(baseName)}.${format}`, mimeType: MIME_TYPES[format], bytes };
}
