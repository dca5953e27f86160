import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { PresetRole } from '../../../../shared/roles';
import { openCompany, type TestCore } from '../../testing';
import { ADMIN, customer } from '../../testdata/fixtures';

let clock = Date.parse('2025-03-10T09:00:00.000Z');
let t: TestCore;
beforeEach(async () => {
  clock = Date.parse('2025-03-10T09:00:00.000Z');
  t = await openCompany({ now: () => new Date(clock) });
});
afterEach(async () => {
  await t.close();
});

async function roleId(code: PresetRole): Promise<number> {
  const roles = await t.call('admin.role.list', {});
  return roles.rows.find((r) => r.code === code)!.id;
}

async function userId(login: string): Promise<number> {
  return (await t.call('admin.user.list', {})).rows.find((u) => u.login === login)!.id;
}

/** Creates a user with a temporary password, as an administrator does. */
async function createUser(login: string, role: PresetRole = 'commercial', displayName = `User ${login}`) {
  return t.call('admin.user.create', {
    login,
    displayName,
    roleId: await roleId(role),
    password: 'temporary-password',
  });
}

async function login(name: string, password: string) {
  return t.core.call('system.auth.login', { login: name, password }, null);
}

describe('admin.user.create', () => {
  test('creates a user who must choose a password at first sign-in', async () => {
    const u = await createUser('  Bruno.Martin ', 'commercial', 'Bruno Martin');
    expect(u).toMatchObject({
      login: 'bruno.martin',
      displayName: 'Bruno Martin',
      roleName: 'Commercial',
      disabled: false,
      mustChangePassword: true,
      lockedUntil: null,
      lastLoginAt: null,
    });
    const list = await t.call('admin.user.list', {});
    expect(list.rows.map((r) => r.login)).toEqual(['admin', 'bruno.martin']);

    const first = await t.call('system.auth.login', { login: 'bruno.martin', password: 'temporary-password' }, null);
    expect(first.session.mustChangePassword).toBe(true);
    const blocked = await t.fail('parties.party.list', {}, first.sessionToken);
    expect(blocked).toMatchObject({ code: 'FORBIDDEN', messageKey: 'errors.passwordChangeRequired' });
    await t.call(
      'system.auth.changePassword',
      { currentPassword: 'temporary-password', newPassword: 'bruno-own-password' },
      first.sessionToken,
    );
    expect((await t.call('parties.party.list', {}, first.sessionToken)).total).toBe(0);
    expect((await t.call('admin.user.list', {})).rows[1]!.lastLoginAt).toBe(new Date(clock).toISOString());
  });

  test('a login is unique, and the role must exist', async () => {
    await createUser('bruno');
    const taken = await t.fail('admin.user.create', {
      login: 'BRUNO',
      displayName: 'Another Bruno',
      roleId: await roleId('rh'),
      password: 'temporary-password',
    });
    expect(taken).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'errors.loginTaken',
      details: { issues: [{ path: 'login', messageKey: 'errors.loginTaken' }] },
    });
    const noRole = await t.fail('admin.user.create', {
      login: 'carla',
      displayName: 'Carla',
      roleId: 999,
      password: 'temporary-password',
    });
    expect(noRole.code).toBe('NOT_FOUND');
    const short = await t.fail('admin.user.create', {
      login: 'carla',
      displayName: 'Carla',
      roleId: 1,
      password: 'short',
    });
    expect(short.details?.issues).toMatchObject([{ path: 'password', messageKey: 'validation.passwordTooShort' }]);
  });
});

describe('admin.user.update', () => {
  test('a new role applies at the next call', async () => {
    const token = await t.signInAs('lecture-seule', 'dora');
    expect((await t.fail('parties.party.create', customer(), token)).code).toBe('FORBIDDEN');
    const id = await userId('dora');
    const u = await t.call('admin.user.update', {
      id,
      displayName: 'Dora Lefèvre',
      roleId: await roleId('commercial'),
      disabled: false,
    });
    expect(u).toMatchObject({ displayName: 'Dora Lefèvre', roleName: 'Commercial', disabled: false });
    expect((await t.call('parties.party.create', customer(), token)).name).toBe('Boulangerie Martin');
  });

  test('disabling ends the sessions and refuses sign-in; enabling again restores it', async () => {
    const token = await t.signInAs('comptable', 'emile');
    const id = await userId('emile');
    const roleIdNow = await roleId('comptable');
    await t.call('admin.user.update', { id, displayName: 'Émile', roleId: roleIdNow, disabled: true });
    expect((await t.fail('system.session.get', {}, token)).code).toBe('UNAUTHENTICATED');
    const refused = await login('emile', 'the-own-password');
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', messageKey: 'errors.accountDisabled' } });
    await t.call('admin.user.update', { id, displayName: 'Émile', roleId: roleIdNow, disabled: false });
    expect((await login('emile', 'the-own-password')).ok).toBe(true);
  });

  test('nobody disables themselves', async () => {
    const me = await userId(ADMIN.login);
    const err = await t.fail('admin.user.update', {
      id: me,
      displayName: ADMIN.displayName,
      roleId: await roleId('administrateur'),
      disabled: true,
    });
    expect(err).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.selfDisable' });
  });

  test('the last active administrator can be neither disabled nor moved to another role', async () => {
    const adminRole = await roleId('administrateur');
    const rhRole = await roleId('rh');
    const me = await userId(ADMIN.login);
    const moveMe = { id: me, displayName: ADMIN.displayName, roleId: await roleId('direction'), disabled: false };
    expect(await t.fail('admin.user.update', moveMe)).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'errors.lastAdmin',
      details: { issues: [{ path: 'roleId', messageKey: 'errors.lastAdmin' }] },
    });

    // A second administrator who is disabled does not count.
    const secondToken = await t.signInAs('administrateur', 'second');
    const second = await userId('second');
    await t.call('admin.user.update', { id: second, displayName: 'Second', roleId: adminRole, disabled: true });
    expect((await t.fail('admin.user.update', moveMe)).messageKey).toBe('errors.lastAdmin');

    // Once active, the second one lets the first step down, and then is the last one.
    await t.call('admin.user.update', { id: second, displayName: 'Second', roleId: adminRole, disabled: false });
    await t.call('admin.user.update', moveMe);
    // Disabling ended the second one's session: they sign in again.
    expect((await t.fail('system.session.get', {}, secondToken)).code).toBe('UNAUTHENTICATED');
    const token = (await t.call('system.auth.login', { login: 'second', password: 'the-own-password' }, null))
      .sessionToken;
    const disableMe = { id: second, displayName: 'Second', roleId: adminRole, disabled: true };
    expect((await t.fail('admin.user.update', disableMe, token)).messageKey).toBe('errors.selfDisable');
    const demote = { id: second, displayName: 'Second', roleId: rhRole, disabled: false };
    expect((await t.fail('admin.user.update', demote, token)).messageKey).toBe('errors.lastAdmin');
    // The first administrator, no longer one, has lost the right to manage users.
    expect((await t.fail('admin.user.list', {})).code).toBe('FORBIDDEN');
  });

  test('an unknown user or role is NOT_FOUND', async () => {
    expect((await t.fail('admin.user.update', { id: 999, displayName: 'X', roleId: 1, disabled: false })).code).toBe(
      'NOT_FOUND',
    );
    const me = await userId(ADMIN.login);
    expect((await t.fail('admin.user.update', { id: me, displayName: 'X', roleId: 999, disabled: false })).code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('lockout and admin.user.resetPassword', () => {
  test('five failed sign-ins lock the account for five minutes; it opens again after', async () => {
    await t.signInAs('rh', 'fanny');
    for (let i = 0; i < 4; i++) {
      expect(await login('fanny', 'wrong-password')).toMatchObject({ error: { messageKey: 'errors.badCredentials' } });
    }
    const fifth = await login('fanny', 'wrong-password');
    const until = new Date(clock + 5 * 60_000).toISOString();
    expect(fifth).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', messageKey: 'errors.accountLocked' } });
    expect(fifth.ok ? null : fifth.error.details).toEqual({ until });
    // Even the right password waits for the end of the lockout.
    expect(await login('fanny', 'the-own-password')).toMatchObject({ error: { messageKey: 'errors.accountLocked' } });
    expect((await t.call('admin.user.list', {})).rows.find((u) => u.login === 'fanny')!.lockedUntil).toBe(until);

    clock += 5 * 60_000 + 1;
    expect((await t.call('admin.user.list', {})).rows.find((u) => u.login === 'fanny')!.lockedUntil).toBeNull();
    expect((await login('fanny', 'the-own-password')).ok).toBe(true);
    // The count started again from zero.
    for (let i = 0; i < 4; i++) await login('fanny', 'wrong-password');
    expect((await login('fanny', 'the-own-password')).ok).toBe(true);
  });

  test('a reset sets a temporary password, lifts the lockout and signs the user out', async () => {
    const token = await t.signInAs('informatique', 'gael');
    const id = await userId('gael');
    for (let i = 0; i < 5; i++) await login('gael', 'wrong-password');
    expect((await t.fail('system.session.get', {}, token)).code).toBe('UNAUTHENTICATED');

    const u = await t.call('admin.user.resetPassword', { id, password: 'a-new-temporary' });
    expect(u).toMatchObject({ mustChangePassword: true, lockedUntil: null });
    const sqlite = new Database(t.dbPath, { readonly: true });
    const row = sqlite.prepare('select failed_attempts, locked_until from app_user where id = ?').get(id);
    sqlite.close();
    expect(row).toEqual({ failed_attempts: 0, locked_until: null });

    expect((await login('gael', 'the-own-password')).ok).toBe(false);
    const again = await t.call('system.auth.login', { login: 'gael', password: 'a-new-temporary' }, null);
    expect(again.session.mustChangePassword).toBe(true);
    expect((await t.fail('admin.user.resetPassword', { id: 999, password: 'a-new-temporary' })).code).toBe('NOT_FOUND');
  });

  test('a reset also ends a session that was working', async () => {
    const token = await t.signInAs('juridique', 'hugo');
    await t.call('admin.user.resetPassword', { id: await userId('hugo'), password: 'a-new-temporary' });
    expect((await t.fail('system.session.get', {}, token)).code).toBe('UNAUTHENTICATED');
  });
});

test('every user change is audited with before and after, never with a hash or a salt', async () => {
  const u = await createUser('ines');
  await t.call('admin.user.update', { id: u.id, displayName: 'Inès', roleId: u.roleId, disabled: true });
  await t.call('admin.user.resetPassword', { id: u.id, password: 'a-new-temporary' });
  const trail = await t.call('admin.audit.list', { entityType: 'user', entityId: u.id });
  expect(trail.rows.map((r) => r.route)).toEqual([
    'admin.user.resetPassword',
    'admin.user.update',
    'admin.user.create',
  ]);
  const [reset, update, create] = trail.rows.map((r) => ({
    before: JSON.parse(r.before ?? 'null') as Record<string, unknown> | null,
    after: JSON.parse(r.after ?? 'null') as Record<string, unknown> | null,
  }));
  expect(create!.before).toBeNull();
  expect(create!.after).toMatchObject({ login: 'ines', must_change_password: 1, disabled: 0 });
  expect(update!.before).toMatchObject({ display_name: 'User ines', disabled: 0 });
  expect(update!.after).toMatchObject({ display_name: 'Inès', disabled: 1 });
  expect(reset!.after).toMatchObject({ must_change_password: 1, locked_until: null, passwordReset: true });

  const sqlite = new Database(t.dbPath, { readonly: true });
  const secrets = sqlite.prepare('select password_hash, password_salt from app_user').all() as {
    password_hash: string;
    password_salt: string;
  }[];
  const texts = sqlite.prepare('select before_json, after_json from audit_log').all() as Record<string, string>[];
  sqlite.close();
  const all = texts.flatMap((r) => [r.before_json, r.after_json]).join('\n');
  expect(all).not.toMatch(/password_(hash|salt|params)|"(hash|salt)"/);
  for (const s of secrets) {
    expect(all).not.toContain(s.password_hash);
    expect(all).not.toContain(s.password_salt);
  }
});
