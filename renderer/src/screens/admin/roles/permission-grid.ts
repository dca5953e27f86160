import { ACTIONS, type Action, type Department, type Permission } from '../../../../../shared/permissions';

/**
 * Ticking a cell in the grid. Any action in a department implies reading it (a user who may edit what they
 * cannot see is a trap), so ticking one ticks "read" too, and unticking "read" clears the row.
 */
export function togglePermission(
  current: readonly Permission[],
  department: Department,
  action: Action,
  on: boolean,
): Permission[] {
  const set = new Set(current);
  const cell = `${department}.${action}` as const;
  if (on) {
    set.add(cell);
    set.add(`${department}.read`);
  } else if (action === 'read') {
    for (const a of ACTIONS) set.delete(`${department}.${a}`);
  } else {
    set.delete(cell);
  }
  return [...set];
}

/** A whole department at once, from its row header. */
export function toggleDepartment(current: readonly Permission[], department: Department, on: boolean): Permission[] {
  const set = new Set(current);
  for (const a of ACTIONS) {
    if (on) set.add(`${department}.${a}`);
    else set.delete(`${department}.${a}`);
  }
  return [...set];
}

/** Every role holds 'session' (signing in at all); the grid does not show it. */
export function withSession(permissions: readonly Permission[]): Permission[] {
  return permissions.includes('session') ? [...permissions] : ['session', ...permissions];
}
