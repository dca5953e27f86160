import { stat } from 'node:fs/promises';
import type { BackupCheckReport } from '../../../../../shared/contract/admin-backup';
import { AppError } from '../../../../../shared/errors';
import type { Ctx } from '../../../context';
import { verifyBackup } from '../../../db/backup';

/**
 * Test restore of one backup file. A backup that fails its test is an answer, not an error of the route: the
 * failure is recorded beside the file's size and date, so a file copied over it later is not taken as checked.
 */
export async function checkBackupFile(
  ctx: Ctx,
  input: { path: string; passphrase: string | null },
): Promise<BackupCheckReport> {
  const checkedAt = ctx.now().toISOString();
  const file = await stat(input.path).catch(() => null);
  let result: BackupCheckReport;
  try {
    const r = await verifyBackup(input.path, { passphrase: input.passphrase, nativeBinding: ctx.nativeBinding });
    result = {
      path: input.path,
      status: 'ok',
      checkedAt,
      messageKey: null,
      details: null,
      report: {
        createdAt: r.createdAt,
        appVersion: r.appVersion,
        company: r.company,
        encrypted: r.encrypted,
        schemaVersion: r.schemaVersion,
        restoredSchemaVersion: r.restoredSchemaVersion,
        chainLinks: r.chainLinks,
        rows: r.rows,
        tables: Object.keys(r.tables).length,
        durationMs: r.durationMs,
      },
    };
  } catch (error) {
    const known = error instanceof AppError;
    result = {
      path: input.path,
      status: 'failed',
      checkedAt,
      messageKey: known ? error.messageKey : 'errors.backup.failed',
      details: known ? (error.details ?? null) : { reason: String((error as Error)?.message ?? error).slice(0, 500) },
      report: null,
    };
  }
  const row = await ctx.db
    .insertInto('backup_check')
    .values({
      path: input.path,
      file_size: file?.size ?? null,
      file_mtime: file?.mtime.toISOString() ?? null,
      checked_at: checkedAt,
      status: result.status,
      message_key: result.messageKey,
      detail: result.details ? JSON.stringify(result.details) : null,
      user_id: ctx.session.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  ctx.audit({
    entityType: 'backup_check',
    entityId: row.id,
    before: null,
    after: { path: input.path, status: result.status, messageKey: result.messageKey },
  });
  return result;
}
