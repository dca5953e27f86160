import { closeSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { APPLICATION_ID } from './connection';
import { checkFile } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';

// Opening a file read-write is not harmless: `journal_mode=WAL` is written into the header, and closing the last
// connection checkpoints. So what a file is gets decided from its bytes first, and a file that is not ours is
// left exactly as it was found.

export type CompanyFileState =
  | { kind: 'missing' }
  /** Zero bytes: a company file about to be created. */
  | { kind: 'empty' }
  /** A Coulisse file, or a blank SQLite file Coulisse may make its own (schema version 0). */
  | { kind: 'coulisse'; schemaVersion: number };

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;

export interface SqliteHeader {
  pageSize: number;
  changeCounter: number;
  /** Pages the header claims, or null when an old writer left the field stale ("version-valid-for" differs). */
  pageCount: number | null;
  userVersion: number;
  applicationId: number;
  /** Cells on page 1's b-tree (the schema table's root): 0 means no table, index, view or trigger. */
  schemaCells: number;
  /** Page 1 is an interior page: the schema has many entries. */
  schemaInterior: boolean;
}

export function parseHeader(page1: Buffer): SqliteHeader {
  const raw = page1.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  const changeCounter = page1.readUInt32BE(24);
  const inHeader = page1.readUInt32BE(28);
  const validFor = page1.readUInt32BE(92);
  const pageType = page1.length > HEADER_BYTES ? page1[HEADER_BYTES] : 0x0d;
  return {
    pageSize,
    changeCounter,
    pageCount: validFor === changeCounter && inHeader > 0 ? inHeader : null,
    userVersion: page1.readUInt32BE(60),
    applicationId: page1.readUInt32BE(68),
    schemaCells: page1.length >= HEADER_BYTES + 5 ? page1.readUInt16BE(HEADER_BYTES + 3) : 0,
    schemaInterior: pageType === 0x05,
  };
}

function validPageSize(size: number): boolean {
  return size >= 512 && size <= 65536 && (size & (size - 1)) === 0;
}

function sizeOf(path: string): number | null {
  try {
    return statSync(path).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function readStart(path: string, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(length);
    const n = readSync(fd, buf, 0, length, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/**
 * With committed pages still in the -wal, page 1 on disk may be older than the file's real state. A read-only
 * connection reads through the WAL without writing the database or the WAL itself.
 */
function throughWal(path: string, latest: number, nativeBinding: string | undefined): CompanyFileState {
  let sqlite: Database.Database | null = null;
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    return { kind: 'coulisse', schemaVersion: checkFile(sqlite, latest) };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('VALIDATION', 'errors.file.damaged', { reason: (error as Error).message });
  } finally {
    sqlite?.close();
  }
}

/**
 * Says what a path holds before anything opens it read-write, from the first page's bytes only. Refuses, with a
 * message an office worker can act on, what is not a SQLite file, a file cut short (a copy that stopped half
 * way), another application's database, and a file from a newer Coulisse.
 */
export function inspectCompanyFile(
  path: string,
  latest: number = LATEST_SCHEMA_VERSION,
  /** better-sqlite3's native module for the host's ABI (Electron), needed when the file is read through its WAL. */
  nativeBinding?: string,
): CompanyFileState {
  const size = sizeOf(path);
  if (size === null) return { kind: 'missing' };
  if (size === 0) return { kind: 'empty' };
  const start = readStart(path, Math.min(size, HEADER_BYTES));
  const prefix = MAGIC.subarray(0, Math.min(start.length, MAGIC.length));
  if (!start.subarray(0, prefix.length).equals(prefix)) throw new AppError('VALIDATION', 'errors.file.notSqlite');
  if (size < HEADER_BYTES) throw new AppError('VALIDATION', 'errors.file.truncated', { size, expected: HEADER_BYTES });

  const rawPageSize = start.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (!validPageSize(pageSize)) throw new AppError('VALIDATION', 'errors.file.notSqlite');
  const header = parseHeader(readStart(path, Math.min(size, pageSize)));

  const walSize = sizeOf(`${path}-wal`) ?? 0;
  // The header's page count may lag behind pages the WAL still holds; without a WAL it is the file's length.
  if (walSize === 0) {
    const expected = Math.max(pageSize, (header.pageCount ?? 1) * pageSize);
    if (size < expected || size % pageSize !== 0) {
      throw new AppError('VALIDATION', 'errors.file.truncated', { size, expected });
    }
  } else {
    return throughWal(path, latest, nativeBinding);
  }

  const hasSchema = header.schemaInterior || header.schemaCells > 0;
  if (header.applicationId !== APPLICATION_ID && (header.applicationId !== 0 || hasSchema)) {
    throw new AppError('VALIDATION', 'errors.notCoulisseFile');
  }
  if (header.userVersion > latest) {
    throw new AppError('SCHEMA_TOO_NEW', 'errors.schemaTooNew', {
      fileVersion: header.userVersion,
      appVersion: latest,
    });
  }
  return { kind: 'coulisse', schemaVersion: header.userVersion };
}
