export { BACKUP_EXTENSION, type BackupManifest } from './format';
export { backupFileName, createBackup, type CreateBackupOptions, type CreatedBackup } from './create';
export { openBackup, type OpenedBackup } from './open';
export { restoreBackup, verifyBackup, type RestoreOptions, type RestoreReport } from './restore';
export { snapshotInfo, fileSnapshotInfo, type SnapshotInfo } from './snapshot-info';
