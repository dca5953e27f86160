import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Tests that read the public reference files kept beside the repository (../shared/samples: e-invoices, FEC
// files, the chart of accounts). Where that folder is absent they cannot run, and the run says so.
const SAMPLES = resolve(__dirname, '..', 'shared', 'samples');
const SAMPLE_TESTS = [
  'electron/core/services/accounting/einvoice/samples.test.ts',
  'electron/core/services/accounting/einvoice/parse.test.ts',
  'electron/core/services/accounting/bills/bill-samples.test.ts',
  'electron/cli/import-einvoice.test.ts',
  'electron/core/services/accounting/fec/read-fec.test.ts',
  'electron/core/services/accounting/fec/trial-balance.test.ts',
  'electron/core/services/accounting/fec/write-fec.test.ts',
  'electron/core/services/accounting/fec/fec-import.test.ts',
  'electron/core/services/accounting/chart/pcg-2025.test.ts',
  'electron/core/services/sales/einvoice-out/einvoice-schemas.test.ts',
  'electron/core/services/sales/einvoice-out/demo-einvoices.test.ts',
  'electron/core/services/admin/full-export/full-export.test.ts',
];
const haveSamples = existsSync(SAMPLES);
if (!haveSamples) {
  console.warn(
    `Reference samples not found at ${SAMPLES}: skipping the ${SAMPLE_TESTS.length} test files that read them.`,
  );
}

export default defineConfig({
  test: {
    include: [
      'electron/**/*.test.ts',
      'shared/**/*.test.ts',
      'scripts/**/*.test.ts',
      'bench/generate/*.test.ts',
      'tests/unit/**/*.test.ts',
      'renderer/src/**/*.test.{ts,tsx}',
    ],
    exclude: ['**/node_modules/**', ...(haveSamples ? [] : SAMPLE_TESTS)],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
