import { resolve } from 'node:path';
import { verifyBackup } from '../../core/db/backup';
import { UsageError } from '../usage';
import { orCommandError, passphraseFrom } from './backup-common';
import { describeRestore } from './restore';

/** A test restore into a temporary folder: the backup is proven restorable, and nothing else is touched. */
export async function verifyBackupFile(
  file: string,
  passphraseFile: string | undefined,
  format: string,
): Promise<void> {
  if (file === '') throw new UsageError('--backup needs a file name');
  const path = resolve(file);
  const passphrase = await passphraseFrom(passphraseFile);
  const report = await orCommandError(path, () => verifyBackup(path, { passphrase }));
  if (format === 'json') process.stdout.write(`${JSON.stringify(report)}\n`);
  else process.stdout.write(`ok: ${describeRestore(report)}\n`);
}
