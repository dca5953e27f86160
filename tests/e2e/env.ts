/** A fixed token for the test server: the app receives it in the URL fragment, as a user would. */
export const E2E_TOKEN = 'e2e-token-0123456789abcdef';
