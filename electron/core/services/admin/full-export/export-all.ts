import type Database from 'better-sqlite3';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../../../shared/errors';
import { schemaVersion } from '../../../db/migrate';
import { writeAttachments } from './attachments';
import { writeFecFiles } from './fec-files';
import { readmeText } from './readme';
import { dataTables, sanitizeFileName, type TableExport, writeTableCsv } from './table-csv';
import { ZipFileWriter } from './zip-writer';

export interface FullExportOptions {
  folder: string;
  appVersion: string;
  now: Date;
}

export interface FullExportResult {
  path: string;
  size: number;
  tables: number;
  rows: number;
  attachments: number;
  fecYears: number;
}

const stamp = (d: Date): string => d.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');

/**
 * Everything the company file holds, as files any software can read: a zip written next to its final name
 * and renamed once complete, so a half-written archive never passes for an export. All reads happen in one
 * transaction (the caller's, or one opened here), so the CSVs, the FECs and the manifest describe one state.
 */
export function exportAll(sqlite: Database.Database, options: FullExportOptions): FullExportResult {
  const company = sqlite.prepare('select legal_name, siren from company limit 1').get() as
    { legal_name: string; siren: string } | undefined;
  if (company === undefined) throw new AppError('NOT_FOUND', 'errors.noCompany');
  mkdirSync(options.folder, { recursive: true });
  const fileName = `${sanitizeFileName(company.legal_name)}-export-${stamp(options.now)}.zip`;
  const path = join(options.folder, fileName);
  const partial = `${path}.partial`;
  const zip = new ZipFileWriter(partial, options.now);
  try {
    const read = () => writeContents(sqlite, zip, company, options);
    const counts = sqlite.inTransaction ? read() : sqlite.transaction(read).deferred();
    const size = zip.finish();
    renameSync(partial, path);
    return { path, size, ...counts };
  } catch (error) {
    zip.abort();
    rmSync(partial, { force: true });
    throw error;
  }
}

function writeContents(
  sqlite: Database.Database,
  zip: ZipFileWriter,
  company: { legal_name: string; siren: string },
  options: FullExportOptions,
): Omit<FullExportResult, 'path' | 'size'> {
  const exportedAt = options.now.toISOString();
  const version = schemaVersion(sqlite);
  zip.add(
    'README.txt',
    Buffer.from(
      readmeText({
        companyName: company.legal_name,
        siren: company.siren,
        appVersion: options.appVersion,
        schemaVersion: version,
        exportedAt,
      }),
      'utf8',
    ),
  );
  const tables: TableExport[] = dataTables(sqlite).map((table) => writeTableCsv(sqlite, zip, table));
  const fec = writeFecFiles(sqlite, zip);
  const attachments = writeAttachments(sqlite, zip);
  const manifest = {
    format: 'coulisse-full-export',
    formatVersion: 1,
    appVersion: options.appVersion,
    schemaVersion: version,
    exportedAt,
    company: { name: company.legal_name, siren: company.siren },
    tables: tables.map((t) => ({ name: t.name, file: `tables/${t.name}.csv`, rows: t.rows, columns: t.columns })),
    fec,
    files: [...zip.entries],
  };
  zip.add('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
  return {
    tables: tables.length,
    rows: tables.reduce((sum, t) => sum + t.rows, 0),
    attachments,
    fecYears: fec.length,
  };
}
