import type { Kysely } from 'kysely';
import type { UserRow, users } from '../../../../shared/contract/users';
import { AppError } from '../../../../shared/errors';
import { hashPassword } from '../../auth/passwords';
import type { Ctx, Handlers } from '../../context';
import type { DB } from '../../db/schema';
import { insertUser, presetRoleId, userSnapshot } from './user-store';

type UserRoutes = Extract<keyof typeof users, `admin.user.${string}`>;

function userRows(db: Kysely<DB>) {
  return db
    .selectFrom('app_user')
    .innerJoin('role', 'role.id', 'app_user.role_id')
    .select([
      'app_user.id',
      'app_user.login',
      'app_user.display_name',
      'app_user.role_id',
      'role.name as role_name',
      'app_user.disabled',
      'app_user.must_change_password',
      'app_user.locked_until',
      'app_user.last_login_at',
      'app_user.created_at',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof userRows>['executeTakeFirstOrThrow']>>;

function toUserRow(r: Row, now: Date): UserRow {
  return {
    id: r.id,
    login: r.login,
    displayName: r.display_name,
    roleId: r.role_id,
    roleName: r.role_name,
    disabled: r.disabled === 1,
    mustChangePassword: r.must_change_password === 1,
    // A lockout that has run out is no lockout: the next sign-in clears it.
    lockedUntil: r.locked_until && r.locked_until > now.toISOString() ? r.locked_until : null,
    lastLoginAt: r.last_login_at,
    createdAt: r.created_at,
  };
}

async function loadUser(ctx: Ctx, id: number): Promise<UserRow> {
  const r = await userRows(ctx.db).where('app_user.id', '=', id).executeTakeFirst();
  if (!r) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'user', id });
  return toUserRow(r, ctx.now());
}

async function requireRole(ctx: Ctx, roleId: number): Promise<void> {
  const role = await ctx.db.selectFrom('role').select('id').where('id', '=', roleId).executeTakeFirst();
  if (!role) {
    throw new AppError('NOT_FOUND', 'errors.notFound', {
      entity: 'role',
      id: roleId,
      issues: [{ path: 'roleId', messageKey: 'errors.notFound' }],
    });
  }
}

/** Active users holding the Administrateur preset role, other than `exceptId`. */
async function otherActiveAdmins(ctx: Ctx, adminRoleId: number, exceptId: number): Promise<number> {
  const { n } = await ctx.db
    .selectFrom('app_user')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role_id', '=', adminRoleId)
    .where('disabled', '=', 0)
    .where('id', '!=', exceptId)
    .executeTakeFirstOrThrow();
  return n;
}

export const userHandlers = {
  'admin.user.list': async (ctx) => {
    const rows = await userRows(ctx.db).orderBy('app_user.login').execute();
    const now = ctx.now();
    return { rows: rows.map((r) => toUserRow(r, now)) };
  },

  // The administrator hands over a temporary password; the user chooses their own at first sign-in.
  'admin.user.create': async (ctx, input) => {
    const id = await insertUser(
      ctx.db,
      { ...input, mustChangePassword: true },
      ctx.auth.passwordParams,
      ctx.now().toISOString(),
    );
    ctx.audit({ entityType: 'user', entityId: id, before: null, after: await userSnapshot(ctx.db, id) });
    return loadUser(ctx, id);
  },

  // Users are never deleted: the audit trail names them. Disabling is how someone leaves.
  'admin.user.update': async (ctx, input) => {
    const before = await loadUser(ctx, input.id);
    await requireRole(ctx, input.roleId);
    if (input.disabled && !before.disabled && input.id === ctx.session.userId) {
      throw new AppError('CONFLICT', 'errors.selfDisable', {
        issues: [{ path: 'disabled', messageKey: 'errors.selfDisable' }],
      });
    }
    const adminRoleId = await presetRoleId(ctx.db, 'administrateur');
    const losesAdmin = before.roleId === adminRoleId && !before.disabled;
    const staysAdmin = input.roleId === adminRoleId && !input.disabled;
    if (losesAdmin && !staysAdmin && (await otherActiveAdmins(ctx, adminRoleId, input.id)) === 0) {
      const path = input.disabled ? 'disabled' : 'roleId';
      throw new AppError('CONFLICT', 'errors.lastAdmin', { issues: [{ path, messageKey: 'errors.lastAdmin' }] });
    }
    const snapshotBefore = await userSnapshot(ctx.db, input.id);
    await ctx.db
      .updateTable('app_user')
      .set({
        display_name: input.displayName,
        role_id: input.roleId,
        disabled: input.disabled ? 1 : 0,
        updated_at: ctx.now().toISOString(),
      })
      .where('id', '=', input.id)
      .execute();
    if (input.disabled) ctx.auth.sessions.endUser(input.id);
    ctx.audit({
      entityType: 'user',
      entityId: input.id,
      before: snapshotBefore,
      after: await userSnapshot(ctx.db, input.id),
    });
    return loadUser(ctx, input.id);
  },

  'admin.user.resetPassword': async (ctx, { id, password }) => {
    await loadUser(ctx, id);
    const snapshotBefore = await userSnapshot(ctx.db, id);
    const pw = await hashPassword(password, ctx.auth.passwordParams);
    await ctx.db
      .updateTable('app_user')
      .set({
        password_hash: pw.hash,
        password_salt: pw.salt,
        password_params: pw.params,
        must_change_password: 1,
        failed_attempts: 0,
        locked_until: null,
        updated_at: ctx.now().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    // Whoever is signed in with the old password is signed out.
    ctx.auth.sessions.endUser(id);
    // The snapshot may look unchanged (it never holds the password): the marker says what happened.
    const after = { ...(await userSnapshot(ctx.db, id)), passwordReset: true };
    ctx.audit({ entityType: 'user', entityId: id, before: snapshotBefore, after });
    return loadUser(ctx, id);
  },
} satisfies Pick<Handlers<typeof users>, UserRoutes>;
