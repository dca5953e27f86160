// The core alone in its own process, as the desktop app hosts it: opened on the bench's file, then every list
// case (first and deep page), the global search, the yearly reports and the FEC export of the year (into a folder)
// through their routes. It answers its peak and final resident memory to the parent.
import { startCore } from '../../electron/core/host';
import { ADMIN } from '../../electron/core/testdata/fixtures';
import { walkListCases, type Known } from './list-cases';

interface Job {
  dbPath: string;
  now: string;
  known: Known;
  fiscalYearId: number;
  words: string[];
  folder: string;
}

process.once('message', (job: Job) => {
  void run(job).then(
    (answer) => process.send!(answer, () => process.exit(0)),
    (error: unknown) => process.send!({ error: String(error) }, () => process.exit(1)),
  );
});

async function run(job: Job) {
  const core = await startCore({
    dbPath: job.dbPath,
    appVersion: 'bench',
    now: () => new Date(job.now),
    log: () => {},
  });
  const login = await core.call('system.auth.login', { login: ADMIN.login, password: ADMIN.password }, null);
  if (!login.ok) throw new Error(JSON.stringify(login.error));
  const token = (login.data as { sessionToken: string }).sessionToken;
  const call = async (route: string, input: unknown) => {
    const res = await core.call(route, input, token);
    if (!res.ok) throw new Error(`${route}: ${res.error.code} ${res.error.messageKey}`);
    return res.data;
  };
  for (const { listCase, first, deep } of walkListCases(job.known)) {
    const answer = (await call(listCase.route, first)) as { total?: number };
    const deepPage = deep(answer.total ?? 0);
    if (deepPage) await call(listCase.route, deepPage.input);
  }
  for (const text of job.words) await call('system.search.query', { text, limit: 10 });
  const year = job.known.year;
  for (const route of ['accounting.report.trialBalance', 'accounting.report.incomeStatement']) {
    await call(route, { from: year.from, to: year.to });
  }
  await call('accounting.report.balanceSheet', { asOf: year.to });
  const afterLists = process.memoryUsage().rss;
  const peakBeforeFec = process.resourceUsage().maxRSS / 1024;
  // As the desktop app exports it: written into a folder as it is encoded.
  const fec = (await call('accounting.fec.save', { fiscalYearId: job.fiscalYearId, folder: job.folder })) as {
    lines: number;
  };
  await core.close();
  return {
    peakMb: process.resourceUsage().maxRSS / 1024,
    afterListsMb: afterLists / 1048576,
    peakBeforeFecMb: peakBeforeFec,
    fecLines: fec.lines,
  };
}
