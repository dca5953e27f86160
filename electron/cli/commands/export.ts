import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { callRoute, dbPathFrom, openCore, SIGN_IN_OPTIONS, withSignedIn } from '../core-session';
import { type Command, CommandError, UsageError } from '../usage';

/** One kind of file the company hands out: its own options, and how it is produced with the signed-in session. */
interface ExportKind {
  usage: string;
  options: Record<string, { type: 'string' | 'boolean'; default?: string }>;
  /** Whether the kind takes a positional argument (the document's number). */
  positional?: boolean;
  run(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<string>;
}

function writeOutput(dir: string, fileName: string, bytes: Buffer): string {
  return writeFile(join(dir, fileName), bytes);
}

function writeFile(path: string, bytes: Buffer): string {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  } catch (error) {
    throw new CommandError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  return path;
}

const E_INVOICE_FORMATS = ['facturx', 'cii', 'ubl'] as const;

const KINDS: Record<string, ExportKind> = {
  all: {
    usage:
      'coulisse export all --out FILE.zip --db FILE [--user LOGIN] [--password-file FILE]\n' +
      '                    (every table as CSV, the FEC of each year, the attached documents)',
    options: { out: { type: 'string' } },
    async run(values) {
      if (typeof values.out !== 'string' || !values.out.endsWith('.zip')) {
        throw new UsageError('--out FILE.zip is required');
      }
      const out = resolve(values.out);
      const core = await openCore(dbPathFrom(values.db as string | undefined));
      try {
        return await withSignedIn(core, values, async (token) => {
          // The core writes beside the requested file, so the final rename stays on one file system.
          const r = await callRoute(core, 'admin.export.all', { folder: dirname(out) }, token);
          try {
            renameSync(r.path, out);
          } catch (error) {
            throw new CommandError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
          }
          return (
            `${out}: ${r.tables} tables, ${r.rows} rows, ${r.attachments} attachments, ` +
            `${r.fecYears} FEC, ${r.size} bytes`
          );
        });
      } finally {
        await core.close();
      }
    },
  },
  facturx: {
    usage:
      'coulisse export facturx NUMBER --out FILE [--format facturx|cii|ubl] --db FILE [--user LOGIN] [--password-file FILE]\n' +
      '                    (NUMBER: a validated invoice or credit note, e.g. FA-2026-00001)',
    options: { out: { type: 'string' }, format: { type: 'string', default: 'facturx' } },
    positional: true,
    async run(values, positionals) {
      const [number, ...extra] = positionals;
      if (number === undefined || extra.length > 0) throw new UsageError('one invoice NUMBER is required');
      if (typeof values.out !== 'string' || values.out === '') throw new UsageError('--out FILE is required');
      const format = E_INVOICE_FORMATS.find((f) => f === values.format);
      if (format === undefined) throw new UsageError(`unknown format: ${String(values.format)}`);
      const out = values.out;
      const core = await openCore(dbPathFrom(values.db as string | undefined));
      try {
        return await withSignedIn(core, values, async (token) => {
          const found = await callRoute(
            core,
            'sales.document.list',
            { search: number, kinds: ['invoice', 'deposit', 'credit_note'], pageSize: 50 },
            token,
          );
          const doc = found.rows.find((r) => r.number === number);
          if (doc === undefined) throw new CommandError(`no validated invoice or credit note numbered ${number}`);
          const file = await callRoute(core, 'sales.document.export', { id: doc.id, format }, token);
          const path = writeFile(out, Buffer.from(file.base64, 'base64'));
          return `${path}: ${number} (${format}, ${file.mimeType})`;
        });
      } finally {
        await core.close();
      }
    },
  },
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
    const { values, positionals } = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: handler.positional === true,
      options: { db: { type: 'string' }, ...SIGN_IN_OPTIONS, ...handler.options },
    });
    process.stdout.write(`${await handler.run(values, positionals)}\n`);
  },
};
