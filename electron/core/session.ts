import { PERMISSIONS, type Permission } from '../../shared/permissions';

export interface Session {
  userId: number;
  login: string;
  displayName: string;
  permissions: ReadonlySet<string>;
}

/** The person at this desktop. Until accounts exist, the local user holds every permission. */
export function localSession(displayName = 'Administrateur'): Session {
  return { userId: 1, login: 'admin', displayName, permissions: new Set<Permission>(PERMISSIONS) };
}

/** The caller of the few public routes (first run) before anyone is signed in. */
export const ANONYMOUS: Session = { userId: 0, login: 'anonymous', displayName: 'Anonyme', permissions: new Set() };
