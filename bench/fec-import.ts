// FEC import of a generated file through the route (target: seconds for 100,000 lines).
// Run: npx tsx bench/fec-import.ts [lines]
import { openCompany } from '../electron/core/testing';
import { generateFecEntries } from '../electron/core/services/accounting/fec/generated-fec';
import { writeFec } from '../electron/core/services/accounting/fec/write-fec';

const lines = Number(process.argv[2] ?? 100_000);
const t = await openCompany({ now: () => new Date('2026-03-15T10:00:00Z') });
try {
  const file = writeFec(generateFecEntries(lines, 1), {
    siren: '732829320',
    closingDate: '2026-12-31',
    separator: 'tab',
    encoding: 'utf-8',
  });
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await t.call('accounting.fec.import', {
    fileName: file.fileName,
    contentBase64: Buffer.from(file.bytes).toString('base64'),
  });
  const used = process.cpuUsage(cpu);
  console.log(
    `FEC import: ${result.entries} entries, ${result.lines} lines in ${Math.round(performance.now() - start)} ms ` +
      `(${Math.round((used.user + used.system) / 1000)} ms CPU)`,
  );
} finally {
  await t.close();
}
