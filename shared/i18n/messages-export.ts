// Messages of the full data export and of its download.

export const fr: Record<string, string> = {
  'errors.exportBeyondZip32':
    'Les données dépassent les 4 Go qu’une archive zip peut contenir ici : l’export est arrêté.',
  'errors.exportFolderNotAbsolute': 'Le dossier d’export doit être un chemin complet : « {{folder}} ».',
  'errors.exportOutsideFolder':
    'Seules les archives du dossier « exports » de la société peuvent être téléchargées : « {{path}} » est refusé.',
  'errors.exportTooLarge':
    'L’archive fait {{sizeMb}} Mo, au-delà des {{capMb}} Mo téléchargeables : prenez-la directement dans le dossier « exports ».',
};

export const en: Record<string, string> = {
  'errors.exportBeyondZip32': 'The data exceeds the 4 GB a zip archive can hold here: the export was stopped.',
  'errors.exportFolderNotAbsolute': 'The export folder must be a full path: “{{folder}}”.',
  'errors.exportOutsideFolder':
    'Only archives of the company’s “exports” folder can be downloaded: “{{path}}” is refused.',
  'errors.exportTooLarge':
    'The archive is {{sizeMb}} MB, beyond the {{capMb}} MB that can be downloaded: take it straight from the “exports” folder.',
};
