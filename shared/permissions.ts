// One permission per action group; each route names the one it needs. Roles (built on this list) decide who holds it.
export const PERMISSIONS = [
  'session',
  'admin.company.read',
  'admin.company.write',
  'parties.read',
  'parties.write',
  'parties.delete',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}
