import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { WireResult } from '../../../shared/errors';
import type { Logger } from '../errors';
import type { CoreHost } from '../host';
import { moveCompanyFile, removeCompanyFile, safetyCopyPathFor } from './file-swap';
import { fail, openFailure } from './wire';

export type RestoreFn = (
  backupPath: string,
  targetPath: string,
  options: { passphrase?: string | null; now?: Date },
) => Promise<unknown>;

interface RestoreDeps {
  now: () => Date;
  log: Logger;
  restoreBackup: RestoreFn;
}

/** Writes the backup as a new company file at `copyPath` (which must not exist); the caller then opens it. */
export async function restoreCopy(
  deps: RestoreDeps,
  backupPath: string,
  copyPath: string,
  passphrase: string | null,
): Promise<WireResult<null>> {
  try {
    mkdirSync(dirname(copyPath), { recursive: true });
    await deps.restoreBackup(backupPath, copyPath, { passphrase, now: deps.now() });
    return { ok: true, data: null };
  } catch (error) {
    return { ok: false, error: openFailure(error, deps.log, backupPath) };
  }
}

interface ReplaceDeps extends RestoreDeps {
  core: CoreHost;
  /** Closes the open dossier (cleanly: its -wal is folded into the file). */
  detach(): Promise<void>;
  /** Opens a company file as the dossier; throws when it cannot. */
  reattach(path: string): Promise<void>;
}

/**
 * Swaps a backup in for the open dossier. The core checks the caller is its administrator and writes the
 * verified backup beside the file (`admin.restore.prepare`); only then is the dossier closed, kept as a safety
 * copy, and the restored file put in its place. Anything failing after the close puts the original back.
 * Answers the safety copy's path.
 */
export async function restoreReplace(
  deps: ReplaceDeps,
  args: { dbPath: string; backupPath: string; passphrase: string | null; token: string | null },
): Promise<WireResult<string>> {
  const prepared = await deps.core.call(
    'admin.restore.prepare',
    { backupPath: args.backupPath, passphrase: args.passphrase },
    args.token,
  );
  if (!prepared.ok) return prepared;
  const stagedPath = (prepared.data as { stagedPath: string }).stagedPath;
  const { dbPath } = args;

  await deps.detach();
  const safetyPath = safetyCopyPathFor(dbPath, deps.now());
  let keptAside = false;
  try {
    moveCompanyFile(dbPath, safetyPath);
    keptAside = true;
    moveCompanyFile(stagedPath, dbPath);
    await deps.reattach(dbPath);
    return { ok: true, data: safetyPath };
  } catch (error) {
    deps.log(`restoring ${args.backupPath} over ${dbPath} failed; the previous file is put back`, error);
    try {
      if (keptAside) {
        if (existsSync(dbPath)) removeCompanyFile(dbPath);
        moveCompanyFile(safetyPath, dbPath);
      }
      removeCompanyFile(stagedPath);
      await deps.reattach(dbPath);
    } catch (rollbackError) {
      deps.log(`${dbPath} could not be reopened after the failed restore`, rollbackError);
    }
    const wire = openFailure(error, deps.log, dbPath);
    return { ok: false, error: wire.code === 'INTERNAL' ? fail('INTERNAL', 'errors.restore.swapFailed').error : wire };
  }
}
