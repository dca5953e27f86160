import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openCompany, type TestCore } from '../../testing';
import { ADMIN } from '../../testdata/fixtures';
import type { RouteOutput } from '../../../../shared/contract';
import type { WireResult } from '../../../../shared/errors';

let t: TestCore;
let clock = new Date('2026-11-27T09:00:00Z');
const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));

beforeEach(async () => {
  clock = new Date('2026-11-27T09:00:00Z');
  t = await openCompany({ now: () => clock });
});
afterEach(async () => {
  await t.close();
});

type LoginAnswer = WireResult<RouteOutput<'system.auth.login'>>;
const login = async (password: string, name = ADMIN.login) =>
  (await t.core.call('system.auth.login', { login: name, password }, null)) as LoginAnswer;

describe('sign-in', () => {
  test('system.auth.login opens a session; a wrong password or unknown login says nothing more than "wrong"', async () => {
    const ok = await login(ADMIN.password);
    expect(ok.ok && ok.data.session.login).toBe('admin');
    for (const res of [await login('nope nope nope'), await login(ADMIN.password, 'ghost')]) {
      expect(res).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', messageKey: 'errors.badCredentials' } });
    }
  });

  test('five failed attempts lock the account for five minutes, even with the right password', async () => {
    for (let i = 0; i < 4; i++)
      expect(((await login('wrong password!')) as { ok: false; error: { messageKey: string } }).error.messageKey).toBe(
        'errors.badCredentials',
      );
    const fifth = await login('wrong password!');
    expect(fifth).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', messageKey: 'errors.accountLocked', details: { until: '2026-11-27T09:05:00.000Z' } },
    });
    expect(await login(ADMIN.password)).toMatchObject({ ok: false, error: { messageKey: 'errors.accountLocked' } });
    // The lockout also ended the sessions already open.
    expect((await t.fail('system.session.get', {})).code).toBe('UNAUTHENTICATED');
    advance(5 * 60_000 + 1);
    expect((await login(ADMIN.password)).ok).toBe(true);
  });

  test('failed attempts are written to the audit trail though the sign-in was refused', async () => {
    await login('wrong password!');
    await login('whatever', 'ghost');
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(t.dbPath, { readonly: true });
    const rows = db
      .prepare("select user_login, after_json from audit_log where route = 'system.auth.login' order by id")
      .all() as { user_login: string; after_json: string }[];
    db.close();
    expect(rows.map((r) => r.user_login)).toEqual(['admin', 'admin', 'ghost']);
    expect(JSON.parse(rows[1]!.after_json)).toEqual({ failedAttempts: 1, lockedUntil: null });
  });

  test('system.auth.logout ends the session', async () => {
    await t.call('system.auth.logout', {});
    expect((await t.fail('system.session.get', {})).messageKey).toBe('errors.unauthenticated');
  });
});

describe('idle lock', () => {
  test('after the idle timeout only system.auth.unlock or logout are accepted; unlocking resumes the same session', async () => {
    advance(15 * 60_000 + 1);
    expect(await t.fail('parties.party.list', {})).toEqual({
      code: 'UNAUTHENTICATED',
      messageKey: 'errors.sessionLocked',
    });
    expect((await t.fail('system.auth.unlock', { password: 'not it at all' })).messageKey).toBe('errors.wrongPassword');
    expect((await t.fail('parties.party.list', {})).messageKey).toBe('errors.sessionLocked');
    const s = await t.call('system.auth.unlock', { password: ADMIN.password });
    expect(s.login).toBe('admin');
    expect((await t.call('parties.party.list', {})).total).toBe(0);
  });

  test('system.auth.lock locks the session at once, until the password is typed again', async () => {
    await t.call('system.auth.lock', {});
    expect((await t.fail('parties.party.list', {})).messageKey).toBe('errors.sessionLocked');
    await t.call('system.auth.lock', {});
    await t.call('system.auth.unlock', { password: ADMIN.password });
    expect((await t.call('parties.party.list', {})).total).toBe(0);
  });

  test('activity keeps the session open', async () => {
    for (let i = 0; i < 4; i++) {
      advance(10 * 60_000);
      await t.call('system.session.get', {});
    }
    expect((await t.call('parties.party.list', {})).total).toBe(0);
  });
});

describe('passwords', () => {
  test('system.auth.changePassword needs the current password and a different new one', async () => {
    expect(
      (await t.fail('system.auth.changePassword', { currentPassword: 'bad bad bad', newPassword: 'a brand new one' }))
        .messageKey,
    ).toBe('errors.wrongPassword');
    const same = await t.fail('system.auth.changePassword', {
      currentPassword: ADMIN.password,
      newPassword: ADMIN.password,
    });
    expect(same.details?.issues).toEqual([{ path: 'newPassword', messageKey: 'errors.samePassword' }]);
    await t.call('system.auth.changePassword', { currentPassword: ADMIN.password, newPassword: 'a brand new one' });
    expect((await login(ADMIN.password)).ok).toBe(false);
    expect((await login('a brand new one')).ok).toBe(true);
  });

  test('a user with a temporary password can do nothing but change it', async () => {
    const token = await t.signInAs('commercial', 'sophie');
    // signInAs changed the temporary password already; an admin reset brings the obligation back.
    const users = await t.call('admin.user.list', {});
    const sophie = users.rows.find((u) => u.login === 'sophie')!;
    await t.call('admin.user.resetPassword', { id: sophie.id, password: 'temporary-again' });
    const again = await login('temporary-again', 'sophie');
    expect(again.ok && again.data.session.mustChangePassword).toBe(true);
    const s = again.ok ? again.data.sessionToken : '';
    expect(await t.fail('parties.party.list', {}, s)).toEqual({
      code: 'FORBIDDEN',
      messageKey: 'errors.passwordChangeRequired',
    });
    await t.call(
      'system.auth.changePassword',
      { currentPassword: 'temporary-again', newPassword: 'sophie own password' },
      s,
    );
    expect((await t.call('parties.party.list', {}, s)).total).toBe(0);
    expect((await t.fail('parties.party.list', {}, token)).code).toBe('UNAUTHENTICATED');
  });
});
