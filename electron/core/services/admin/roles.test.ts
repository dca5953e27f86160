import { afterEach, beforeEach, expect, test } from 'vitest';
import { PERMISSIONS } from '../../../../shared/permissions';
import { PRESET_ROLE_NAMES, PRESET_ROLE_PERMISSIONS, PRESET_ROLES } from '../../../../shared/roles';
import { openCompany, type TestCore } from '../../testing';
import { customer } from '../../testdata/fixtures';

let t: TestCore;
beforeEach(async () => {
  t = await openCompany();
});
afterEach(async () => {
  await t.close();
});

test('admin.role.list shows the presets with the permissions of shared/roles.ts, then custom roles', async () => {
  await t.signInAs('comptable');
  await t.signInAs('comptable');
  await t.call('admin.role.create', { name: 'Stagiaire', permissions: ['parties.read'] });
  const { rows } = await t.call('admin.role.list', {});
  expect(rows.map((r) => r.code)).toEqual([...PRESET_ROLES, null]);
  for (const code of PRESET_ROLES) {
    const role = rows.find((r) => r.code === code)!;
    expect(role.name).toBe(PRESET_ROLE_NAMES[code].fr);
    expect([...role.permissions].sort()).toEqual([...PRESET_ROLE_PERMISSIONS[code]].sort());
  }
  expect(rows.find((r) => r.code === 'administrateur')!.userCount).toBe(1);
  expect(rows.find((r) => r.code === 'comptable')!.userCount).toBe(2);
  expect(rows.find((r) => r.code === 'rh')!.userCount).toBe(0);
  expect(rows.at(-1)).toMatchObject({ name: 'Stagiaire', userCount: 0, permissions: ['session', 'parties.read'] });
});

test('admin.role.create keeps permissions in the grid order, always with session, and names unique', async () => {
  const role = await t.call('admin.role.create', {
    name: '  Équipe atelier ',
    permissions: ['sales.write', 'parties.read', 'sales.read', 'parties.read'],
  });
  expect(role).toMatchObject({
    code: null,
    name: 'Équipe atelier',
    permissions: ['session', 'parties.read', 'sales.read', 'sales.write'],
    userCount: 0,
  });
  const taken = await t.fail('admin.role.create', { name: 'équipe ATELIER', permissions: [] });
  expect(taken).toMatchObject({
    code: 'CONFLICT',
    messageKey: 'errors.roleNameTaken',
    details: { issues: [{ path: 'name', messageKey: 'errors.roleNameTaken' }] },
  });
  expect((await t.fail('admin.role.create', { name: 'Comptable', permissions: [] })).messageKey).toBe(
    'errors.roleNameTaken',
  );
  const unknown = await t.fail('admin.role.create', { name: 'X', permissions: ['parties.fly'] });
  expect(unknown.code).toBe('VALIDATION');
  expect(unknown.details?.issues?.[0]?.path).toBe('permissions.0');
  const empty = await t.call('admin.role.create', { name: 'Sans droits', permissions: [] });
  expect(empty.permissions).toEqual(['session']);
});

test('a custom role grants exactly its permissions, and an update applies at the next call', async () => {
  const role = await t.call('admin.role.create', { name: 'Saisie tiers', permissions: ['parties.read'] });
  const { id: userId } = await t.call('admin.user.create', {
    login: 'julie',
    displayName: 'Julie',
    roleId: role.id,
    password: 'temporary-password',
  });
  const first = await t.call('system.auth.login', { login: 'julie', password: 'temporary-password' }, null);
  const token = first.sessionToken;
  await t.call(
    'system.auth.changePassword',
    { currentPassword: 'temporary-password', newPassword: 'julie-password' },
    token,
  );
  expect((await t.call('system.session.get', {}, token)).permissions.sort()).toEqual(['parties.read', 'session']);
  expect((await t.fail('parties.party.create', customer(), token)).code).toBe('FORBIDDEN');

  const updated = await t.call('admin.role.update', {
    id: role.id,
    name: 'Saisie des tiers',
    permissions: ['parties.read', 'parties.write'],
  });
  expect(updated).toMatchObject({
    name: 'Saisie des tiers',
    permissions: ['session', 'parties.read', 'parties.write'],
  });
  expect(updated.userCount).toBe(1);
  expect((await t.call('parties.party.create', customer(), token)).name).toBe('Boulangerie Martin');

  // Renaming to its own name in another case is no conflict; taking another role's name is.
  await t.call('admin.role.update', { id: role.id, name: 'SAISIE DES TIERS', permissions: ['parties.read'] });
  const other = await t.call('admin.role.create', { name: 'Autre', permissions: [] });
  expect(
    (await t.fail('admin.role.update', { id: other.id, name: 'saisie des tiers', permissions: [] })).messageKey,
  ).toBe('errors.roleNameTaken');

  // In use: cannot be deleted until its user has another role.
  const inUse = await t.fail('admin.role.delete', { id: role.id });
  expect(inUse).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.roleInUse', details: { users: 1 } });
  const lectureSeule = (await t.call('admin.role.list', {})).rows.find((r) => r.code === 'lecture-seule')!;
  await t.call('admin.user.update', { id: userId, displayName: 'Julie', roleId: lectureSeule.id, disabled: false });
  expect(await t.call('admin.role.delete', { id: role.id })).toEqual({ id: role.id });
  expect((await t.call('admin.role.list', {})).rows.map((r) => r.name)).not.toContain('SAISIE DES TIERS');
  expect((await t.fail('admin.role.delete', { id: role.id })).code).toBe('NOT_FOUND');
  expect((await t.fail('admin.role.update', { id: 999, name: 'X', permissions: [] })).code).toBe('NOT_FOUND');
});

test('preset roles can be neither updated nor deleted', async () => {
  const { rows } = await t.call('admin.role.list', {});
  for (const preset of rows.filter((r) => r.code !== null)) {
    const update = await t.fail('admin.role.update', { id: preset.id, name: 'Renamed', permissions: [] });
    expect(update).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.presetRole' });
    const del = await t.fail('admin.role.delete', { id: preset.id });
    expect(del).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.presetRole' });
  }
  expect((await t.call('admin.role.list', {})).rows).toEqual(rows);
});

test('role changes are audited with the permissions before and after', async () => {
  const role = await t.call('admin.role.create', { name: 'Stagiaire', permissions: ['parties.read'] });
  await t.call('admin.role.update', { id: role.id, name: 'Stagiaire', permissions: ['sales.read'] });
  await t.call('admin.role.delete', { id: role.id });
  const trail = await t.call('admin.audit.list', { entityType: 'role', entityId: role.id });
  expect(trail.rows.map((r) => [r.route, r.before && JSON.parse(r.before), r.after && JSON.parse(r.after)])).toEqual([
    ['admin.role.delete', { id: role.id, code: null, name: 'Stagiaire', permissions: ['session', 'sales.read'] }, null],
    [
      'admin.role.update',
      { id: role.id, code: null, name: 'Stagiaire', permissions: ['session', 'parties.read'] },
      { id: role.id, code: null, name: 'Stagiaire', permissions: ['session', 'sales.read'] },
    ],
    [
      'admin.role.create',
      null,
      { id: role.id, code: null, name: 'Stagiaire', permissions: ['session', 'parties.read'] },
    ],
  ]);
});

test('a role may hold every permission of the grid', async () => {
  const all = await t.call('admin.role.create', { name: 'Tout', permissions: [...PERMISSIONS] });
  expect(all.permissions).toEqual([...PERMISSIONS]);
});
