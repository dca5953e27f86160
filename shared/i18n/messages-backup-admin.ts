// Messages about backing up from the app: the backup folder, a failed backup, the passphrase.

export const fr: Record<string, string> = {
  'validation.backupPassphraseTooShort': 'La phrase secrète doit compter au moins 8 caractères.',
  'errors.backup.folderMissing': "Le dossier de sauvegarde n'existe pas : {{folder}}.",
  'errors.backup.folderNotWritable':
    "Impossible d'écrire dans le dossier de sauvegarde : {{folder}}. Vérifiez qu'il s'agit d'un dossier, que le disque est branché et accessible en écriture.",
  'errors.backup.diskFull': 'Le disque du dossier de sauvegarde est plein : {{folder}}.',
  'errors.backup.failed': 'La sauvegarde a échoué ({{reason}}). Le dossier de la société est intact.',
};

export const en: Record<string, string> = {
  'validation.backupPassphraseTooShort': 'The passphrase must be at least 8 characters long.',
  'errors.backup.folderMissing': 'The backup folder does not exist: {{folder}}.',
  'errors.backup.folderNotWritable':
    'Cannot write to the backup folder: {{folder}}. Check that it is a folder, that the disk is plugged in and writable.',
  'errors.backup.diskFull': "The backup folder's disk is full: {{folder}}.",
  'errors.backup.failed': "The backup failed ({{reason}}). The company's file is intact.",
};
