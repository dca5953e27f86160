import type { accountingFec } from '../../../../../shared/contract/accounting-fec';
import type { Handlers } from '../../../context';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { exportFolder } from '../../admin/full-export/exports-folder';
import { exportFec, writeFec } from './export-fec';
import { importFec } from './import-fec';

export const fecHandlers = {
  'accounting.fec.export': async (ctx, input) => {
    const file = exportFec(ctx.sqlite, input);
    return {
      fileName: file.fileName,
      contentBase64: file.bytes.toString('base64'),
      entries: file.entries,
      lines: file.lines,
    };
  },
  'accounting.fec.save': async (ctx, { folder, ...options }) => {
    const dir = exportFolder(ctx.dbPath, folder);
    mkdirSync(dir, { recursive: true });
    // Written beside its final name and renamed once whole: a failed export leaves no half file under the legal name.
    const partial = join(dir, `.fec-${process.pid}-${Date.now()}.partial`);
    const fd = openSync(partial, 'w');
    let written;
    try {
      written = writeFec(ctx.sqlite, options, (chunk) => {
        writeSync(fd, chunk);
      });
      fsyncSync(fd);
    } catch (error) {
      closeSync(fd);
      rmSync(partial, { force: true });
      throw error;
    }
    closeSync(fd);
    const path = join(dir, written.fileName);
    renameSync(partial, path);
    const result = {
      path,
      fileName: written.fileName,
      size: statSync(path).size,
      entries: written.entries,
      lines: written.lines,
    };
    ctx.audit({ entityType: 'fiscalYear', entityId: options.fiscalYearId, before: null, after: result });
    return result;
  },
  'accounting.fec.import': (ctx, { fileName, contentBase64 }) =>
    importFec(ctx, fileName, Buffer.from(contentBase64, 'base64')),
} satisfies Handlers<typeof accountingFec>;
