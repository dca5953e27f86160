import type { Kysely } from 'kysely';
import { isPermission, type Permission } from '../../../shared/permissions';
import { PRESET_ROLE_PERMISSIONS, PRESET_ROLES, type PresetRole } from '../../../shared/roles';
import type { DB } from '../db/schema';

export function isPresetRole(code: string | null): code is PresetRole {
  return code !== null && (PRESET_ROLES as readonly string[]).includes(code);
}

export async function rolePermissions(
  db: Kysely<DB>,
  role: { id: number; code: string | null },
): Promise<Permission[]> {
  if (isPresetRole(role.code)) return [...PRESET_ROLE_PERMISSIONS[role.code]];
  const rows = await db.selectFrom('role_permission').select('permission').where('role_id', '=', role.id).execute();
  return rows.map((r) => r.permission).filter(isPermission);
}

export interface Principal {
  userId: number;
  login: string;
  displayName: string;
  roleName: string;
  permissions: ReadonlySet<string>;
  mustChangePassword: boolean;
  disabled: boolean;
}

/** Who the user is now: role and permissions are read at each call, so an admin's change applies at once. */
export async function loadPrincipal(db: Kysely<DB>, userId: number): Promise<Principal | null> {
  const u = await db
    .selectFrom('app_user')
    .innerJoin('role', 'role.id', 'app_user.role_id')
    .select([
      'app_user.id',
      'app_user.login',
      'app_user.display_name',
      'app_user.must_change_password',
      'app_user.disabled',
      'role.id as role_id',
      'role.code',
      'role.name as role_name',
    ])
    .where('app_user.id', '=', userId)
    .executeTakeFirst();
  if (!u) return null;
  return {
    userId: u.id,
    login: u.login,
    displayName: u.display_name,
    roleName: u.role_name,
    permissions: new Set(await rolePermissions(db, { id: u.role_id, code: u.code })),
    mustChangePassword: u.must_change_password === 1,
    disabled: u.disabled === 1,
  };
}
