import type Database from 'better-sqlite3';
import { exportFec } from '../../accounting/fec/export-fec';
import type { ZipFileWriter } from './zip-writer';

/**
 * The FEC of every fiscal year with validated entries, exactly as the FEC export route gives it (tab separated,
 * UTF-8): the file the tax administration asks for must not differ depending on where it was taken from.
 */
export function writeFecFiles(sqlite: Database.Database, zip: ZipFileWriter): string[] {
  const years = sqlite
    .prepare(
      `select id from fiscal_year y
       where exists (select 1 from entry e join entry_seal s on s.entry_id = e.id where e.fiscal_year_id = y.id)
       order by start_date`,
    )
    .pluck()
    .all() as number[];
  return years.map((fiscalYearId) => {
    const file = exportFec(sqlite, { fiscalYearId, separator: 'tab', encoding: 'utf-8' });
    zip.add(`fec/${file.fileName}`, file.bytes);
    return file.fileName;
  });
}
