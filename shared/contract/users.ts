import { z } from 'zod';
import { PERMISSIONS } from '../permissions';
import { Id, requiredText } from '../domain/values';
import { Login, NewPassword } from './admin';
import { route } from './route';

export const UserRow = z.object({
  id: Id,
  login: z.string(),
  displayName: z.string(),
  roleId: Id,
  roleName: z.string(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  /** Set while the account is locked out after failed sign-ins. */
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type UserRow = z.infer<typeof UserRow>;

export const Role = z.object({
  id: Id,
  /** Preset roles have a code and cannot be changed; custom roles have none. */
  code: z.string().nullable(),
  name: z.string(),
  permissions: z.array(z.enum(PERMISSIONS)),
  userCount: z.number().int(),
});
export type Role = z.infer<typeof Role>;

const PermissionList = z.array(z.enum(PERMISSIONS)).max(PERMISSIONS.length);

export const SecuritySettings = z.object({
  /** The app locks after this many idle minutes and asks for the password again. */
  idleTimeoutMinutes: z.number().int().min(1).max(480),
});
export type SecuritySettings = z.infer<typeof SecuritySettings>;

export const users = {
  'admin.user.list': route({
    kind: 'query',
    permission: 'admin.admin',
    input: z.object({}).strict(),
    output: z.object({ rows: z.array(UserRow) }),
  }),
  'admin.user.create': route({
    kind: 'mutation',
    permission: 'admin.admin',
    input: z.object({ login: Login, displayName: requiredText(100), roleId: Id, password: NewPassword }).strict(),
    output: UserRow,
  }),
  'admin.user.update': route({
    kind: 'mutation',
    permission: 'admin.admin',
    input: z.object({ id: Id, displayName: requiredText(100), roleId: Id, disabled: z.boolean() }).strict(),
    output: UserRow,
  }),
  /** Sets a temporary password, lifts a lockout, and forces a change at next sign-in. */
  'admin.user.resetPassword': route({
    kind: 'mutation',
    permission: 'admin.admin',
    input: z.object({ id: Id, password: NewPassword }).strict(),
    output: UserRow,
  }),
  'admin.role.list': route({
    kind: 'query',
    permission: 'admin.admin',
    input: z.object({}).strict(),
    output: z.object({ rows: z.array(Role) }),
  }),
  'admin.role.create': route({
    kind: 'mutation',
    permission: 'admin.admin',
    input: z.object({ name: requiredText(80), permissions: PermissionList }).strict(),
    output: Role,
  }),
  'admin.role.update': route({
    kind: 'mutation',
    permission: 'admin.admin',
    input: z.object({ id: Id, name: requiredText(80), permissions: PermissionList }).strict(),
    output: Role,
  }),
  'admin.role.delete': route({
    kind: 'mutation',
    permission: 'admin.admin',
    input: z.object({ id: Id }).strict(),
    output: z.object({ id: Id }),
  }),
  'admin.settings.get': route({
    kind: 'query',
    permission: 'admin.admin',
    input: z.object({}).strict(),
    output: SecuritySettings,
  }),
  'admin.settings.update': route({
    kind: 'mutation',
    permission: 'admin.admin',
    input: SecuritySettings.strict(),
    output: SecuritySettings,
  }),
} as const;
