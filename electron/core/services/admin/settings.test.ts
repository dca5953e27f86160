import { afterEach, beforeEach, expect, test } from 'vitest';
import { startCore } from '../../host';
import { openCompany, TEST_SCRYPT, type TestCore } from '../../testing';
import { ADMIN } from '../../testdata/fixtures';

let clock = Date.parse('2025-03-10T09:00:00.000Z');
let t: TestCore;
beforeEach(async () => {
  clock = Date.parse('2025-03-10T09:00:00.000Z');
  t = await openCompany({ now: () => new Date(clock) });
});
afterEach(async () => {
  await t.close();
});

test('admin.settings.get gives the idle timeout, 15 minutes until changed', async () => {
  expect(await t.call('admin.settings.get', {})).toEqual({ idleTimeoutMinutes: 15 });
  expect((await t.call('system.session.get', {})).idleTimeoutMinutes).toBe(15);
});

test('admin.settings.update applies the new timeout to every session at once and keeps it in the file', async () => {
  const clerk = await t.signInAs('commercial');
  expect(await t.call('admin.settings.update', { idleTimeoutMinutes: 5 })).toEqual({ idleTimeoutMinutes: 5 });
  expect(await t.call('admin.settings.get', {})).toEqual({ idleTimeoutMinutes: 5 });
  expect((await t.call('system.session.get', {}, clerk)).idleTimeoutMinutes).toBe(5);

  const trail = await t.call('admin.audit.list', { route: 'admin.settings.update' });
  expect(trail.rows).toHaveLength(1);
  expect(trail.rows[0]).toMatchObject({
    entityType: 'setting',
    before: JSON.stringify({ idleTimeoutMinutes: 15 }),
    after: JSON.stringify({ idleTimeoutMinutes: 5 }),
  });

  // Six idle minutes now lock the session; the password opens it again where the user was.
  clock += 6 * 60_000;
  expect(await t.fail('parties.party.list', {}, clerk)).toMatchObject({
    code: 'UNAUTHENTICATED',
    messageKey: 'errors.sessionLocked',
  });
  await t.call('system.auth.unlock', { password: 'the-own-password' }, clerk);
  expect((await t.call('parties.party.list', {}, clerk)).total).toBe(0);

  // Another core opening the file starts with the saved timeout.
  await t.core.close();
  const again = await startCore({ dbPath: t.dbPath, appVersion: 'test', passwordParams: TEST_SCRYPT, log: () => {} });
  t.core = again;
  const login = await again.call('system.auth.login', { login: ADMIN.login, password: ADMIN.password }, null);
  expect(login).toMatchObject({ ok: true, data: { session: { idleTimeoutMinutes: 5 } } });
});

test('the timeout stays between 1 minute and 8 hours', async () => {
  for (const idleTimeoutMinutes of [0, 481, 2.5]) {
    const err = await t.fail('admin.settings.update', { idleTimeoutMinutes });
    expect(err.code).toBe('VALIDATION');
    expect(err.details?.issues?.[0]?.path).toBe('idleTimeoutMinutes');
  }
  expect(await t.call('admin.settings.update', { idleTimeoutMinutes: 480 })).toEqual({ idleTimeoutMinutes: 480 });
});
