import type { Kysely } from 'kysely';
import { PRESET_ROLE_NAMES, PRESET_ROLES, type PresetRole } from '../../../../shared/roles';
import { AppError } from '../../../../shared/errors';
import { hashPassword, type ScryptParams } from '../../auth/passwords';
import type { DB } from '../../db/schema';

/** The preset roles exist as rows (users point at them); their permissions come from shared/roles.ts. */
export async function ensurePresetRoles(db: Kysely<DB>, now: string): Promise<void> {
  for (const code of PRESET_ROLES) {
    await db
      .insertInto('role')
      .values({ code, name: PRESET_ROLE_NAMES[code].fr, created_at: now, updated_at: now })
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
  }
}

export async function presetRoleId(db: Kysely<DB>, code: PresetRole): Promise<number> {
  const row = await db.selectFrom('role').select('id').where('code', '=', code).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'role', code });
  return row.id;
}

export interface NewUser {
  login: string;
  displayName: string;
  roleId: number;
  password: string;
  mustChangePassword: boolean;
}

export async function insertUser(db: Kysely<DB>, user: NewUser, params: ScryptParams, now: string): Promise<number> {
  const taken = await db.selectFrom('app_user').select('id').where('login', '=', user.login).executeTakeFirst();
  if (taken)
    throw new AppError('CONFLICT', 'errors.loginTaken', {
      issues: [{ path: 'login', messageKey: 'errors.loginTaken' }],
    });
  const role = await db.selectFrom('role').select('id').where('id', '=', user.roleId).executeTakeFirst();
  if (!role) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'role', id: user.roleId });
  const pw = await hashPassword(user.password, params);
  const { id } = await db
    .insertInto('app_user')
    .values({
      login: user.login,
      display_name: user.displayName,
      role_id: user.roleId,
      password_hash: pw.hash,
      password_salt: pw.salt,
      password_params: pw.params,
      must_change_password: user.mustChangePassword ? 1 : 0,
      disabled: 0,
      failed_attempts: 0,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** What the audit trail keeps of a user: never the password hash. */
export async function userSnapshot(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('app_user')
    .select(['id', 'login', 'display_name', 'role_id', 'disabled', 'must_change_password', 'locked_until'])
    .where('id', '=', id)
    .executeTakeFirst();
}
