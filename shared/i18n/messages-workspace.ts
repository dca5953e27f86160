// Messages of the workspace: opening, creating and closing company files, restoring a backup over one.

export const fr: Record<string, string> = {
  'errors.noDossier': 'Aucun dossier n’est ouvert : choisissez-en un.',
  'errors.nativeDialogsUnavailable': 'Les fenêtres de choix de fichier ne sont disponibles que dans l’application.',
  'errors.file.notAFile': 'Cet emplacement n’est pas un fichier.',
  'errors.file.exists': 'Un fichier existe déjà à cet emplacement : choisissez un autre nom.',
  'errors.file.noAccess': 'Coulisse n’a pas le droit de lire ou d’écrire ce fichier.',
  'errors.restore.copyPathRequired': 'Indiquez où écrire le dossier restauré.',
  'errors.restore.swapFailed':
    'La sauvegarde n’a pas pu remplacer le dossier : le dossier précédent a été remis en place.',
};

export const en: Record<string, string> = {
  'errors.noDossier': 'No company file is open: choose one.',
  'errors.nativeDialogsUnavailable': 'File dialogs are only available in the desktop app.',
  'errors.file.notAFile': 'This location is not a file.',
  'errors.file.exists': 'A file already exists at this location: choose another name.',
  'errors.file.noAccess': 'Coulisse may not read or write this file.',
  'errors.restore.copyPathRequired': 'Say where to write the restored company file.',
  'errors.restore.swapFailed': 'The backup could not replace the company file: the previous file was put back.',
};
