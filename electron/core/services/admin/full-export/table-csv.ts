import type Database from 'better-sqlite3';
import Papa from 'papaparse';
import type { ZipFileWriter } from './zip-writer';

/** Rows turned into CSV text this many at a time: a large ledger never sits in memory as one string. */
const CHUNK_ROWS = 5_000;

export interface TableExport {
  name: string;
  columns: string[];
  rows: number;
}

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * The company's own tables, read from the schema rather than listed by hand so that a table added later is
 * exported too. SQLite's internal tables and the FTS index's shadow tables are storage, not data.
 */
export function dataTables(sqlite: Database.Database): string[] {
  const list = sqlite.pragma('table_list') as { schema: string; name: string; type: string }[];
  return list
    .filter((t) => t.schema === 'main' && (t.type === 'table' || t.type === 'virtual'))
    .map((t) => t.name)
    .filter((name) => !name.startsWith('sqlite_'))
    .sort();
}

/** Spaces, slashes and the like become underscores: the name must be a safe path inside the archive. */
export function sanitizeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^[._]+/, '')
    .slice(-120);
  return cleaned === '' ? 'file' : cleaned;
}

export const attachmentPath = (id: number | bigint | string, fileName: string): string =>
  `attachments/${id}-${sanitizeFileName(fileName)}`;

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Buffer.isBuffer(value)) return value.toString('base64');
  return String(value);
}

/**
 * One table as RFC 4180 CSV (comma, double quotes, CRLF, plain UTF-8). Integers are read as BigInt so that
 * every stored integer, amounts in cents first, is written digit for digit. The attachment's bytes are not
 * read here: its content column names the file of the archive that holds them.
 */
export function writeTableCsv(sqlite: Database.Database, zip: ZipFileWriter, table: string): TableExport {
  const columns = (sqlite.pragma(`table_info(${quoteIdent(table)})`) as { name: string }[]).map((c) => c.name);
  const isAttachment = table === 'attachment';
  const select = columns
    .map((c) => (isAttachment && c === 'content' ? `null as ${quoteIdent(c)}` : quoteIdent(c)))
    .join(', ');
  const statement = sqlite
    .prepare(`select ${select} from ${quoteIdent(table)}`)
    .raw()
    .safeIntegers();
  const idAt = columns.indexOf('id');
  const nameAt = columns.indexOf('file_name');
  const contentAt = columns.indexOf('content');

  const entry = zip.open(`tables/${table}.csv`);
  entry.push(Buffer.from(Papa.unparse([columns], { newline: '\r\n' }) + '\r\n', 'utf8'));
  let rows = 0;
  let batch: string[][] = [];
  const flush = (): void => {
    if (batch.length === 0) return;
    entry.push(Buffer.from(Papa.unparse(batch, { newline: '\r\n' }) + '\r\n', 'utf8'));
    batch = [];
  };
  for (const raw of statement.iterate()) {
    const values = raw as unknown[];
    const line = values.map(cell);
    if (isAttachment && contentAt >= 0) line[contentAt] = attachmentPath(line[idAt] ?? '', line[nameAt] ?? '');
    batch.push(line);
    rows++;
    if (batch.length >= CHUNK_ROWS) flush();
  }
  flush();
  entry.end();
  return { name: table, columns, rows };
}
