// A report as a table, the one shape every export format (CSV, XLSX, PDF) is written from. Labels are already
// translated; amounts stay integer cents and are formatted by each writer for its locale.

export type ReportCell = string | number | null;

export interface ReportColumn {
  key: string;
  label: string;
  /** 'cents': an integer amount in cents; 'date': YYYY-MM-DD; 'text' and 'number' as they are. */
  kind: 'text' | 'cents' | 'date' | 'number';
  /** Relative width for the PDF (1 by default). */
  width?: number;
}

export interface ReportRow {
  cells: Record<string, ReportCell>;
  /** Section headings and totals are set apart (bold, a rule above). */
  style?: 'section' | 'subtotal' | 'total';
}

export interface ReportTable {
  title: string;
  /** The company's name and the date range, printed under the title. */
  subtitle: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  locale: 'fr' | 'en';
  /** Wide reports print in landscape. */
  landscape?: boolean;
}

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

export interface RenderedFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}
