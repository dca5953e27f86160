import { rm } from 'node:fs/promises';
import { basename } from 'node:path';
import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { BackupKind, BackupRun } from '../../../../../shared/contract/admin-backup';
import { AppError } from '../../../../../shared/errors';
import type { AuthRuntime } from '../../../auth/runtime';
import type { AuditEntry, Ctx } from '../../../context';
import type { DB } from '../../../db/schema';
import { writeAudit } from '../../../dispatch';
import type { Logger } from '../../../errors';
import type { Mutex } from '../../../mutex';
import { ANONYMOUS, type Session } from '../../../session';
import { backupFilesIn } from './folder-files';
import { performBackup } from './perform';
import { backupsToDelete, isAutomaticBackupName } from './retention';
import { lastAutoFailureAt, lastOkRun } from './runs';
import { nextAutoBackupAt } from './schedule-time';
import { effectiveFolder, loadSettings } from './settings-store';

export const BACKUP_FAILED_EVENT = 'admin.backup.failed';
const TICK_MS = 10 * 60 * 1000;
/** A closing backup is skipped when one was made this recently: closing twice in a row need not back up twice. */
const CLOSING_GRACE_MS = 5 * 60 * 1000;
/** Nobody asked for an automatic backup: its audit row names the app itself. */
const SYSTEM: Session = { ...ANONYMOUS, login: 'system' };

export interface SchedulerDeps {
  db: Kysely<DB>;
  sqlite: Database.Database;
  mutex: Mutex;
  now: () => Date;
  emit: (event: string, payload: unknown) => void;
  log: Logger;
  appVersion: string;
  dbPath: string;
  auth: AuthRuntime;
  nativeBinding?: string;
  /** How often to look whether a backup is due; tests shorten it. */
  tickMs?: number;
}

export interface BackupFailedEvent {
  kind: BackupKind;
  at: string;
  messageKey: string;
  details: Record<string, unknown> | null;
}

/**
 * Automatic backups: at start and every few minutes, a backup when the last one is older than the chosen interval,
 * then the old automatic ones are pruned; another when the app closes. It waits its turn behind mutations and never
 * throws: a failure is recorded as a failed run and announced to the screens.
 */
export class BackupScheduler {
  private timer: NodeJS.Timeout | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(private readonly deps: SchedulerDeps) {}

  start(): void {
    void this.enqueue(() => this.tick());
    this.timer = setInterval(() => void this.enqueue(() => this.tick()), this.deps.tickMs ?? TICK_MS);
    this.timer.unref();
  }

  /** Stops the timer, lets a running backup end, then makes the closing backup when asked for. */
  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.enqueue(() => this.closing());
    this.closed = true;
  }

  /** Runs the automatic backup when it is due; returns the run made, if any. */
  async tick(): Promise<BackupRun | null> {
    if (!(await this.hasCompany())) return null;
    const settings = await loadSettings(this.deps.db);
    const lastOk = await lastOkRun(this.deps.db, ['auto', 'closing']);
    const due = nextAutoBackupAt(settings, lastOk, await lastAutoFailureAt(this.deps.db), this.deps.now());
    if (!due || due.getTime() > this.deps.now().getTime()) return null;
    return this.backup('auto');
  }

  private async closing(): Promise<BackupRun | null> {
    const settings = await loadSettings(this.deps.db);
    if (!settings.onClose || !(await this.hasCompany())) return null;
    const recent = await lastOkRun(this.deps.db, ['manual', 'auto', 'closing']);
    if (recent && this.deps.now().getTime() - Date.parse(recent.startedAt) < CLOSING_GRACE_MS) return null;
    return this.backup('closing');
  }

  /** A file still without its company holds nothing worth a backup yet. */
  private async hasCompany(): Promise<boolean> {
    return !!(await this.deps.db.selectFrom('company').select('id').executeTakeFirst());
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T | null> {
    const run = this.queue
      .then(() => (this.closed ? null : task()))
      .catch((error: unknown) => {
        this.deps.log('automatic backup', error);
        return null;
      });
    this.queue = run;
    return run;
  }

  private async backup(kind: BackupKind): Promise<BackupRun | null> {
    const { deps } = this;
    let failure: AppError | null = null;
    let run: BackupRun | null = null;
    try {
      run = await deps.mutex.run(() =>
        deps.db.transaction().execute(async (trx) => {
          const audits: AuditEntry[] = [];
          const ctx: Ctx = {
            db: trx,
            sqlite: deps.sqlite,
            session: SYSTEM,
            now: deps.now,
            audit: (entry) => audits.push(entry),
            emit: deps.emit,
            appVersion: deps.appVersion,
            dbPath: deps.dbPath,
            auth: deps.auth,
            nativeBinding: deps.nativeBinding,
          };
          let made: BackupRun | null = null;
          try {
            made = await performBackup(ctx, { kind, folder: null, passphrase: null });
            await prune(ctx);
          } catch (error) {
            if (!(error instanceof AppError && error.commit)) throw error;
            failure = error;
          }
          await writeAudit(trx, 'admin.backup.create', SYSTEM, audits, deps.now());
          return made;
        }),
      );
    } catch (error) {
      deps.log('automatic backup failed', error);
      failure =
        error instanceof AppError ? error : new AppError('INTERNAL', 'errors.backup.failed', { reason: String(error) });
    }
    if (failure) {
      const f = failure as AppError;
      const event: BackupFailedEvent = {
        kind,
        at: deps.now().toISOString(),
        messageKey: f.messageKey,
        details: f.details ?? null,
      };
      deps.emit(BACKUP_FAILED_EVENT, event);
    }
    return run;
  }
}

/** Deletes the automatic backups the policy no longer keeps; a file that cannot be read as a backup stays. */
async function prune(ctx: Ctx): Promise<void> {
  const settings = await loadSettings(ctx.db);
  const folder = effectiveFolder(ctx.dbPath, settings);
  const automatic = (await backupFilesIn(folder)).filter((f) => isAutomaticBackupName(f.name) && f.manifest);
  const doomed = backupsToDelete(
    automatic.map((f) => ({ path: f.path, createdAt: new Date(f.manifest!.createdAt) })),
    { daily: settings.keepDaily, weekly: settings.keepWeekly, monthly: settings.keepMonthly },
    ctx.now(),
  );
  const deleted: string[] = [];
  for (const path of doomed) {
    try {
      await rm(path);
      deleted.push(basename(path));
    } catch {
      // Already gone, or a read-only copy: it is tried again after the next backup.
    }
  }
  if (deleted.length) ctx.audit({ entityType: 'backup_file', entityId: null, before: { deleted }, after: null });
}
