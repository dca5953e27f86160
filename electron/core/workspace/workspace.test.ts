import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { WorkspaceStatus } from '../../../shared/contract/workspace';
import { ADMIN, COMPANY } from '../testdata/fixtures';
import { MAX_RECENT, RECENT_FILE } from './recent-files';
import { openTestWorkspace, type TestWorkspace } from './workspace-testing';

let t: TestWorkspace;
afterEach(async () => {
  await t?.close();
});

function folderDigest(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  return hash.digest('hex');
}

async function createCompany(path: string): Promise<WorkspaceStatus> {
  const status = await t.ok<WorkspaceStatus>('workspace.dossier.create', { path });
  await t.ok('admin.company.create', { company: COMPANY, admin: ADMIN });
  return status;
}

describe('workspace', () => {
  test('starts with no dossier: core routes answer errors.noDossier, the status lists nothing', async () => {
    t = await openTestWorkspace();
    const status = await t.ok<WorkspaceStatus>('workspace.status', {});
    expect(status).toEqual({
      dossier: null,
      recent: [],
      defaultFolder: join(t.userDataDir, 'companies'),
      nativeDialogs: false,
    });
    expect(await t.fail('admin.company.get', {})).toEqual({ code: 'NOT_FOUND', messageKey: 'errors.noDossier' });
  });

  test('create makes a new file, then the company name follows admin.company.create into the recent list', async () => {
    t = await openTestWorkspace();
    const path = join(t.dir, 'files', 'riviere.coulisse');
    const created = await t.ok<WorkspaceStatus>('workspace.dossier.create', { path });
    expect(created.dossier).toMatchObject({ path, name: null });
    expect(existsSync(path)).toBe(true);
    expect(await t.ok('admin.company.get', {})).toBeNull();
    await t.ok('admin.company.create', { company: COMPANY, admin: ADMIN });
    const status = await t.ok<WorkspaceStatus>('workspace.status', {});
    expect(status.dossier).toMatchObject({ path, name: COMPANY.legalName });
    expect(status.recent).toEqual([expect.objectContaining({ path, name: COMPANY.legalName, exists: true })]);
    const saved = JSON.parse(readFileSync(join(t.userDataDir, RECENT_FILE), 'utf8')) as unknown[];
    expect(saved).toEqual([expect.objectContaining({ path, name: COMPANY.legalName })]);
    expect(t.events.at(-1)).toEqual(status);
  });

  test('create refuses an existing file and leaves it alone', async () => {
    t = await openTestWorkspace();
    const path = join(t.dir, 'notes.txt');
    writeFileSync(path, 'not a company');
    expect(await t.fail('workspace.dossier.create', { path })).toEqual({
      code: 'CONFLICT',
      messageKey: 'errors.file.exists',
    });
    expect(readFileSync(path, 'utf8')).toBe('not a company');
  });

  test('open on a missing path is NOT_FOUND and creates nothing; the open dossier stays open', async () => {
    t = await openTestWorkspace();
    const first = join(t.dir, 'first.coulisse');
    await createCompany(first);
    const missing = join(t.dir, 'nowhere', 'missing.coulisse');
    expect(await t.fail('workspace.dossier.open', { path: missing })).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.file.missing',
      details: { path: missing },
    });
    expect(existsSync(join(t.dir, 'nowhere'))).toBe(false);
    expect((await t.ok<WorkspaceStatus>('workspace.status', {})).dossier?.path).toBe(first);
  });

  test('close, then reopen from the recent list: the data is there and events say each change', async () => {
    t = await openTestWorkspace();
    const path = join(t.dir, 'riviere.coulisse');
    await createCompany(path);
    const closed = await t.ok<WorkspaceStatus>('workspace.dossier.close', {});
    expect(closed.dossier).toBeNull();
    expect(closed.recent.map((r) => r.path)).toEqual([path]);
    expect(t.events.at(-1)).toEqual(closed);
    const reopened = await t.ok<WorkspaceStatus>('workspace.dossier.open', { path });
    expect(reopened.dossier).toMatchObject({ path, name: COMPANY.legalName });
    expect(await t.ok('admin.company.get', {})).toMatchObject({ legalName: COMPANY.legalName });
    expect(t.events.at(-1)).toEqual(reopened);
  });

  test('a file that is not a company file is refused, leaves nothing open and is unchanged on disk', async () => {
    t = await openTestWorkspace();
    await createCompany(join(t.dir, 'good.coulisse'));
    const bad = join(t.dir, 'bad', 'random.coulisse');
    await t.ok('workspace.dossier.close', {});
    const badDir = join(t.dir, 'bad');
    mkdirSync(badDir);
    writeFileSync(bad, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 251)));
    const before = folderDigest(badDir);
    await t.ok('workspace.dossier.open', { path: join(t.dir, 'good.coulisse') });
    const error = await t.fail('workspace.dossier.open', { path: bad });
    expect(error.messageKey).toBe('errors.file.notSqlite');
    expect(error.details).toEqual({ previousClosed: true });
    expect(folderDigest(badDir)).toBe(before);
    const status = await t.ok<WorkspaceStatus>('workspace.status', {});
    expect(status.dossier).toBeNull();
    expect(status.recent.map((r) => r.path)).not.toContain(bad);
    expect(t.events.at(-1)).toEqual(status);
    expect(await t.fail('admin.company.get', {})).toMatchObject({ messageKey: 'errors.noDossier' });
  });

  test('a file open in another Coulisse is refused as in use, and opens once that one closes it', async () => {
    t = await openTestWorkspace();
    const path = join(t.dir, 'shared.coulisse');
    await createCompany(path);
    const other = await openTestWorkspace();
    try {
      const error = await other.fail('workspace.dossier.open', { path });
      expect(error).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.file.inUse' });
      expect((await other.ok<WorkspaceStatus>('workspace.status', {})).dossier).toBeNull();
      await t.ok('workspace.dossier.close', {});
      const opened = await other.ok<WorkspaceStatus>('workspace.dossier.open', { path });
      expect(opened.dossier).toMatchObject({ path, name: COMPANY.legalName });
    } finally {
      await other.close();
    }
  });

  test('the recent list keeps the ten most recent, marks missing files and forgets on demand', async () => {
    t = await openTestWorkspace();
    const paths = Array.from({ length: MAX_RECENT + 2 }, (_, i) => join(t.dir, `c${i}.coulisse`));
    for (const path of paths) await t.ok('workspace.dossier.create', { path });
    await t.ok('workspace.dossier.close', {});
    let status = await t.ok<WorkspaceStatus>('workspace.status', {});
    expect(status.recent.map((r) => r.path)).toEqual(paths.slice(2).reverse());
    const gone = paths[5]!;
    rmSync(gone);
    status = await t.ok<WorkspaceStatus>('workspace.status', {});
    expect(status.recent.find((r) => r.path === gone)?.exists).toBe(false);
    status = await t.ok<WorkspaceStatus>('workspace.recent.forget', { path: gone });
    expect(status.recent.map((r) => r.path)).not.toContain(gone);
    expect(status.recent).toHaveLength(MAX_RECENT - 1);
  });

  test('the recent list survives a restart; a damaged list is read as empty', async () => {
    t = await openTestWorkspace();
    const path = join(t.dir, 'kept.coulisse');
    await createCompany(path);
    const userDataDir = t.userDataDir;
    await t.ws.close();
    const again = await openTestWorkspace({ userDataDir });
    try {
      const status = await again.ok<WorkspaceStatus>('workspace.status', {});
      expect(status.recent).toEqual([expect.objectContaining({ path, name: COMPANY.legalName, exists: true })]);
    } finally {
      await again.close();
    }
    writeFileSync(join(userDataDir, RECENT_FILE), '{ not json');
    const damaged = await openTestWorkspace({ userDataDir });
    try {
      expect((await damaged.ok<WorkspaceStatus>('workspace.status', {})).recent).toEqual([]);
    } finally {
      await damaged.close();
    }
  });

  test('inputs are checked with the contract; shell.* routes say native dialogs are unavailable', async () => {
    t = await openTestWorkspace();
    expect(await t.fail('workspace.dossier.open', { path: '  ' })).toMatchObject({ code: 'VALIDATION' });
    expect(await t.fail('workspace.dossier.create', { path: 'x.coulisse', extra: 1 })).toMatchObject({
      code: 'VALIDATION',
    });
    for (const route of ['shell.dialog.pickFolder', 'shell.dialog.openFile', 'shell.dialog.saveFile']) {
      expect(await t.fail(route, {})).toEqual({ code: 'NOT_FOUND', messageKey: 'errors.nativeDialogsUnavailable' });
    }
  });

  test('a dbPath given at start is open (created when missing) before the first call', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coulisse-ws-db-'));
    try {
      const dbPath = join(dir, 'from-command-line.coulisse');
      t = await openTestWorkspace({ dbPath });
      expect((await t.ok<WorkspaceStatus>('workspace.status', {})).dossier).toMatchObject({ path: dbPath, name: null });
      expect(existsSync(dbPath)).toBe(true);
      await t.ws.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
