import type { Role, users } from '../../../../shared/contract/users';
import { AppError } from '../../../../shared/errors';
import { PERMISSIONS, type Permission } from '../../../../shared/permissions';
import { PRESET_ROLES } from '../../../../shared/roles';
import { isPresetRole, rolePermissions } from '../../auth/principal';
import type { Ctx, Handlers } from '../../context';

type RoleRoutes = Extract<keyof typeof users, `admin.role.${string}`>;

/** In the grid's order, without duplicates, and always with 'session': a role that cannot sign in is no role. */
function normalizePermissions(list: readonly Permission[]): Permission[] {
  const wanted = new Set<Permission>(['session', ...list]);
  return PERMISSIONS.filter((p) => wanted.has(p));
}

async function loadRoles(ctx: Ctx, id?: number): Promise<Role[]> {
  let q = ctx.db
    .selectFrom('role')
    .leftJoin('app_user', 'app_user.role_id', 'role.id')
    .select((eb) => ['role.id', 'role.code', 'role.name', eb.fn.count<number>('app_user.id').as('user_count')])
    .groupBy('role.id');
  if (id !== undefined) q = q.where('role.id', '=', id);
  const rows = await q.execute();
  const roles: Role[] = [];
  for (const r of rows) {
    roles.push({
      id: r.id,
      code: r.code,
      name: r.name,
      permissions: normalizePermissions(await rolePermissions(ctx.db, r)),
      userCount: r.user_count,
    });
  }
  // Presets first, in the order of shared/roles.ts, then custom roles by name.
  const rank = (r: Role) => (isPresetRole(r.code) ? PRESET_ROLES.indexOf(r.code) : PRESET_ROLES.length);
  return roles.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'fr'));
}

async function loadRole(ctx: Ctx, id: number): Promise<Role> {
  const [role] = await loadRoles(ctx, id);
  if (!role) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'role', id });
  return role;
}

async function loadCustomRole(ctx: Ctx, id: number): Promise<Role> {
  const role = await loadRole(ctx, id);
  if (role.code !== null) throw new AppError('CONFLICT', 'errors.presetRole', { id, code: role.code });
  return role;
}

/** Names are unique whatever their case: "Stagiaire" and "stagiaire" would be the same role to a reader. */
async function requireFreeName(ctx: Ctx, name: string, exceptId: number | null): Promise<void> {
  // Compared here rather than in SQL: SQLite's lower() folds ASCII only, and "Équipe" must meet "équipe".
  const key = name.toLocaleLowerCase('fr');
  const roles = await ctx.db.selectFrom('role').select(['id', 'name']).execute();
  if (roles.some((r) => r.id !== exceptId && r.name.toLocaleLowerCase('fr') === key)) {
    throw new AppError('CONFLICT', 'errors.roleNameTaken', {
      issues: [{ path: 'name', messageKey: 'errors.roleNameTaken' }],
    });
  }
}

async function setPermissions(ctx: Ctx, roleId: number, permissions: readonly Permission[]): Promise<void> {
  await ctx.db.deleteFrom('role_permission').where('role_id', '=', roleId).execute();
  await ctx.db
    .insertInto('role_permission')
    .values(normalizePermissions(permissions).map((permission) => ({ role_id: roleId, permission })))
    .execute();
}

/** What the audit trail keeps of a role. */
function roleSnapshot(r: Role) {
  return { id: r.id, code: r.code, name: r.name, permissions: r.permissions };
}

export const roleHandlers = {
  'admin.role.list': async (ctx) => ({ rows: await loadRoles(ctx) }),

  'admin.role.create': async (ctx, { name, permissions }) => {
    await requireFreeName(ctx, name, null);
    const now = ctx.now().toISOString();
    const { id } = await ctx.db
      .insertInto('role')
      .values({ code: null, name, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await setPermissions(ctx, id, permissions);
    const after = await loadRole(ctx, id);
    ctx.audit({ entityType: 'role', entityId: id, before: null, after: roleSnapshot(after) });
    return after;
  },

  // Preset roles follow shared/roles.ts, which ships with the app: they are not edited in a company file.
  'admin.role.update': async (ctx, { id, name, permissions }) => {
    const before = await loadCustomRole(ctx, id);
    await requireFreeName(ctx, name, id);
    await ctx.db.updateTable('role').set({ name, updated_at: ctx.now().toISOString() }).where('id', '=', id).execute();
    await setPermissions(ctx, id, permissions);
    const after = await loadRole(ctx, id);
    ctx.audit({ entityType: 'role', entityId: id, before: roleSnapshot(before), after: roleSnapshot(after) });
    return after;
  },

  'admin.role.delete': async (ctx, { id }) => {
    const before = await loadCustomRole(ctx, id);
    if (before.userCount > 0) throw new AppError('CONFLICT', 'errors.roleInUse', { id, users: before.userCount });
    await ctx.db.deleteFrom('role').where('id', '=', id).execute();
    ctx.audit({ entityType: 'role', entityId: id, before: roleSnapshot(before), after: null });
    return { id };
  },
} satisfies Pick<Handlers<typeof users>, RoleRoutes>;
