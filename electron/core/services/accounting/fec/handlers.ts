import type { accountingFec } from '../../../../../shared/contract/accounting-fec';
import type { Handlers } from '../../../context';
import { exportFec } from './export-fec';
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
  'accounting.fec.import': (ctx, { fileName, contentBase64 }) =>
    importFec(ctx, fileName, Buffer.from(contentBase64, 'base64')),
} satisfies Handlers<typeof accountingFec>;
