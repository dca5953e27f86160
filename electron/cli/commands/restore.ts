import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/errors';
import { restoreBackup, type RestoreReport } from '../../core/db/backup';
import { acquireLock } from '../../core/db/lock';
import { packageVersion } from '../../core/version';
import { describeError } from '../messages';
import { dbPathFrom } from '../core-session';
import { type Command, CommandError, UsageError } from '../usage';
import { orCommandError, passphraseFrom } from './backup-common';

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\..*$/, '');
}

/** Moves the current file (and a WAL a crash may have left, which holds committed data) out of the way. */
function keepAside(dbPath: string, now: Date): string {
  const safety = `${dbPath}.before-restore-${stamp(now)}.coulisse`;
  renameSync(dbPath, safety);
  if (existsSync(`${dbPath}-wal`)) renameSync(`${dbPath}-wal`, `${safety}-wal`);
  rmSync(`${dbPath}-shm`, { force: true });
  return safety;
}

export function describeRestore(report: RestoreReport): string {
  const tables = Object.keys(report.tables).length;
  const migrated =
    report.restoredSchemaVersion !== report.schemaVersion ? ` (migrated from v${report.schemaVersion})` : '';
  return (
    `backup of ${report.company?.legalName ?? 'a company file without company'} taken ${report.createdAt}: ` +
    `${report.rows} rows in ${tables} tables, ${report.chainLinks} chain links verified, integrity ok, ` +
    `schema v${report.restoredSchemaVersion}${migrated}`
  );
}

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'restore a backup into a company file, after checking it completely (the current file is kept aside)',
  usage: 'coulisse restore BACKUP --db FILE [--passphrase-file FILE]',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: { db: { type: 'string' }, 'passphrase-file': { type: 'string' } },
    });
    const [backupArg, ...extra] = positionals;
    if (!backupArg || extra.length > 0) throw new UsageError('one BACKUP file is required');
    const backupPath = resolve(backupArg);
    const dbPath = dbPathFrom(values.db);
    const passphrase = await passphraseFrom(values['passphrase-file']);
    const now = new Date();
    // Restored beside the target first, so the current file is only moved once the backup passed every check.
    const staged = `${dbPath}.restoring-${stamp(now)}`;
    const report = await orCommandError(backupPath, () => restoreBackup(backupPath, staged, { passphrase, now }));
    let safety: string | null = null;
    // The app may have the file open: its lock refuses the swap, and holding it keeps the app out meanwhile.
    let lock;
    try {
      lock = acquireLock(dbPath, { appVersion: packageVersion() });
    } catch (error) {
      rmSync(staged, { force: true });
      if (error instanceof AppError) throw new CommandError(`${dbPath}: ${describeError(error.toWire())}`);
      throw error;
    }
    try {
      if (existsSync(dbPath)) safety = keepAside(dbPath, now);
      renameSync(staged, dbPath);
    } catch (error) {
      if (safety && !existsSync(dbPath)) renameSync(safety, dbPath);
      rmSync(staged, { force: true });
      throw new CommandError(`cannot replace ${dbPath}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    } finally {
      lock.release();
    }
    process.stdout.write(`restored into ${dbPath}: ${describeRestore(report)}\n`);
    if (safety) process.stdout.write(`previous file kept as ${safety}\n`);
  },
};
