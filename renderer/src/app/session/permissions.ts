import type { SessionInfo } from '../../../../shared/contract/system';
import { ACTIONS, type Department, type Permission } from '../../../../shared/permissions';
import { PRESET_ROLE_NAMES, PRESET_ROLES } from '../../../../shared/roles';
import { useSession } from './auth-context';

// The screens show only what the session's permissions allow. This is comfort, not security: the core
// refuses anything else anyway.

/** What a screen or a button needs: one cell of the grid, or a rule over all of them. */
export type Need = Permission | ((granted: ReadonlySet<Permission>) => boolean);

export function allows(granted: ReadonlySet<Permission>, need: Need): boolean {
  return typeof need === 'function' ? need(granted) : granted.has(need);
}

/** Any action at all in a department, e.g. any admin.* for the Administration menu. */
export function anyIn(department: Department): Need {
  return (granted) => ACTIONS.some((a) => granted.has(`${department}.${a}`));
}

export function grantedOf(session: Pick<SessionInfo, 'permissions'>): ReadonlySet<Permission> {
  return new Set(session.permissions);
}

/** Whether the signed-in user may do it: `const canWrite = useCan('parties.write')`. */
export function useCan(need: Need): boolean {
  const session = useSession();
  return allows(grantedOf(session), need);
}

/** Preset roles carry a code and read in the UI's language; custom roles keep the name their author gave. */
export function roleLabel(role: { code: string | null; name: string }, language: string): string {
  const preset = PRESET_ROLES.find((code) => code === role.code);
  if (!preset) return role.name;
  return PRESET_ROLE_NAMES[preset][language === 'en' ? 'en' : 'fr'];
}

/** The session only knows the role's name: a preset's name in either language reads in the current one. */
export function roleNameLabel(name: string, language: string): string {
  const preset = PRESET_ROLES.find(
    (code) => PRESET_ROLE_NAMES[code].fr === name || PRESET_ROLE_NAMES[code].en === name,
  );
  return preset ? PRESET_ROLE_NAMES[preset][language === 'en' ? 'en' : 'fr'] : name;
}
