import type { Messages } from './messages';
import type { dossiersFr } from './dossiers.fr';

export const dossiersEn: Messages<typeof dossiersFr> = {
  title: 'Your company files',
  subtitle: 'A company file holds one company: its books, its sales, its users.',
  recent: 'Recent company files',
  noRecent: 'No company file opened recently.',
  unnamed: 'File without a company',
  lastOpened: 'Opened {{when}}',
  missing: 'Not found',
  missingHint: 'This file is no longer at this location (moved, or on an unplugged disk).',
  open: 'Open',
  forget: 'Remove from the list',
  browse: 'Browse…',
  tabs: {
    create: 'Create a company file',
    open: 'Open a company file',
    restore: 'Restore a backup',
  },
  create: {
    intro: 'A new empty file: you then enter the company and its first administrator.',
    path: 'Location of the new file',
    submit: 'Create a company file',
    defaultName: 'my-company',
  },
  openForm: {
    intro: 'An existing .coulisse file, on this computer or a shared disk.',
    path: 'Company file',
    submit: 'Open a company file',
  },
  restore: {
    intro: 'The backup is checked completely, then written to a new file, which then opens.',
    backupPath: 'Backup file',
    passphrase: 'Passphrase (encrypted backup)',
    target: 'New file for the restored company',
    submit: 'Restore a backup into a new company file',
    suffix: '-restored',
  },
  dialogs: {
    create: 'Create a company file',
    open: 'Open a company file',
    backup: 'Choose a backup',
    target: 'Save the restored company file',
  },
  previousClosed: 'The previous company file was closed.',
  close: 'Close the company file',
  switch: 'Switch company file',
};
