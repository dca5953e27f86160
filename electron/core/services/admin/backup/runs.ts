import type { Kysely, Selectable } from 'kysely';
import type { BackupKind, BackupRun } from '../../../../../shared/contract/admin-backup';
import type { DB } from '../../../db/schema';
import type { BackupRunTable } from '../../../db/schema-backup';

export function toRun(r: Selectable<BackupRunTable>): BackupRun {
  return {
    id: r.id,
    kind: r.kind,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    status: r.status,
    path: r.path,
    size: r.size,
    sha256: r.sha256,
    durationMs: r.duration_ms,
    encrypted: r.encrypted === 1,
    errorKey: r.error_key,
    errorDetail: r.error_detail,
    userId: r.user_id,
  };
}

export async function insertRun(db: Kysely<DB>, run: Omit<BackupRun, 'id'>): Promise<BackupRun> {
  const row = await db
    .insertInto('backup_run')
    .values({
      kind: run.kind,
      started_at: run.startedAt,
      finished_at: run.finishedAt,
      status: run.status,
      path: run.path,
      size: run.size,
      sha256: run.sha256,
      duration_ms: run.durationMs,
      encrypted: run.encrypted ? 1 : 0,
      error_key: run.errorKey,
      error_detail: run.errorDetail,
      user_id: run.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRun(row);
}

export async function recentRuns(db: Kysely<DB>, limit: number): Promise<BackupRun[]> {
  const rows = await db.selectFrom('backup_run').selectAll().orderBy('id', 'desc').limit(limit).execute();
  return rows.map(toRun);
}

/** The newest successful run of these kinds, for the schedule and the closing backup. */
export async function lastOkRun(db: Kysely<DB>, kinds: readonly BackupKind[]): Promise<BackupRun | null> {
  const row = await db
    .selectFrom('backup_run')
    .selectAll()
    .where('status', '=', 'ok')
    .where('kind', 'in', kinds)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toRun(row) : null;
}

/** The last failure, unless a backup succeeded since: what the red alert shows. */
export async function standingFailure(db: Kysely<DB>): Promise<BackupRun | null> {
  const last = await db.selectFrom('backup_run').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
  return last && last.status === 'failed' ? toRun(last) : null;
}

/** When the last automatic attempt failed, if it did: the schedule waits a while before trying again. */
export async function lastAutoFailureAt(db: Kysely<DB>): Promise<Date | null> {
  const row = await db
    .selectFrom('backup_run')
    .select(['started_at', 'status'])
    .where('kind', 'in', ['auto', 'closing'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.status === 'failed' ? new Date(row.started_at) : null;
}
