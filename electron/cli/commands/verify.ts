import { parseArgs } from 'node:util';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { verifyChains } from '../../core/db/chain';
import { openSqlite } from '../../core/db/connection';
import { checkFile } from '../../core/db/migrate';
import { LATEST_SCHEMA_VERSION } from '../../core/db/migrations';
import { dbPathFrom } from '../core-session';
import { describeError } from '../messages';
import { type Command, CommandError, UsageError } from '../usage';
import { verifyBackupFile } from './verify-backup';

/** Opens the file for reading only: verifying must never change what it verifies (nor migrate it). */
function openReadOnly(dbPath: string): Database.Database {
  let sqlite: Database.Database | null = null;
  try {
    sqlite = openSqlite(dbPath, { readonly: true });
    const version = checkFile(sqlite, LATEST_SCHEMA_VERSION);
    if (version < LATEST_SCHEMA_VERSION) {
      throw new CommandError(
        `${dbPath}: schema version ${version} is older than this Coulisse's (${LATEST_SCHEMA_VERSION}); run coulisse migrate first`,
      );
    }
    return sqlite;
  } catch (error) {
    sqlite?.close();
    if (error instanceof CommandError) throw error;
    if (error instanceof AppError) throw new CommandError(`${dbPath}: ${describeError(error.toWire())}`);
    throw new CommandError(`${dbPath}: ${(error as Error).message}`);
  }
}

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'check the hash chains of a company file (any row changed behind the app), or a backup completely',
  usage:
    'coulisse verify --db FILE [--format text|json]\n       coulisse verify --backup FILE [--passphrase-file FILE] [--format text|json]',
  async run(args) {
    const { values } = parseArgs({
      args,
      strict: true,
      options: {
        db: { type: 'string' },
        backup: { type: 'string' },
        'passphrase-file': { type: 'string' },
        format: { type: 'string', default: 'text' },
      },
    });
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`unknown format: ${values.format}`);
    if (values.backup !== undefined) return verifyBackupFile(values.backup, values['passphrase-file'], values.format);
    const dbPath = dbPathFrom(values.db);
    const sqlite = openReadOnly(dbPath);
    let result;
    try {
      result = verifyChains(sqlite);
    } finally {
      sqlite.close();
    }
    if (values.format === 'json') process.stdout.write(`${JSON.stringify(result)}\n`);
    if (result.brokenAt) {
      const b = result.brokenAt;
      throw new CommandError(`broken: ${b.table} #${b.id} (${b.reason})`);
    }
    if (values.format === 'text') process.stdout.write(`ok: ${result.checked} links verified\n`);
  },
};
