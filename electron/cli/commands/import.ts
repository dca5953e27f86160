import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { callRoute, dbPathFrom, openCore, SIGN_IN_OPTIONS, withSignedIn } from '../core-session';
import { type Command, CommandError, UsageError } from '../usage';
import { IMPORT_EINVOICE_USAGE, importEInvoiceCommand } from './import-einvoice';

/** One kind of file the company takes in: its own options, and what it does with the signed-in session. */
interface ImportKind {
  usage: string;
  options: Record<string, { type: 'string' | 'boolean'; default?: string }>;
  run(file: string, values: Record<string, string | boolean | undefined>): Promise<string>;
}

function readInput(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new CommandError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}

const KINDS: Record<string, ImportKind> = {
  fec: {
    usage: 'coulisse import fec FILE --db FILE [--user LOGIN] [--password-file FILE]',
    options: {},
    async run(file, values) {
      const bytes = readInput(file);
      const core = await openCore(dbPathFrom(values.db as string | undefined));
      try {
        const r = await withSignedIn(core, values, (token) =>
          callRoute(
            core,
            'accounting.fec.import',
            { fileName: basename(file), contentBase64: bytes.toString('base64') },
            token,
          ),
        );
        return (
          `imported ${basename(file)}: ${r.entries} entries, ${r.lines} lines; opened ${r.years} fiscal years, ` +
          `${r.accounts} accounts, ${r.journals} journals, ${r.auxAccounts} auxiliary accounts`
        );
      } finally {
        await core.close();
      }
    },
  },
};

/** Kinds that parse their own arguments (several files at once). */
const OWN_ARGUMENTS: Record<string, { usage: string; run(args: string[]): Promise<void> }> = {
  einvoice: { usage: IMPORT_EINVOICE_USAGE, run: importEInvoiceCommand },
};

const ALL_KINDS = [...Object.keys(KINDS), ...Object.keys(OWN_ARGUMENTS)];

export const importCommand: Command = {
  name: 'import',
  summary: `take a file into the company: ${ALL_KINDS.join(', ')}`,
  usage: [...Object.values(KINDS), ...Object.values(OWN_ARGUMENTS)].map((k) => k.usage).join('\n       '),
  async run(args) {
    const [kind, ...rest] = args;
    const own = kind === undefined ? undefined : OWN_ARGUMENTS[kind];
    if (own) return own.run(rest);
    const handler = kind === undefined ? undefined : KINDS[kind];
    if (handler === undefined) {
      throw new UsageError(
        `${kind === undefined ? 'missing' : `unknown`} kind of file: one of ${ALL_KINDS.join(', ')}`,
      );
    }
    const { values, positionals } = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: true,
      options: { db: { type: 'string' }, ...SIGN_IN_OPTIONS, ...handler.options },
    });
    if (positionals.length !== 1) throw new UsageError(`one FILE expected (${handler.usage})`);
    process.stdout.write(`${await handler.run(positionals[0]!, values)}\n`);
  },
};
