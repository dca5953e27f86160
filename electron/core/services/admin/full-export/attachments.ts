import type Database from 'better-sqlite3';
import { attachmentPath } from './table-csv';
import type { ZipFileWriter } from './zip-writer';

// Formats that are compressed already: deflating them again costs time and saves nothing.
const STORED = /^(application\/(pdf|zip|gzip)|image\/(jpeg|png|gif|webp)|video\/|audio\/)/;

/** Every attached file, one row at a time, under the name its CSV row points to. */
export function writeAttachments(sqlite: Database.Database, zip: ZipFileWriter): number {
  const rows = sqlite.prepare('select id, file_name, mime_type, content from attachment order by id').raw();
  let count = 0;
  for (const raw of rows.iterate()) {
    const [id, fileName, mimeType, content] = raw as [number, string, string, Buffer];
    zip.add(attachmentPath(id, fileName), content, STORED.test(mimeType));
    count++;
  }
  return count;
}
