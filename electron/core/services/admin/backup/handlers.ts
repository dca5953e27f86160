import type { adminBackup } from '../../../../../shared/contract/admin-backup';
import type { Handlers } from '../../../context';
import { checkBackupFile } from './check';
import { ensureBackupFolder } from './folder';
import { listBackups } from './list';
import { performBackup } from './perform';
import { loadSettings, saveSettings } from './settings-store';

export const backupHandlers = {
  'admin.backup.list': (ctx) => listBackups(ctx),
  'admin.backup.create': (ctx, { folder, passphrase }) => performBackup(ctx, { kind: 'manual', folder, passphrase }),
  'admin.backup.check': (ctx, input) => checkBackupFile(ctx, input),
  'admin.backup.configure': async (ctx, input) => {
    // The default folder is created with the first backup; a folder the admin names must be there already.
    if (input.folder !== null) await ensureBackupFolder(input.folder, false);
    const before = await loadSettings(ctx.db);
    await saveSettings(ctx.db, input, ctx.now().toISOString());
    const after = await loadSettings(ctx.db);
    ctx.audit({ entityType: 'backup_setting', entityId: 1, before, after });
    return after;
  },
} satisfies Handlers<typeof adminBackup>;
