// The process the crash test kills: it writes through the real core and says "ack <kind> <id>" only once a
// call has returned ok, so every line the parent reads is a write the core acknowledged.
// Usage: node durability-child.mjs <dbPath> <entryDate>

import { startCore } from '../host';
import { ADMIN } from '../testdata/fixtures';
import { TEST_SCRYPT } from '../testing';

const [dbPath, entryDate] = process.argv.slice(2);
if (!dbPath || !entryDate) {
  process.stderr.write('usage: durability-child <dbPath> <entryDate>\n');
  process.exit(2);
}

// An orphan must not keep writing when the test runner is gone: the parent holds our stdin open.
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();

async function call(core: Awaited<ReturnType<typeof startCore>>, route: string, input: unknown, token: string | null) {
  const res = await core.call(route, input, token);
  if (!res.ok) throw new Error(`${route}: ${JSON.stringify(res.error)}`);
  return res.data as { id: number; sessionToken?: string };
}

const core = await startCore({ dbPath, appVersion: 'durability', passwordParams: TEST_SCRYPT, log: () => {} });
const { sessionToken } = (await call(
  core,
  'system.auth.login',
  { login: ADMIN.login, password: ADMIN.password },
  null,
)) as unknown as { sessionToken: string };

for (let n = 1; ; n++) {
  // Every call settles in microtasks (the driver is synchronous): without a turn of the event loop, the stdin
  // guard above would never run.
  await new Promise((resolve) => setImmediate(resolve));
  const party = await call(
    core,
    'parties.party.create',
    { kind: 'company', name: `Client ${process.pid}-${n}`, isCustomer: true, isSupplier: false },
    sessionToken,
  );
  process.stdout.write(`ack party ${party.id}\n`);
  if (n % 4 === 0) {
    const cents = 1000 + n;
    const entry = await call(
      core,
      'accounting.entry.post',
      {
        journalCode: 'BQ',
        date: entryDate,
        label: `Encaissement ${process.pid}-${n}`,
        reference: null,
        lines: [
          { accountNumber: '512', debit: cents },
          { accountNumber: '706', credit: cents },
        ],
      },
      sessionToken,
    );
    process.stdout.write(`ack entry ${entry.id}\n`);
  }
}
