import { parseArgs } from 'node:util';
import { IsoDate } from '../../../shared/domain/values';
import type { CoreHost } from '../../core/host';
import { callRoute, dbPathFrom, openCore, SIGN_IN_OPTIONS, withSignedIn } from '../core-session';
import { type Command, UsageError } from '../usage';
import { agedCsv, balanceSheetCsv, incomeStatementCsv, ledgerCsv, trialBalanceCsv, vatCsv } from './report-csv';

// coulisse report <name>: the accounting reports for scripts and the accountant, printed on stdout as CSV or as
// the route's JSON. Statements as of a date (balance sheet, aged balance) take --to as that date.

interface Options {
  from: string;
  to: string;
  kind: 'customer' | 'supplier';
}

type Runner = (core: CoreHost, token: string, o: Options) => Promise<{ json: unknown; csv: string }>;

const REPORTS: Record<string, Runner> = {
  'trial-balance': async (core, token, o) => {
    const r = await callRoute(core, 'accounting.report.trialBalance', { from: o.from, to: o.to }, token);
    return { json: r, csv: trialBalanceCsv(r) };
  },
  ledger: async (core, token, o) => {
    const r = await callRoute(core, 'accounting.report.ledger', { from: o.from, to: o.to, limit: 200_000 }, token);
    return { json: r, csv: ledgerCsv(r) };
  },
  pnl: async (core, token, o) => {
    const r = await callRoute(core, 'accounting.report.incomeStatement', { from: o.from, to: o.to }, token);
    return { json: r, csv: incomeStatementCsv(r) };
  },
  'balance-sheet': async (core, token, o) => {
    const r = await callRoute(core, 'accounting.report.balanceSheet', { asOf: o.to }, token);
    return { json: r, csv: balanceSheetCsv(r) };
  },
  vat: async (core, token, o) => {
    const r = await callRoute(core, 'accounting.report.vat', { from: o.from, to: o.to }, token);
    return { json: r, csv: vatCsv(r) };
  },
  aged: async (core, token, o) => {
    const r = await callRoute(core, 'accounting.report.aged', { asOf: o.to, kind: o.kind }, token);
    return { json: r, csv: agedCsv(r) };
  },
};

function date(flag: string, value: string | undefined): string {
  if (value === undefined) throw new UsageError(`--${flag} YYYY-MM-DD is required`);
  if (!IsoDate.safeParse(value).success) throw new UsageError(`--${flag}: not a date (YYYY-MM-DD): ${value}`);
  return value;
}

export const reportCommand: Command = {
  name: 'report',
  summary: 'print an accounting report: trial balance, ledger, income statement, balance sheet, VAT, aged balance',
  usage:
    'coulisse report trial-balance|ledger|pnl|balance-sheet|vat|aged --from YYYY-MM-DD --to YYYY-MM-DD ' +
    '[--kind customer|supplier] [--format csv|json] --db FILE [--user LOGIN] [--password-file FILE]',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        kind: { type: 'string', default: 'customer' },
        format: { type: 'string', default: 'csv' },
        ...SIGN_IN_OPTIONS,
      },
    });
    const [name, ...extra] = positionals;
    if (!name) throw new UsageError(`which report? ${Object.keys(REPORTS).join(', ')}`);
    const runner = REPORTS[name];
    if (!runner) throw new UsageError(`unknown report: ${name}`);
    if (extra.length) throw new UsageError(`unexpected argument: ${extra[0]}`);
    if (values.format !== 'csv' && values.format !== 'json') throw new UsageError(`unknown format: ${values.format}`);
    if (values.kind !== 'customer' && values.kind !== 'supplier') throw new UsageError(`unknown kind: ${values.kind}`);
    const to = date('to', values.to);
    const asOf = name === 'balance-sheet' || name === 'aged';
    const from = asOf && values.from === undefined ? to : date('from', values.from);
    if (from > to) throw new UsageError('--from must not be after --to');
    const core = await openCore(dbPathFrom(values.db), { lock: false });
    try {
      const out = await withSignedIn(core, values, (token) =>
        runner(core, token, { from, to, kind: values.kind as Options['kind'] }),
      );
      process.stdout.write(values.format === 'json' ? `${JSON.stringify(out.json, null, 2)}\n` : out.csv);
    } finally {
      await core.close();
    }
  },
};
