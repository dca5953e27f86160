import { z } from 'zod';
import { PERMISSIONS } from '../permissions';
import { NewPassword } from './admin';
import { route } from './route';

export const SessionInfo = z.object({
  userId: z.number().int(),
  login: z.string(),
  displayName: z.string(),
  roleName: z.string(),
  permissions: z.array(z.enum(PERMISSIONS)),
  /** Until the password is changed, only changing it (or signing out) is allowed. */
  mustChangePassword: z.boolean(),
  idleTimeoutMinutes: z.number().int(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const AppInfo = z.object({
  version: z.string(),
  schemaVersion: z.number().int(),
  dbPath: z.string(),
  hasCompany: z.boolean(),
});

export const LoginResult = z.object({
  /** Handed to the host, which attaches it to this window's or tab's later calls. */
  sessionToken: z.string(),
  session: SessionInfo,
});
export type LoginResult = z.infer<typeof LoginResult>;
export type AppInfo = z.infer<typeof AppInfo>;

export const SearchHit = z.object({
  kind: z.enum(['party', 'product', 'request']),
  id: z.number().int(),
  title: z.string(),
  subtitle: z.string().nullable(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const system = {
  'system.app.info': route({
    kind: 'query',
    permission: 'session',
    public: true,
    input: z.object({}).strict(),
    output: AppInfo,
  }),
  'system.auth.login': route({
    kind: 'mutation',
    permission: 'session',
    public: true,
    input: z
      .object({ login: z.string().trim().toLowerCase().min(1).max(40), password: z.string().min(1).max(200) })
      .strict(),
    output: LoginResult,
  }),
  'system.auth.logout': route({
    kind: 'mutation',
    permission: 'session',
    input: z.object({}).strict(),
    output: z.object({ ok: z.literal(true) }),
  }),
  /** Locks the caller's session at once (the user stepped away): nothing passes until system.auth.unlock. */
  'system.auth.lock': route({
    kind: 'mutation',
    permission: 'session',
    input: z.object({}).strict(),
    output: z.object({ ok: z.literal(true) }),
  }),
  /** After the idle lock: the same user types the password again and carries on where they were. */
  'system.auth.unlock': route({
    kind: 'mutation',
    permission: 'session',
    input: z.object({ password: z.string().min(1).max(200) }).strict(),
    output: SessionInfo,
  }),
  'system.auth.changePassword': route({
    kind: 'mutation',
    permission: 'session',
    input: z.object({ currentPassword: z.string().min(1).max(200), newPassword: NewPassword }).strict(),
    output: SessionInfo,
  }),
  'system.session.get': route({
    kind: 'query',
    permission: 'session',
    input: z.object({}).strict(),
    output: SessionInfo,
  }),
  'system.search.query': route({
    kind: 'query',
    permission: 'session',
    input: z
      .object({ text: z.string().trim().min(1).max(200), limit: z.number().int().min(1).max(50).default(10) })
      .strict(),
    output: z.object({ hits: z.array(SearchHit) }),
  }),
} as const;
