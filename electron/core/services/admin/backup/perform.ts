import { rename, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupKind, BackupRun } from '../../../../../shared/contract/admin-backup';
import { AppError } from '../../../../../shared/errors';
import type { Ctx } from '../../../context';
import { BACKUP_EXTENSION, createBackup } from '../../../db/backup';
import { fsyncDir } from '../../../db/backup/fs-sync';
import { backupFailure, ensureBackupFolder } from './folder';
import { AUTO_SUFFIX } from './retention';
import { insertRun } from './runs';
import { defaultBackupFolder, effectiveFolder, loadSettings } from './settings-store';

export interface BackupRequest {
  kind: BackupKind;
  folder: string | null;
  passphrase: string | null;
  /** Test hook: lower scrypt cost for encrypted backups. */
  scrypt?: { N: number; r: number; p: number };
}

/** Automatic backups carry a mark in their name: retention only ever deletes those, never the admin's own. */
async function markAutomatic(path: string): Promise<string> {
  const base = path.slice(0, -BACKUP_EXTENSION.length);
  for (let i = 1; ; i++) {
    const candidate = `${base}${i === 1 ? '' : `-${i}`}${AUTO_SUFFIX}`;
    const taken = await stat(candidate).then(
      () => true,
      () => false,
    );
    if (taken) continue;
    await rename(path, candidate);
    await fsyncDir(dirname(candidate));
    return candidate;
  }
}

/**
 * Backs the company file up and records the run. The snapshot is read from a second, read-only connection: the
 * caller's connection is inside the mutation's write transaction, and the reader sees the last committed state,
 * which under the mutation lock is the whole of it. A failure records a failed run, committed with the error.
 */
export async function performBackup(ctx: Ctx, request: BackupRequest): Promise<BackupRun> {
  const startedAt = ctx.now();
  const clock = performance.now();
  const settings = await loadSettings(ctx.db);
  const folder = request.folder ?? effectiveFolder(ctx.dbPath, settings);
  const userId = request.kind === 'manual' ? ctx.session.userId : null;
  let source: Database.Database | null = null;
  try {
    await ensureBackupFolder(folder, folder === defaultBackupFolder(ctx.dbPath));
    source = new Database(ctx.dbPath, {
      readonly: true,
      fileMustExist: true,
      ...(ctx.nativeBinding ? { nativeBinding: ctx.nativeBinding } : {}),
    });
    source.pragma('busy_timeout = 5000');
    const made = await createBackup(source, {
      outDir: folder,
      appVersion: ctx.appVersion,
      sourcePath: ctx.dbPath,
      passphrase: request.passphrase,
      now: startedAt,
      nativeBinding: ctx.nativeBinding,
      scrypt: request.scrypt,
    });
    const path = request.kind === 'manual' ? made.path : await markAutomatic(made.path);
    const run = await insertRun(ctx.db, {
      kind: request.kind,
      startedAt: startedAt.toISOString(),
      finishedAt: ctx.now().toISOString(),
      status: 'ok',
      path,
      size: made.size,
      sha256: made.sha256,
      durationMs: Math.round(performance.now() - clock),
      encrypted: made.manifest.encryption !== null,
      errorKey: null,
      errorDetail: null,
      userId,
    });
    ctx.audit({
      entityType: 'backup_run',
      entityId: run.id,
      before: null,
      after: { kind: run.kind, file: basename(path), folder, size: run.size, sha256: run.sha256 },
    });
    return run;
  } catch (error) {
    const failure = backupFailure(error, folder);
    const run = await insertRun(ctx.db, {
      kind: request.kind,
      startedAt: startedAt.toISOString(),
      finishedAt: ctx.now().toISOString(),
      status: 'failed',
      path: null,
      size: null,
      sha256: null,
      durationMs: Math.round(performance.now() - clock),
      encrypted: request.passphrase !== null,
      errorKey: failure.messageKey,
      errorDetail: JSON.stringify(failure.details ?? {}),
      userId,
    });
    ctx.audit({
      entityType: 'backup_run',
      entityId: run.id,
      before: null,
      after: { kind: run.kind, folder, failed: failure.messageKey },
    });
    throw new AppError(failure.code, failure.messageKey, { ...failure.details, runId: run.id }, { commit: true });
  } finally {
    source?.close();
  }
}
