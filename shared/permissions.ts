// Permissions are a grid: each department × each action. Every route names the one cell it needs; roles
// (shared/roles.ts) are sets of cells. 'session' is held by every signed-in user.
export const DEPARTMENTS = ['parties', 'accounting', 'sales', 'purchasing', 'hr', 'it', 'legal', 'admin'] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** read: see; write: create and edit; validate: make a document final (number, post); admin: settings of the department. */
export const ACTIONS = ['read', 'write', 'validate', 'admin'] as const;
export type Action = (typeof ACTIONS)[number];

export type Permission = 'session' | `${Department}.${Action}`;

export const PERMISSIONS: readonly Permission[] = [
  'session',
  ...DEPARTMENTS.flatMap((d) => ACTIONS.map((a) => `${d}.${a}` as const)),
];

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}
