import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { WorkspaceStatus } from '../../../shared/contract/workspace';
import { createBackup } from '../db/backup';
import { kyselyFor, openSqlite } from '../db/connection';
import { startCore } from '../host';
import { presetRoleId } from '../services/admin/user-store';
import { TEST_SCRYPT } from '../testing';
import { ADMIN, COMPANY, customer } from '../testdata/fixtures';
import { openTestWorkspace, type TestWorkspace } from './workspace-testing';

let t: TestWorkspace;
afterEach(async () => {
  await t?.close();
});

interface Restored {
  status: WorkspaceStatus;
  safetyCopyPath: string | null;
}

async function signIn(login = ADMIN.login, password = ADMIN.password): Promise<string> {
  return (await t.ok<{ sessionToken: string }>('system.auth.login', { login, password })).sessionToken;
}

async function partyNames(token: string): Promise<string[]> {
  const page = await t.ok<{ rows: { name: string }[] }>('parties.party.list', {}, token);
  return page.rows.map((r) => r.name).sort();
}

/** A company with one customer, backed up, then a second customer added after the backup. */
async function companyWithBackup(): Promise<{ dbPath: string; backupPath: string; token: string }> {
  const dbPath = join(t.dir, 'riviere.coulisse');
  await t.ok('workspace.dossier.create', { path: dbPath });
  await t.ok('admin.company.create', { company: COMPANY, admin: ADMIN });
  const token = await signIn();
  await t.ok('parties.party.create', customer({ name: 'Avant la sauvegarde' }), token);
  const sqlite = openSqlite(dbPath);
  let backupPath: string;
  try {
    backupPath = (await createBackup(sqlite, { outDir: t.dir, appVersion: 'test', sourcePath: dbPath })).path;
  } finally {
    sqlite.close();
  }
  await t.ok('parties.party.create', customer({ name: 'Après la sauvegarde', siren: null, siret: null }), token);
  return { dbPath, backupPath, token };
}

function companyFiles(): string[] {
  return (
    readdirSync(t.dir)
      .filter((name) => !name.endsWith('.coulisse-backup') && name !== 'user-data' && !name.startsWith('.snapshot-'))
      // The open file's side files: SQLite's WAL, and the lock that keeps another Coulisse out.
      .filter((name) => !name.endsWith('-wal') && !name.endsWith('-shm') && !name.endsWith('.lock'))
      .sort()
  );
}

describe('workspace.backup.restore', () => {
  test("'copy' writes the backup as a new file and opens it; the original is untouched", async () => {
    t = await openTestWorkspace();
    const { dbPath, backupPath } = await companyWithBackup();
    const copyPath = join(t.dir, 'copies', 'restored.coulisse');
    const restored = await t.ok<Restored>('workspace.backup.restore', { backupPath, mode: 'copy', copyPath });
    expect(restored.safetyCopyPath).toBeNull();
    expect(restored.status.dossier).toMatchObject({ path: copyPath, name: COMPANY.legalName });
    expect(restored.status.recent.map((r) => r.path)).toEqual([copyPath, dbPath]);
    expect(await partyNames(await signIn())).toEqual(['Avant la sauvegarde']);
    await t.ok('workspace.dossier.open', { path: dbPath });
    expect(await partyNames(await signIn())).toEqual(['Après la sauvegarde', 'Avant la sauvegarde']);
  });

  test("'copy' refuses an existing target and a missing one, and opens nothing", async () => {
    t = await openTestWorkspace();
    const { dbPath, backupPath } = await companyWithBackup();
    await t.ok('workspace.dossier.close', {});
    expect(await t.fail('workspace.backup.restore', { backupPath, mode: 'copy', copyPath: dbPath })).toEqual({
      code: 'CONFLICT',
      messageKey: 'errors.file.exists',
    });
    expect(await t.fail('workspace.backup.restore', { backupPath, mode: 'copy' })).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'errors.restore.copyPathRequired',
    });
    const bad = join(t.dir, 'bad.coulisse-backup');
    writeFileSync(bad, 'not a backup at all');
    const copyPath = join(t.dir, 'never.coulisse');
    const error = await t.fail('workspace.backup.restore', { backupPath: bad, mode: 'copy', copyPath });
    expect(error.messageKey).toMatch(/^errors\.backup\./);
    expect(existsSync(copyPath)).toBe(false);
    expect((await t.ok<WorkspaceStatus>('workspace.status', {})).dossier).toBeNull();
  });

  test("'replace' by an administrator swaps the backup in and keeps the previous file as a safety copy", async () => {
    t = await openTestWorkspace();
    const { dbPath, backupPath, token } = await companyWithBackup();
    const restored = await t.ok<Restored>('workspace.backup.restore', { backupPath, mode: 'replace' }, token);
    const safety = restored.safetyCopyPath!;
    expect(safety).toMatch(/^.*riviere\.coulisse\.before-restore-\d{8}-\d{6}\.coulisse$/);
    expect(restored.status.dossier).toMatchObject({ path: dbPath, name: COMPANY.legalName });
    expect(t.events.at(-1)).toEqual(restored.status);
    // The sessions of the replaced file are gone with it.
    expect(await t.fail('parties.party.list', {}, token)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await partyNames(await signIn())).toEqual(['Avant la sauvegarde']);
    expect(companyFiles()).toEqual(['riviere.coulisse', safety.slice(t.dir.length + 1)]);

    // The safety copy is the file as it was, and its audit trail says who restored what.
    const previous = await startCore({
      dbPath: safety,
      appVersion: 'test',
      log: () => {},
      passwordParams: TEST_SCRYPT,
    });
    try {
      const login = await previous.call('system.auth.login', { login: ADMIN.login, password: ADMIN.password }, null);
      const session = (login as { data: { sessionToken: string } }).data.sessionToken;
      const list = await previous.call('parties.party.list', {}, session);
      const names = (list as { data: { rows: { name: string }[] } }).data.rows.map((r) => r.name).sort();
      expect(names).toEqual(['Après la sauvegarde', 'Avant la sauvegarde']);
    } finally {
      await previous.close();
    }
    const sqlite = openSqlite(safety, { readonly: true });
    try {
      const row = sqlite.prepare("select count(*) as n from audit_log where route = 'admin.restore.prepare'").get();
      expect(row).toEqual({ n: 1 });
    } finally {
      sqlite.close();
    }
  });

  test("'replace' is refused to a user who is not an administrator, and to nobody signed in", async () => {
    t = await openTestWorkspace();
    const { dbPath, backupPath, token } = await companyWithBackup();
    const db = kyselyFor(openSqlite(dbPath));
    const roleId = await presetRoleId(db, 'comptable');
    await db.destroy();
    await t.ok(
      'admin.user.create',
      { login: 'paul', displayName: 'Paul', roleId, password: 'temporary-password' },
      token,
    );
    const first = await signIn('paul', 'temporary-password');
    await t.ok(
      'system.auth.changePassword',
      { currentPassword: 'temporary-password', newPassword: 'paul-own-password' },
      first,
    );
    expect(await t.fail('workspace.backup.restore', { backupPath, mode: 'replace' }, first)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await t.fail('workspace.backup.restore', { backupPath, mode: 'replace' }, null)).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(companyFiles()).toEqual(['riviere.coulisse']);
    expect((await t.ok<WorkspaceStatus>('workspace.status', {})).dossier?.path).toBe(dbPath);
    expect(await partyNames(token)).toEqual(['Après la sauvegarde', 'Avant la sauvegarde']);
  });

  test("'replace' with no dossier open, or a bad backup, changes nothing", async () => {
    t = await openTestWorkspace();
    const { backupPath, token } = await companyWithBackup();
    const bad = join(t.dir, 'bad.coulisse-backup');
    writeFileSync(bad, 'not a backup at all');
    const error = await t.fail('workspace.backup.restore', { backupPath: bad, mode: 'replace' }, token);
    expect(error.messageKey).toMatch(/^errors\.backup\./);
    expect(await partyNames(token)).toEqual(['Après la sauvegarde', 'Avant la sauvegarde']);
    await t.ok('workspace.dossier.close', {});
    expect(await t.fail('workspace.backup.restore', { backupPath, mode: 'replace' }, token)).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.noDossier',
    });
  });

  test('when the restored file cannot be opened, the original is put back and reopened', async () => {
    let failNextOpen = false;
    t = await openTestWorkspace({
      openCore: async (dbPath) => {
        if (failNextOpen) {
          failNextOpen = false;
          throw Object.assign(new Error('disk unplugged'), { code: 'EIO' });
        }
        return startCore({ dbPath, appVersion: 'test', log: () => {}, passwordParams: TEST_SCRYPT });
      },
    });
    const { dbPath, backupPath, token } = await companyWithBackup();
    failNextOpen = true;
    expect(await t.fail('workspace.backup.restore', { backupPath, mode: 'replace' }, token)).toEqual({
      code: 'INTERNAL',
      messageKey: 'errors.restore.swapFailed',
    });
    const status = await t.ok<WorkspaceStatus>('workspace.status', {});
    expect(status.dossier).toMatchObject({ path: dbPath, name: COMPANY.legalName });
    expect(t.events.at(-1)).toEqual(status);
    expect(await partyNames(await signIn())).toEqual(['Après la sauvegarde', 'Avant la sauvegarde']);
    expect(companyFiles()).toEqual(['riviere.coulisse']);
  });
});
