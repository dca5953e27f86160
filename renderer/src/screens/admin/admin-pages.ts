import type { Permission } from '../../../../shared/permissions';

/** The pages of Administration, in tab order, with what each needs (the routes they call need the same). */
export const ADMIN_PAGES = [
  { key: 'company', need: 'admin.read' },
  { key: 'users', need: 'admin.admin' },
  { key: 'roles', need: 'admin.admin' },
  { key: 'security', need: 'admin.admin' },
  { key: 'audit', need: 'admin.read' },
  { key: 'integrity', need: 'admin.read' },
  { key: 'backups', need: 'admin.admin' },
] as const satisfies readonly { key: string; need: Permission }[];

export type AdminPage = (typeof ADMIN_PAGES)[number]['key'];
