import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCompany, type TestCore } from '../../../testing';
import { customer } from '../../../testdata/fixtures';

let t: TestCore;
// Permissions do not stop root: the read-only folder case can only be shown by another user.
const isRoot = process.getuid?.() === 0;
if (isRoot) console.info('backup routes: running as root, the read-only folder case is skipped (root writes anywhere)');

beforeAll(async () => {
  t = await openCompany();
  for (let i = 0; i < 3; i++) await t.call('parties.party.create', customer({ name: `Client ${i}` }));
});
afterAll(async () => t.close());

const DEFAULTS = {
  autoEnabled: true,
  folder: null,
  onClose: true,
  intervalHours: 24,
  keepDaily: 7,
  keepWeekly: 4,
  keepMonthly: 12,
};

describe('admin.backup routes', () => {
  it('back up into the folder beside the company file, list the file and audit the run', async () => {
    const run = await t.call('admin.backup.create', {});
    expect(run).toMatchObject({ kind: 'manual', status: 'ok', encrypted: false, errorKey: null });
    expect(run.path?.startsWith(join(t.dir, 'backups'))).toBe(true);
    expect(existsSync(run.path!)).toBe(true);
    const list = await t.call('admin.backup.list', {});
    expect(list.folder).toBe(join(t.dir, 'backups'));
    expect(list.settings).toEqual(DEFAULTS);
    expect(list.files).toEqual([
      expect.objectContaining({
        name: basename(run.path!),
        damaged: false,
        encrypted: false,
        kind: 'manual',
        check: { status: 'never', at: null, messageKey: null },
      }),
    ]);
    expect(list.runs[0]?.id).toBe(run.id);
    expect(list.lastFailure).toBeNull();
    const audit = await t.call('admin.audit.list', { route: 'admin.backup.create' });
    expect(audit.rows[0]?.entityType).toBe('backup_run');
  });

  it('a test restore reports the rows and chain, and the list shows it checked', async () => {
    const run = await t.call('admin.backup.create', {});
    const checked = await t.call('admin.backup.check', { path: run.path! });
    expect(checked.status).toBe('ok');
    expect(checked.report?.rows).toBeGreaterThan(3);
    expect(checked.report?.chainLinks).toBeGreaterThan(0);
    const file = (await t.call('admin.backup.list', {})).files.find((f) => f.path === run.path);
    expect(file?.check.status).toBe('ok');
  });

  it('encrypted into a chosen folder: the passphrase is needed to check it, and must be 8 characters', async () => {
    const folder = join(t.dir, 'external');
    mkdirSync(folder);
    const short = await t.fail('admin.backup.create', { folder, passphrase: 'court' });
    expect(short.details?.issues?.[0]?.messageKey).toBe('validation.backupPassphraseTooShort');
    const run = await t.call('admin.backup.create', { folder, passphrase: 'une longue phrase' });
    expect(run.encrypted).toBe(true);
    expect(readFileSync(run.path!).includes(Buffer.from('Client 1'))).toBe(false);
    const without = await t.call('admin.backup.check', { path: run.path! });
    expect(without).toMatchObject({ status: 'failed', messageKey: 'errors.backup.passphraseRequired' });
    const good = await t.call('admin.backup.check', { path: run.path!, passphrase: 'une longue phrase' });
    expect(good.report?.encrypted).toBe(true);
  });

  it('a missing folder, or a file in its place, fails with a translated error and leaves a failed run', async () => {
    const missing = await t.fail('admin.backup.create', { folder: join(t.dir, 'unplugged-disk') });
    expect(missing.messageKey).toBe('errors.backup.folderMissing');
    let list = await t.call('admin.backup.list', {});
    expect(list.runs[0]).toMatchObject({ status: 'failed', errorKey: 'errors.backup.folderMissing', path: null });
    expect(list.lastFailure?.id).toBe(list.runs[0]?.id);
    const file = join(t.dir, 'a-file');
    writeFileSync(file, 'not a folder');
    expect((await t.fail('admin.backup.create', { folder: file })).messageKey).toBe('errors.backup.folderNotWritable');
    await t.call('admin.backup.create', {});
    list = await t.call('admin.backup.list', {});
    expect(list.lastFailure).toBeNull();
  });

  it.skipIf(isRoot)('a read-only folder fails with a translated error', async () => {
    const folder = join(t.dir, 'read-only');
    mkdirSync(folder);
    chmodSync(folder, 0o555);
    try {
      expect((await t.fail('admin.backup.create', { folder })).messageKey).toBe('errors.backup.folderNotWritable');
      expect((await t.fail('admin.backup.configure', { ...DEFAULTS, folder })).messageKey).toBe(
        'errors.backup.folderNotWritable',
      );
    } finally {
      chmodSync(folder, 0o755);
    }
    await t.call('admin.backup.create', {});
  });

  it('a damaged file is listed as damaged, and its failed check is recorded', async () => {
    const folder = join(t.dir, 'backups');
    const bad = join(folder, 'copie-abimee.coulisse-backup');
    writeFileSync(bad, '%PDF-1.7\n'.repeat(50));
    let file = (await t.call('admin.backup.list', {})).files.find((f) => f.path === bad);
    expect(file).toMatchObject({ damaged: true, createdAt: null, check: { status: 'never' } });
    const checked = await t.call('admin.backup.check', { path: bad });
    expect(checked).toMatchObject({ status: 'failed', messageKey: 'errors.backup.notBackup', report: null });
    file = (await t.call('admin.backup.list', {})).files.find((f) => f.path === bad);
    expect(file?.check).toMatchObject({ status: 'failed', messageKey: 'errors.backup.notBackup' });

    // One flipped byte inside a good backup: still listed by its manifest, refused by the test restore.
    const run = await t.call('admin.backup.create', {});
    const bytes = readFileSync(run.path!);
    bytes[Math.floor(bytes.length / 3)]! ^= 0x01;
    writeFileSync(run.path!, bytes);
    expect((await t.call('admin.backup.check', { path: run.path! })).messageKey).toBe('errors.backup.damaged');
    // Another file copied under the same name is not the one that was checked.
    writeFileSync(run.path!, Buffer.concat([bytes, Buffer.from('x')]));
    file = (await t.call('admin.backup.list', {})).files.find((f) => f.path === run.path);
    expect(file?.check.status).toBe('never');
    rmSync(bad);
    rmSync(run.path!);
  });

  it('settings are saved and audited; a folder that does not exist is refused', async () => {
    const bad = await t.fail('admin.backup.configure', { ...DEFAULTS, folder: join(t.dir, 'nowhere') });
    expect(bad.messageKey).toBe('errors.backup.folderMissing');
    const folder = join(t.dir, 'chosen');
    mkdirSync(folder);
    const saved = await t.call('admin.backup.configure', { ...DEFAULTS, folder, intervalHours: 6, keepDaily: 3 });
    expect(saved).toMatchObject({ folder, intervalHours: 6, keepDaily: 3 });
    const list = await t.call('admin.backup.list', {});
    expect(list.folder).toBe(folder);
    expect(list.files).toEqual([]);
    expect(list.nextAutoAt).not.toBeNull();
    const off = await t.call('admin.backup.configure', { ...DEFAULTS, autoEnabled: false });
    expect(off.folder).toBeNull();
    expect((await t.call('admin.backup.list', {})).nextAutoAt).toBeNull();
    const audit = await t.call('admin.audit.list', { route: 'admin.backup.configure' });
    expect(audit.rows).toHaveLength(2);
  });

  it('are refused to a user who is not an administrator', async () => {
    const token = await t.signInAs('comptable');
    const calls: [string, unknown][] = [
      ['admin.backup.list', {}],
      ['admin.backup.create', {}],
      ['admin.backup.check', { path: join(t.dir, 'x.coulisse-backup') }],
      ['admin.backup.configure', DEFAULTS],
    ];
    for (const [route, input] of calls) expect((await t.fail(route, input, token)).code, route).toBe('FORBIDDEN');
  });
});
