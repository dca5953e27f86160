import { createHash, randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { AppError } from '../../../shared/errors';
import { runCli } from '../../cli/main';
import { startCore } from '../host';
import { customer } from '../testdata/fixtures';
import { openCompany, TEST_SCRYPT } from '../testing';
import { APPLICATION_ID } from './connection';
import { inspectCompanyFile } from './file-check';
import { LATEST_SCHEMA_VERSION } from './migrations';

const PDF = resolve(process.cwd(), '../shared/samples/einvoice/facturx-pdf/other/zugferd_2p0_EN16931_Einfach.pdf');
const dir = mkdtempSync(join(tmpdir(), 'coulisse-file-check-'));
/** A company file written by the core and closed: every case starts from a copy in a folder of its own. */
const pristine = join(dir, 'pristine.coulisse');

beforeAll(async () => {
  const t = await openCompany();
  for (let i = 0; i < 20; i++)
    await t.call('parties.party.create', customer({ name: `Client ${i}`, siren: null, siret: null }));
  await t.core.close();
  copyFileSync(t.dbPath, pristine);
  rmSync(t.dir, { recursive: true, force: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function caseFile(name: string, write: (file: string) => void): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  const file = join(folder, 'company.coulisse');
  write(file);
  return file;
}

/** The file's bytes and its folder's names and sizes: what must not move when a file is refused. */
function footprint(file: string): string {
  const folder = resolve(file, '..');
  const listing = readdirSync(folder)
    .sort()
    .map((n) => `${n}:${statSync(join(folder, n)).size}`);
  return `${createHash('sha256').update(readFileSync(file)).digest('hex')} ${listing.join(',')}`;
}

/** A SQLite file as another program would leave it: rollback journal, its own application id, a table. */
function foreignDb(file: string, applicationId: number): void {
  const db = new Database(file);
  db.pragma(`application_id = ${applicationId}`);
  db.exec("create table notes (id integer primary key, body text); insert into notes (body) values ('hello')");
  db.close();
}

async function verifyCli(file: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.stubEnv('LANG', 'en_US.UTF-8');
  vi.stubEnv('LC_ALL', '');
  vi.stubEnv('LC_MESSAGES', '');
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    return { code: await runCli(['verify', '--db', file]), out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    vi.unstubAllEnvs();
  }
}

const bad: { name: string; write: (file: string) => void; code: string; key: string; line: RegExp }[] = [
  {
    name: 'a PDF',
    // The reference invoice when the samples are beside the project, else the start of a PDF written here.
    write: (f) =>
      existsSync(PDF)
        ? copyFileSync(PDF, f)
        : writeFileSync(f, '%PDF-1.7\n%\xe2\xe3\n1 0 obj\n<<>>\nendobj\n'.repeat(64)),
    code: 'VALIDATION',
    key: 'errors.file.notSqlite',
    line: /not a SQLite database/,
  },
  {
    name: 'random bytes',
    write: (f) => writeFileSync(f, randomBytes(8192)),
    code: 'VALIDATION',
    key: 'errors.file.notSqlite',
    line: /not a SQLite database/,
  },
  {
    name: 'a company file cut in half',
    write: (f) => writeFileSync(f, readFileSync(pristine).subarray(0, Math.floor(statSync(pristine).size / 2))),
    code: 'VALIDATION',
    key: 'errors.file.truncated',
    line: /incomplete/,
  },
  {
    name: 'a company file cut inside its header',
    write: (f) => writeFileSync(f, readFileSync(pristine).subarray(0, 60)),
    code: 'VALIDATION',
    key: 'errors.file.truncated',
    line: /incomplete/,
  },
  {
    name: "another application's database",
    write: (f) => foreignDb(f, 0x12345678),
    code: 'VALIDATION',
    key: 'errors.notCoulisseFile',
    line: /not a Coulisse company file/,
  },
  {
    name: 'a database with tables and no application id',
    write: (f) => foreignDb(f, 0),
    code: 'VALIDATION',
    key: 'errors.notCoulisseFile',
    line: /not a Coulisse company file/,
  },
  {
    name: 'a company file from a newer Coulisse',
    write: (f) => {
      copyFileSync(pristine, f);
      const db = new Database(f);
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
      db.close();
    },
    code: 'SCHEMA_TOO_NEW',
    key: 'errors.schemaTooNew',
    line: /newer Coulisse/,
  },
];

describe('a file that is not a whole Coulisse file is refused before anything writes to it', () => {
  test.each(bad)('$name', async ({ name, write, code, key, line }) => {
    const file = caseFile(name.replace(/[^a-z]+/gi, '-'), write);
    const before = footprint(file);

    expect(() => inspectCompanyFile(file)).toThrow(AppError);
    const opened = startCore({ dbPath: file, appVersion: 'test', passwordParams: TEST_SCRYPT, log: () => {} });
    await expect(opened).rejects.toMatchObject({ code, messageKey: key });
    expect(footprint(file)).toBe(before);

    const r = await verifyCli(file);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(line);
    expect(footprint(file)).toBe(before);
  });
});

describe('what a company file can be', () => {
  test('missing, empty, blank SQLite and a closed company file', () => {
    expect(inspectCompanyFile(join(dir, 'nowhere.coulisse'))).toEqual({ kind: 'missing' });
    const empty = caseFile('empty', (f) => writeFileSync(f, ''));
    expect(inspectCompanyFile(empty)).toEqual({ kind: 'empty' });
    const blank = caseFile('blank', (f) => {
      const db = new Database(f);
      db.pragma('user_version = 0');
      db.exec('vacuum');
      db.close();
    });
    expect(statSync(blank).size).toBeGreaterThan(0);
    expect(inspectCompanyFile(blank)).toEqual({ kind: 'coulisse', schemaVersion: 0 });
    expect(inspectCompanyFile(pristine)).toEqual({ kind: 'coulisse', schemaVersion: LATEST_SCHEMA_VERSION });
  });

  test('a blank SQLite file becomes a company file', async () => {
    const blank = caseFile('blank-opened', (f) => {
      const db = new Database(f);
      db.exec('vacuum');
      db.close();
    });
    const core = await startCore({ dbPath: blank, appVersion: 'test', log: () => {} });
    await core.close();
    const db = new Database(blank, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
  });

  test('a file whose recent pages are still in its WAL is read through the WAL, not judged by its stale header', async () => {
    const t = await openCompany();
    try {
      for (let i = 0; i < 30; i++)
        await t.call('parties.party.create', customer({ name: `Wal ${i}`, siren: null, siret: null }));
      expect(statSync(`${t.dbPath}-wal`).size).toBeGreaterThan(0);
      // The file on disk may be shorter than its pages: the header's count is not the last word here.
      expect(inspectCompanyFile(t.dbPath)).toEqual({ kind: 'coulisse', schemaVersion: LATEST_SCHEMA_VERSION });
    } finally {
      await t.close();
    }
  });
});

test('a file whole in length but damaged inside passes the header check and is caught by coulisse verify', async () => {
  const file = caseFile('damaged-inside', (f) => {
    const bytes = readFileSync(pristine);
    const pageSize = bytes.readUInt16BE(16);
    // The third page onwards holds tables and indexes: scribble over one of them.
    bytes.fill(0xa5, pageSize * 2 + 8, pageSize * 3);
    writeFileSync(f, bytes);
  });
  expect(inspectCompanyFile(file)).toEqual({ kind: 'coulisse', schemaVersion: LATEST_SCHEMA_VERSION });
  // A read-only connection to a WAL file leaves SQLite's -shm and an empty -wal beside it: only the bytes count.
  const before = footprint(file).split(' ')[0];
  const r = await verifyCli(file);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/damaged: /);
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(footprint(file).split(' ')[0]).toBe(before);
});
