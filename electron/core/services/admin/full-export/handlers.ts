import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { adminExport } from '../../../../../shared/contract/admin-export';
import type { Handlers } from '../../../context';
import { exportAll } from './export-all';
import { checkDownloadable, exportFolder } from './exports-folder';

export const fullExportHandlers = {
  'admin.export.all': async (ctx, { folder }) => {
    const result = exportAll(ctx.sqlite, {
      folder: exportFolder(ctx.dbPath, folder),
      appVersion: ctx.appVersion,
      now: ctx.now(),
    });
    ctx.audit({ entityType: 'export', entityId: null, before: null, after: result });
    return result;
  },
  'admin.export.download': async (ctx, { path }) => {
    const file = checkDownloadable(ctx.dbPath, path);
    return { fileName: basename(file.path), size: file.size, base64: readFileSync(file.path).toString('base64') };
  },
} satisfies Handlers<typeof adminExport>;
