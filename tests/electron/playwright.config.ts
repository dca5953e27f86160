import { defineConfig } from '@playwright/test';

// The Electron shell smoke test, apart from the browser-mode suite (it needs `npm run build`, the Electron
// build of better-sqlite3 and an Electron binary):
//   npx playwright test -c tests/electron/playwright.config.ts
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 20_000 },
  reporter: 'list',
  outputDir: '../../test-results/electron',
});
