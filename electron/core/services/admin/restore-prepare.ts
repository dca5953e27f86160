import { randomBytes } from 'node:crypto';
import type { adminRestore } from '../../../../shared/contract/admin-restore';
import type { Handlers } from '../../context';
import { restoreBackup } from '../../db/backup';

function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d+Z$/, '')
    .replace(/[-:]/g, '')
    .replace('T', '-');
}

export const restoreHandlers = {
  // The staged file sits beside the company file, on the same disk, so the swap that follows is a rename.
  'admin.restore.prepare': async (ctx, input) => {
    const stagedPath = `${ctx.dbPath}.restoring-${stamp(ctx.now())}-${randomBytes(3).toString('hex')}`;
    const report = await restoreBackup(input.backupPath, stagedPath, {
      passphrase: input.passphrase ?? null,
      now: ctx.now(),
      ...(ctx.nativeBinding ? { nativeBinding: ctx.nativeBinding } : {}),
    });
    const summary = {
      createdAt: report.createdAt,
      appVersion: report.appVersion,
      companyName: report.company?.legalName ?? null,
      encrypted: report.encrypted,
      schemaVersion: report.schemaVersion,
      restoredSchemaVersion: report.restoredSchemaVersion,
      rows: report.rows,
      chainLinks: report.chainLinks,
    };
    ctx.audit({
      entityType: 'restore',
      entityId: null,
      before: null,
      after: { backupPath: input.backupPath, ...summary },
    });
    return { stagedPath, report: summary };
  },
} satisfies Handlers<typeof adminRestore>;
