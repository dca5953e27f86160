import { AppError } from '../../../shared/errors';
import { describeError } from '../messages';
import { readPassword } from '../password';
import { CommandError } from '../usage';

/** The passphrase, from the first line of --passphrase-file; none when the option is absent. */
export async function passphraseFrom(file: string | undefined): Promise<string | null> {
  return file === undefined ? null : readPassword(file, '');
}

/** Runs backup-library work, turning its typed errors into one translated line. */
export async function orCommandError<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof AppError) throw new CommandError(`${what}: ${describeError(error.toWire())}`);
    throw new CommandError(`${what}: ${(error as Error).message}`);
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
