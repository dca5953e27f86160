// Messages about backups and restoring them.

export const fr: Record<string, string> = {
  'errors.backup.missing': 'Fichier de sauvegarde introuvable : {{path}}.',
  'errors.backup.notBackup': "Ce fichier n'est pas une sauvegarde Coulisse.",
  'errors.backup.damaged':
    "Cette sauvegarde est endommagée (fichier tronqué ou modifié) : elle ne peut pas être restaurée. Rien n'a été changé.",
  'errors.backup.passphraseRequired': 'Cette sauvegarde est chiffrée : saisissez sa phrase secrète.',
  'errors.backup.wrongPassphrase': "Phrase secrète incorrecte pour cette sauvegarde. Rien n'a été changé.",
  'errors.backup.integrity': 'La base contenue dans la sauvegarde est corrompue ({{problem}}).',
  'errors.backup.chainBroken':
    'La sauvegarde contient des données modifiées hors de Coulisse ({{table}} n° {{id}}) : restauration refusée.',
  'errors.backup.targetExists': 'Un fichier existe déjà à cet emplacement : {{path}}.',
};

export const en: Record<string, string> = {
  'errors.backup.missing': 'Backup file not found: {{path}}.',
  'errors.backup.notBackup': 'This file is not a Coulisse backup.',
  'errors.backup.damaged':
    'This backup is damaged (truncated or altered file): it cannot be restored. Nothing was changed.',
  'errors.backup.passphraseRequired': 'This backup is encrypted: enter its passphrase.',
  'errors.backup.wrongPassphrase': 'Wrong passphrase for this backup. Nothing was changed.',
  'errors.backup.integrity': 'The database inside the backup is corrupt ({{problem}}).',
  'errors.backup.chainBroken': 'The backup holds data changed outside Coulisse ({{table}} #{{id}}): restore refused.',
  'errors.backup.targetExists': 'A file already exists at this location: {{path}}.',
};
