import type { BackupCheckState, BackupFile, BackupKind } from '../../../../../shared/contract/admin-backup';
import type { Ctx } from '../../../context';
import { backupFilesIn, type FolderBackup } from './folder-files';
import { lastAutoFailureAt, lastOkRun, recentRuns, standingFailure } from './runs';
import { nextAutoBackupAt } from './schedule-time';
import { defaultBackupFolder, effectiveFolder, loadSettings } from './settings-store';

const NEVER: BackupCheckState = { status: 'never', at: null, messageKey: null };

async function describe(ctx: Ctx, files: FolderBackup[]): Promise<BackupFile[]> {
  const paths = files.map((f) => f.path);
  const kinds = new Map<string, BackupKind>();
  const checks = new Map<string, { size: number | null; mtime: string | null; state: BackupCheckState }>();
  if (paths.length) {
    const runs = await ctx.db.selectFrom('backup_run').select(['path', 'kind']).where('path', 'in', paths).execute();
    for (const r of runs) if (r.path) kinds.set(r.path, r.kind);
    const rows = await ctx.db
      .selectFrom('backup_check')
      .selectAll()
      .where('path', 'in', paths)
      .orderBy('id', 'desc')
      .execute();
    for (const c of rows) {
      if (checks.has(c.path)) continue;
      checks.set(c.path, {
        size: c.file_size,
        mtime: c.file_mtime,
        state: { status: c.status, at: c.checked_at, messageKey: c.message_key },
      });
    }
  }
  return files.map((f) => {
    const check = checks.get(f.path);
    // A check of another file that stood under the same name says nothing about this one.
    const same = check && check.size === f.size && check.mtime === f.mtime;
    return {
      name: f.name,
      path: f.path,
      size: f.size,
      createdAt: f.manifest?.createdAt ?? null,
      damaged: f.manifest === null,
      encrypted: f.manifest?.encrypted ?? false,
      kind: kinds.get(f.path) ?? null,
      check: same ? check.state : NEVER,
    };
  });
}

export async function listBackups(ctx: Ctx) {
  const settings = await loadSettings(ctx.db);
  const folder = effectiveFolder(ctx.dbPath, settings);
  const files = await describe(ctx, await backupFilesIn(folder));
  files.sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? '') || b.name.localeCompare(a.name));
  const lastFailure = await standingFailure(ctx.db);
  const lastOk = await lastOkRun(ctx.db, ['auto', 'closing']);
  return {
    folder,
    defaultFolder: defaultBackupFolder(ctx.dbPath),
    settings,
    files,
    runs: await recentRuns(ctx.db, 20),
    lastFailure,
    nextAutoAt: nextAutoBackupAt(settings, lastOk, await lastAutoFailureAt(ctx.db), ctx.now())?.toISOString() ?? null,
  };
}
