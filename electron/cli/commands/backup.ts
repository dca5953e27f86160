import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { createBackup } from '../../core/db/backup';
import { openSqlite } from '../../core/db/connection';
import { inspectCompanyFile } from '../../core/db/file-check';
import { checkFile } from '../../core/db/migrate';
import { LATEST_SCHEMA_VERSION } from '../../core/db/migrations';
import { packageVersion } from '../../core/version';
import { dbPathFrom } from '../core-session';
import { type Command, UsageError } from '../usage';
import { formatBytes, orCommandError, passphraseFrom } from './backup-common';

export const backupCommand: Command = {
  name: 'backup',
  summary: 'back up a company file into one verified .coulisse-backup file (the app may keep running)',
  usage: 'coulisse backup --db FILE --out DIR [--passphrase-file FILE] [--format text|json]',
  async run(args) {
    const { values } = parseArgs({
      args,
      strict: true,
      options: {
        db: { type: 'string' },
        out: { type: 'string' },
        'passphrase-file': { type: 'string' },
        format: { type: 'string', default: 'text' },
      },
    });
    if (!values.out) throw new UsageError('--out DIR is required');
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`unknown format: ${values.format}`);
    const dbPath = dbPathFrom(values.db);
    const outDir = resolve(values.out);
    const passphrase = await passphraseFrom(values['passphrase-file']);
    if (passphrase !== null && passphrase.length < 8)
      throw new UsageError('the passphrase needs at least 8 characters');
    const made = await orCommandError(dbPath, async () => {
      let sqlite: Database.Database | null = null;
      try {
        // Read from the bytes first: a file that is not a whole company file is refused before SQLite opens it.
        const state = inspectCompanyFile(dbPath);
        if (state.kind !== 'coulisse') throw new AppError('NOT_FOUND', 'errors.file.missing', { path: dbPath });
        sqlite = openSqlite(dbPath, { readonly: true });
        checkFile(sqlite, LATEST_SCHEMA_VERSION);
        mkdirSync(outDir, { recursive: true });
        return await createBackup(sqlite, { outDir, appVersion: packageVersion(), sourcePath: dbPath, passphrase });
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CANTOPEN') {
          throw new AppError('VALIDATION', 'errors.notCoulisseFile');
        }
        throw error;
      } finally {
        sqlite?.close();
      }
    });
    if (values.format === 'json') {
      const { path, size, sha256, durationMs, manifest } = made;
      process.stdout.write(`${JSON.stringify({ path, size, sha256, durationMs, manifest })}\n`);
      return;
    }
    const rows = Object.values(made.manifest.tables).reduce((a, b) => a + b, 0);
    process.stdout.write(
      `backup: ${made.path} (${formatBytes(made.size)}, ${rows} rows, ` +
        `${made.manifest.encryption ? 'encrypted' : 'not encrypted'}, ${made.durationMs} ms)\nsha256: ${made.sha256}\n`,
    );
  },
};
