import type { fullExportFr } from './fullExport.fr';
import type { Messages } from './messages';

export const fullExportEn: Messages<typeof fullExportFr> = {
  title: 'Export all data',
  intro:
    'A zip archive of the whole company file that needs no Coulisse to read: every table as CSV, the FEC of each fiscal year, the attached documents, and a README.txt describing it all.',
  contents: {
    tables: 'tables/: one table per CSV file (UTF-8), amounts in cents',
    fec: 'fec/: the French audit file of accounting entries of each fiscal year',
    attachments: 'attachments/: the attached documents, unchanged',
    manifest: 'manifest.json: SHA-256 digest and row count of each file',
  },
  start: 'Export',
  running: 'Exporting: reading the company file and compressing…',
  done: 'Archive written: {{tables}} tables, {{rows}} rows, {{attachments}} attachments, {{fecYears}} FEC ({{size}}).',
  writtenTo: 'Saved in {{path}}',
  download: 'Download the archive',
  sizeKb: '{{value}} KB',
  sizeMb: '{{value}} MB',
};
