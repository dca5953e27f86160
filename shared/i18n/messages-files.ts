// Messages about the company file itself: what it is, whether it is whole, and who has it open.

export const fr: Record<string, string> = {
  'errors.file.missing': 'Fichier introuvable : {{path}}.',
  'errors.file.notSqlite': "Ce fichier n'est pas un dossier Coulisse : ce n'est pas une base de données SQLite.",
  'errors.file.truncated':
    'Ce dossier est incomplet ({{size}} octets au lieu d’au moins {{expected}}) : une copie interrompue, sans doute. Restaurez une sauvegarde.',
  'errors.file.damaged': 'Ce dossier est endommagé et ne peut pas être lu. Restaurez une sauvegarde.',
  'errors.file.inUse':
    'Ce dossier est déjà ouvert par Coulisse sur l’ordinateur « {{hostname}} » (processus {{pid}}) depuis {{since}}. Fermez-le là-bas ; si cet ordinateur est arrêté ou a planté, supprimez le fichier {{lockPath}}.',
};

export const en: Record<string, string> = {
  'errors.file.missing': 'File not found: {{path}}.',
  'errors.file.notSqlite': 'This file is not a Coulisse company file: it is not a SQLite database.',
  'errors.file.truncated':
    'This company file is incomplete ({{size}} bytes instead of at least {{expected}}): most likely an interrupted copy. Restore a backup.',
  'errors.file.damaged': 'This company file is damaged and cannot be read. Restore a backup.',
  'errors.file.inUse':
    'This company file is already open in Coulisse on the computer "{{hostname}}" (process {{pid}}) since {{since}}. Close it there; if that computer is off or crashed, delete the file {{lockPath}}.',
};
