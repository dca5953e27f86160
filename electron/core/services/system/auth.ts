import type { SessionInfo } from '../../../../shared/contract/system';
import { AppError } from '../../../../shared/errors';
import { isPermission } from '../../../../shared/permissions';
import { hashPassword, verifyPassword } from '../../auth/passwords';
import { loadPrincipal } from '../../auth/principal';
import { LOCKOUT_MS, MAX_FAILED_ATTEMPTS } from '../../auth/runtime';
import type { Ctx } from '../../context';
import type { Session } from '../../session';

export function sessionInfo(ctx: Ctx, s: Omit<Session, 'token'>): SessionInfo {
  return {
    userId: s.userId,
    login: s.login,
    displayName: s.displayName,
    roleName: s.roleName,
    permissions: [...s.permissions].filter(isPermission),
    mustChangePassword: s.mustChangePassword,
    idleTimeoutMinutes: ctx.auth.idleTimeoutMinutes,
  };
}

// Verifying against this keeps an unknown login as slow as a wrong password: no timing tells which logins exist.
let decoy: Promise<{ hash: string; salt: string; params: string }> | null = null;

/**
 * Checks a password for a user and keeps count of failures: the fifth in a row locks the account for five
 * minutes. Failures commit (AppError with commit) so the count and the audit row survive the refusal.
 */
async function checkPassword(ctx: Ctx, userId: number, password: string, failureKey: string): Promise<void> {
  const u = await ctx.db.selectFrom('app_user').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
  const now = ctx.now();
  const actor = { userId: u.id, login: u.login };
  if (u.disabled) throw new AppError('FORBIDDEN', 'errors.accountDisabled');
  if (u.locked_until && u.locked_until > now.toISOString()) {
    throw new AppError('FORBIDDEN', 'errors.accountLocked', { until: u.locked_until });
  }
  const ok = await verifyPassword(password, {
    hash: u.password_hash,
    salt: u.password_salt,
    params: u.password_params,
  });
  if (ok) {
    if (u.failed_attempts > 0 || u.locked_until) {
      await ctx.db
        .updateTable('app_user')
        .set({ failed_attempts: 0, locked_until: null })
        .where('id', '=', u.id)
        .execute();
    }
    return;
  }
  const attempts = u.failed_attempts + 1;
  const lock = attempts >= MAX_FAILED_ATTEMPTS;
  const lockedUntil = lock ? new Date(now.getTime() + LOCKOUT_MS).toISOString() : null;
  await ctx.db
    .updateTable('app_user')
    .set({ failed_attempts: lock ? 0 : attempts, locked_until: lockedUntil })
    .where('id', '=', u.id)
    .execute();
  ctx.audit({
    entityType: 'user',
    entityId: u.id,
    before: null,
    after: { failedAttempts: attempts, lockedUntil },
    actor,
  });
  if (lock) {
    ctx.auth.sessions.endUser(u.id);
    throw new AppError('FORBIDDEN', 'errors.accountLocked', { until: lockedUntil }, { commit: true });
  }
  throw new AppError('UNAUTHENTICATED', failureKey, undefined, { commit: true });
}

export async function login(ctx: Ctx, input: { login: string; password: string }) {
  const u = await ctx.db
    .selectFrom('app_user')
    .select(['id', 'login'])
    .where('login', '=', input.login)
    .executeTakeFirst();
  if (!u) {
    decoy ??= hashPassword('decoy', ctx.auth.passwordParams);
    await verifyPassword(input.password, await decoy);
    ctx.audit({
      entityType: 'user',
      entityId: null,
      before: null,
      after: { login: input.login, ok: false },
      actor: { userId: 0, login: input.login },
    });
    throw new AppError('UNAUTHENTICATED', 'errors.badCredentials', undefined, { commit: true });
  }
  await checkPassword(ctx, u.id, input.password, 'errors.badCredentials');
  const now = ctx.now();
  await ctx.db.updateTable('app_user').set({ last_login_at: now.toISOString() }).where('id', '=', u.id).execute();
  const principal = (await loadPrincipal(ctx.db, u.id))!;
  const sessionToken = ctx.auth.sessions.create(u.id, now.getTime());
  ctx.audit({
    entityType: 'user',
    entityId: u.id,
    before: null,
    after: { ok: true },
    actor: { userId: u.id, login: u.login },
  });
  return { sessionToken, session: sessionInfo(ctx, principal) };
}

export async function logout(ctx: Ctx) {
  if (ctx.session.token) ctx.auth.sessions.end(ctx.session.token);
  ctx.audit({ entityType: 'user', entityId: ctx.session.userId, before: null, after: null });
  return { ok: true as const };
}

export async function lock(ctx: Ctx) {
  if (ctx.session.token) ctx.auth.sessions.lock(ctx.session.token);
  ctx.audit({ entityType: 'user', entityId: ctx.session.userId, before: null, after: { locked: true } });
  return { ok: true as const };
}

export async function unlock(ctx: Ctx, input: { password: string }) {
  await checkPassword(ctx, ctx.session.userId, input.password, 'errors.wrongPassword');
  ctx.auth.sessions.unlock(ctx.session.token!, ctx.now().getTime());
  ctx.audit({ entityType: 'user', entityId: ctx.session.userId, before: null, after: { unlocked: true } });
  return sessionInfo(ctx, ctx.session);
}

export async function changePassword(ctx: Ctx, input: { currentPassword: string; newPassword: string }) {
  await checkPassword(ctx, ctx.session.userId, input.currentPassword, 'errors.wrongPassword');
  if (input.currentPassword === input.newPassword) {
    throw new AppError('VALIDATION', 'errors.samePassword', {
      issues: [{ path: 'newPassword', messageKey: 'errors.samePassword' }],
    });
  }
  const pw = await hashPassword(input.newPassword, ctx.auth.passwordParams);
  await ctx.db
    .updateTable('app_user')
    .set({
      password_hash: pw.hash,
      password_salt: pw.salt,
      password_params: pw.params,
      must_change_password: 0,
      updated_at: ctx.now().toISOString(),
    })
    .where('id', '=', ctx.session.userId)
    .execute();
  ctx.audit({ entityType: 'user', entityId: ctx.session.userId, before: null, after: { passwordChanged: true } });
  return sessionInfo(ctx, { ...ctx.session, mustChangePassword: false });
}
