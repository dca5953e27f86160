/** A fixed token for the test server: the app receives it in the URL fragment, as a user would. */
export const E2E_TOKEN = 'e2e-token-0123456789abcdef';

export interface Credentials {
  login: string;
  password: string;
  displayName: string;
}

/** The first administrator, created with the company by first-run.spec.ts. */
export const ADMIN: Credentials = {
  login: 'claire.admin',
  password: 'coulisse-e2e-admin',
  displayName: 'Claire Moreau',
};
