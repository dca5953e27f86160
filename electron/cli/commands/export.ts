import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { callRoute, dbPathFrom, openCore, SIGN_IN_OPTIONS, withSignedIn } from '../core-session';
import { type Command, CommandError, UsageError } from '../usage';

/** One kind of file the company hands out: its own options, and how it is produced with the signed-in session. */
interface ExportKind {
  usage: string;
  options: Record<string, { type: 'string' | 'boolean'; default?: string }>;
  run(values: Record<string, string | boolean | undefined>): Promise<string>;
}

function writeOutput(dir: string, fileName: string, bytes: Buffer): string {
  const path = join(dir, fileName);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, bytes);
  } catch (error) {
    throw new CommandError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  return path;
}

const KINDS: Record<string, ExportKind> = {
  fec: {
    usage:
      'coulisse export fec --year YYYY --out DIR [--separator tab|pipe] [--encoding utf-8|iso-8859-15] --db FILE\n' +
      '                    [--user LOGIN] [--password-file FILE]   (YYYY: the calendar year the fiscal year ends in)',
    options: {
      year: { type: 'string' },
      out: { type: 'string' },
      separator: { type: 'string', default: 'tab' },
      encoding: { type: 'string', default: 'utf-8' },
    },
    async run(values) {
      const year = String(values.year ?? '');
      if (!/^\d{4}$/.test(year)) throw new UsageError('--year YYYY is required');
      if (typeof values.out !== 'string' || values.out === '') throw new UsageError('--out DIR is required');
      const separator = values.separator;
      const encoding = values.encoding;
      if (separator !== 'tab' && separator !== 'pipe') throw new UsageError(`unknown separator: ${String(separator)}`);
      if (encoding !== 'utf-8' && encoding !== 'iso-8859-15') {
        throw new UsageError(`unknown encoding: ${String(encoding)}`);
      }
      const out = values.out;
      const core = await openCore(dbPathFrom(values.db as string | undefined));
      try {
        return await withSignedIn(core, values, async (token) => {
          const years = await callRoute(core, 'accounting.year.list', {}, token);
          const fiscalYear = years.find((y) => y.endDate.startsWith(year));
          if (fiscalYear === undefined) throw new CommandError(`no fiscal year ends in ${year}`);
          const file = await callRoute(
            core,
            'accounting.fec.export',
            { fiscalYearId: fiscalYear.id, separator, encoding },
            token,
          );
          const path = writeOutput(out, file.fileName, Buffer.from(file.contentBase64, 'base64'));
          return `${path}: ${file.entries} entries, ${file.lines} lines (${fiscalYear.startDate} to ${fiscalYear.endDate})`;
        });
      } finally {
        await core.close();
      }
    },
  },
};

export const exportCommand: Command = {
  name: 'export',
  summary: `write a file out of the company: ${Object.keys(KINDS).join(', ')}`,
  usage: Object.values(KINDS)
    .map((k) => k.usage)
    .join('\n       '),
  async run(args) {
    const [kind, ...rest] = args;
    const handler = kind === undefined ? undefined : KINDS[kind];
    if (handler === undefined) {
      throw new UsageError(
        `${kind === undefined ? 'missing' : 'unknown'} kind of file: one of ${Object.keys(KINDS).join(', ')}`,
      );
    }
    const { values } = parseArgs({
      args: rest,
      strict: true,
      options: { db: { type: 'string' }, ...SIGN_IN_OPTIONS, ...handler.options },
    });
    process.stdout.write(`${await handler.run(values)}\n`);
  },
};
