import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FullExportResult } from '../../../../../shared/contract/admin-export';
import { customer, ADMIN } from '../../../testdata/fixtures';
import { openTestCore, type TestCore } from '../../../testing';

const SAMPLES = join(process.cwd(), '../shared/samples/einvoice');
const XML_SAMPLE = join(SAMPLES, 'cii/CII_example1.xml');
const PDF_SAMPLE = join(SAMPLES, 'facturx-pdf/other/zugferd_2p0_EN16931_Einfach.pdf');
const UNZIP = '/usr/bin/unzip';
// Everything a CSV writer can get wrong in one value.
const TRICKY = 'Dupont "le grand", père & fils\r\nsecond line; été — ünïcode 🎉🇫🇷 =1+1';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let t: TestCore;
let result: FullExportResult;
let files: Record<string, Uint8Array>;
let sqlite: Database.Database;
/** Rows of each table just before the export: what its snapshot must hold. */
const countsBefore = new Map<string, number>();

beforeAll(async () => {
  t = await openTestCore({ now: () => new Date('2026-06-30T09:15:00Z') });
  await t.call('admin.company.createDemo', { seed: 3, admin: ADMIN }, null);
  t.token = (await t.call('system.auth.login', { login: ADMIN.login, password: ADMIN.password }, null)).sessionToken;
  await t.call('parties.party.create', customer({ name: TRICKY, siren: null, siret: null }));
  for (const [path, fileName] of [
    [XML_SAMPLE, 'Facture reçue "n°1", été.xml'],
    [PDF_SAMPLE, '../../etc/passwd .pdf'],
  ] as const) {
    await t.call('accounting.bill.import', { fileName, contentBase64: readFileSync(path).toString('base64') });
  }
  sqlite = new Database(t.dbPath, { readonly: true });
  for (const { name } of sqlite.prepare("select name from sqlite_schema where type = 'table'").all() as {
    name: string;
  }[]) {
    countsBefore.set(name, (sqlite.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n);
  }
  result = await t.call('admin.export.all', {});
  files = unzipSync(readFileSync(result.path));
}, 180_000);

afterAll(async () => {
  sqlite?.close();
  await t?.close();
});

const csv = (table: string) =>
  Papa.parse<string[]>(strFromU8(files[`tables/${table}.csv`]!), {
    delimiter: ',',
    newline: '\r\n',
    skipEmptyLines: false,
  });

describe('admin.export.all', () => {
  test('writes the zip in the exports folder beside the company file, and says what it holds', () => {
    expect(dirname(result.path)).toBe(join(t.dir, 'exports'));
    expect(result.path).toMatch(/-export-20260630-091500\.zip$/);
    expect(result.size).toBe(statSync(result.path).size);
    expect(existsSync(`${result.path}.partial`)).toBe(false);
    expect(result.attachments).toBe(2);
    expect(result.fecYears).toBeGreaterThan(0);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['README.txt', 'manifest.json']));
    const readme = strFromU8(files['README.txt']!);
    expect(readme).toContain('Export complet des données');
    expect(readme).toContain('Full data export');
    expect(readme).toContain('2026-06-30T09:15:00.000Z');
  });

  test('passes unzip -t', (ctx) => {
    if (!existsSync(UNZIP)) {
      console.warn(`skipped: ${UNZIP} is not installed`);
      ctx.skip();
    }
    const run = spawnSync(UNZIP, ['-t', result.path], { encoding: 'utf8' });
    expect(run.stdout).toContain('No errors detected');
    expect(run.status).toBe(0);
  });

  test('has one CSV per table of the file, FTS shadow tables left out, each with count(*) rows', () => {
    const virtual = (
      sqlite.prepare("select name from sqlite_schema where type = 'table' and sql like 'create virtual%'").all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    const shadow = (name: string) =>
      virtual.some((v) => ['data', 'idx', 'content', 'docsize', 'config'].some((s) => name === `${v}_${s}`));
    const expected = (
      sqlite.prepare("select name from sqlite_schema where type = 'table' and name not like 'sqlite_%'").all() as {
        name: string;
      }[]
    )
      .map((r) => r.name)
      .filter((n) => !shadow(n))
      .sort();
    expect(expected).toEqual(expect.arrayContaining(['journal', 'entry_line', 'attachment', 'search_fts']));
    const exported = Object.keys(files)
      .filter((f) => f.startsWith('tables/'))
      .map((f) => f.slice('tables/'.length, -'.csv'.length))
      .sort();
    expect(exported).toEqual(expected);
    expect(result.tables).toBe(expected.length);

    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
      tables: { name: string; rows: number }[];
      files: { path: string; size: number; sha256: string }[];
    };
    let total = 0;
    for (const table of expected) {
      const count = countsBefore.get(table);
      const parsed = csv(table);
      expect(parsed.errors, table).toEqual([]);
      // The header, the rows, and the empty string after the last CRLF.
      expect(parsed.data.length - 2, table).toBe(count);
      expect(manifest.tables.find((m) => m.name === table)?.rows, table).toBe(count);
      total += count ?? Number.NaN;
    }
    expect(result.rows).toBe(total);
    // The export's own audit row comes after its snapshot.
    const audits = (sqlite.prepare('select count(*) as n from audit_log').get() as { n: number }).n;
    expect(audits).toBe(countsBefore.get('audit_log')! + 1);
    expect(total).toBeGreaterThan(1000);
    for (const f of manifest.files) {
      expect(sha256(files[f.path]!), f.path).toBe(f.sha256);
      expect(files[f.path]!.length, f.path).toBe(f.size);
    }
    expect(manifest.files.map((f) => f.path).sort()).toEqual(
      Object.keys(files)
        .filter((f) => f !== 'manifest.json')
        .sort(),
    );
  });

  test('keeps amounts as integer cents and tricky text exactly', () => {
    const lines = csv('entry_line').data;
    const debit = lines[0]!.indexOf('debit');
    const sum = (sqlite.prepare('select sum(debit) as s from entry_line').get() as { s: number }).s;
    const written = lines.slice(1, -1).map((r) => r[debit]!);
    expect(written.filter((v) => !/^\d+$/.test(v))).toEqual([]);
    expect(written.reduce((s, v) => s + Number(v), 0)).toBe(sum);

    const parties = csv('party').data;
    const name = parties[0]!.indexOf('name');
    expect(parties.some((r) => r[name] === TRICKY)).toBe(true);
  });

  test('holds one FEC per fiscal year with entries, identical to accounting.fec.export', async () => {
    const years = await t.call('accounting.year.list', {});
    const fecFiles = Object.keys(files).filter((f) => f.startsWith('fec/'));
    expect(fecFiles).toHaveLength(result.fecYears);
    let compared = 0;
    for (const year of years) {
      const fec = await t.call('accounting.fec.export', { fiscalYearId: year.id });
      if (fec.entries === 0) {
        expect(files[`fec/${fec.fileName}`]).toBeUndefined();
        continue;
      }
      expect(fec.fileName).toMatch(/^\d{9}FEC\d{8}\.txt$/);
      expect(Buffer.from(files[`fec/${fec.fileName}`]!).equals(Buffer.from(fec.contentBase64, 'base64'))).toBe(true);
      compared++;
    }
    expect(compared).toBe(fecFiles.length);
  });

  test('holds every attachment byte for byte, under the name its CSV row gives', () => {
    const rows = sqlite.prepare('select id, sha256, content from attachment order by id').all() as {
      id: number;
      sha256: string;
      content: Buffer;
    }[];
    expect(rows).toHaveLength(2);
    const table = csv('attachment').data;
    const [id, content] = [table[0]!.indexOf('id'), table[0]!.indexOf('content')];
    for (const row of rows) {
      const ref = table.find((r) => r[id] === String(row.id))![content]!;
      expect(ref).toMatch(new RegExp(`^attachments/${row.id}-[^/]+$`));
      expect(ref).not.toContain('..');
      expect(sha256(files[ref]!)).toBe(row.sha256);
      expect(Buffer.from(files[ref]!).equals(row.content)).toBe(true);
    }
    expect(readFileSync(PDF_SAMPLE).equals(Buffer.from(files[table.at(-2)![content]!]!))).toBe(true);
  });

  test('is audited, and refused to a user without admin.admin', async () => {
    const audit = await t.call('admin.audit.list', { route: 'admin.export.all' });
    expect(audit.rows[0]?.entityType).toBe('export');
    const accountant = await t.signInAs('comptable');
    expect((await t.fail('admin.export.all', {}, accountant)).code).toBe('FORBIDDEN');
    expect((await t.fail('admin.export.download', { path: result.path }, accountant)).code).toBe('FORBIDDEN');
    expect((await t.fail('admin.export.all', { folder: 'relative/dir' })).messageKey).toBe(
      'errors.exportFolderNotAbsolute',
    );
  });
});

describe('admin.export.download', () => {
  test('gives back an archive of the exports folder', async () => {
    const file = await t.call('admin.export.download', { path: result.path });
    expect(file.fileName).toBe(result.path.split('/').at(-1));
    expect(Buffer.from(file.base64, 'base64').equals(readFileSync(result.path))).toBe(true);
  });

  test('refuses any other file, even through a link, with a translated error', async () => {
    const elsewhere = await t.call('admin.export.all', { folder: join(t.dir, 'elsewhere') });
    const link = join(t.dir, 'exports', 'link.zip');
    symlinkSync(t.dbPath, link);
    for (const path of [t.dbPath, elsewhere.path, link, join(t.dir, 'exports', '..', 'company.coulisse'), 'x.zip']) {
      const error = await t.fail('admin.export.download', { path });
      expect(error, path).toMatchObject({ code: 'FORBIDDEN', messageKey: 'errors.exportOutsideFolder' });
    }
  });

  test('refuses an archive beyond the size cap', async () => {
    const big = join(t.dir, 'exports', 'big.zip');
    mkdirSync(dirname(big), { recursive: true });
    writeFileSync(big, '');
    // A sparse file: the cap is checked on the size, without writing 200 MB.
    const fd = (await import('node:fs')).openSync(big, 'r+');
    (await import('node:fs')).ftruncateSync(fd, 201 * 1024 * 1024);
    (await import('node:fs')).closeSync(fd);
    expect(await t.fail('admin.export.download', { path: big })).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'errors.exportTooLarge',
    });
  });
});
