// FEC export of a year of 1,000,000 lines (budget: 5 s). Run: npx tsx bench/fec-export.ts [lines]
// The ledger is filled through the batch posting (numbers, balances and seals as in the app), then exported.
import { inServiceTransaction, openCompany } from '../electron/core/testing';
import { postEntries } from '../electron/core/services/accounting/entries/ledger-batch';
import { ledgerDeps } from '../electron/core/services/accounting/entries/posting';
import { exportFec } from '../electron/core/services/accounting/fec/export-fec';
import { generatedDrafts } from '../electron/core/services/accounting/fec/generated-fec';

const lines = Number(process.argv[2] ?? 1_000_000);
const t = await openCompany({ now: () => new Date('2026-03-15T10:00:00Z') });
try {
  for (let done = 0, seed = 1; done < lines; seed++) {
    const drafts = generatedDrafts(Math.min(200_000, lines - done), seed);
    await inServiceTransaction(t, async (ctx) => postEntries(ledgerDeps(ctx), drafts));
    done += drafts.reduce((n, d) => n + d.lines.length, 0);
  }
  const { result } = await inServiceTransaction(t, async (ctx) => {
    const year = await ctx.db.selectFrom('fiscal_year').select('id').executeTakeFirstOrThrow();
    const out = [];
    for (const encoding of ['utf-8', 'iso-8859-15'] as const) {
      const start = performance.now();
      const cpu = process.cpuUsage();
      const file = exportFec(ctx.sqlite, { fiscalYearId: year.id, separator: 'tab', encoding });
      const used = process.cpuUsage(cpu);
      out.push({
        encoding,
        lines: file.lines,
        megabytes: Number((file.bytes.length / 1e6).toFixed(1)),
        ms: Math.round(performance.now() - start),
        cpuMs: Math.round((used.user + used.system) / 1000),
      });
    }
    return out;
  });
  for (const r of result) {
    console.log(
      `FEC export ${r.encoding}: ${r.lines} lines, ${r.megabytes} MB in ${r.ms} ms (${r.cpuMs} ms CPU); ` +
        `budget 5000 ms for 1,000,000 lines: ratio ${(r.ms / 5000 / (r.lines / 1_000_000)).toFixed(2)}`,
    );
  }
} finally {
  await t.close();
}
