import type { Principal } from './auth/principal';

/** Who is calling: a signed-in user with their session token, or nobody (public routes only). */
export interface Session extends Principal {
  token: string | null;
}

export const ANONYMOUS: Session = {
  token: null,
  userId: 0,
  login: 'anonymous',
  displayName: '',
  roleName: '',
  permissions: new Set(),
  mustChangePassword: false,
  disabled: false,
};
