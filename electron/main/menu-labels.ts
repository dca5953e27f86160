// Strings of the native menu and of the few dialogs the main process shows itself. The renderer has its own
// i18n; these are needed before any page is loaded.

export type MenuLocale = 'fr' | 'en';

const fr = {
  file: 'Fichier',
  quit: 'Quitter',
  edit: 'Édition',
  undo: 'Annuler',
  redo: 'Rétablir',
  cut: 'Couper',
  copy: 'Copier',
  paste: 'Coller',
  selectAll: 'Tout sélectionner',
  view: 'Affichage',
  reload: 'Actualiser',
  resetZoom: 'Taille réelle',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  toggleFullScreen: 'Plein écran',
  toggleDevTools: 'Outils de développement',
  window: 'Fenêtre',
  minimize: 'Réduire',
  zoom: 'Agrandir',
  close: 'Fermer la fenêtre',
  front: 'Tout ramener au premier plan',
  help: 'Aide',
  about: 'À propos de Coulisse',
  hide: 'Masquer Coulisse',
  hideOthers: 'Masquer les autres',
  unhide: 'Tout afficher',
  aboutDetail: 'Le back office hors ligne des petites entreprises.',
  version: 'Version',
  ok: 'OK',
  startupFailedTitle: 'Coulisse ne peut pas démarrer',
  startupFailed: "Le dossier n'a pas pu être ouvert.",
  coreStopped: 'Le moteur de Coulisse s’est arrêté de façon inattendue. L’application va se fermer.',
  bindingMissing: 'Le module SQLite pour Electron est introuvable. Lancez « {command} » puis redémarrez.',
} as const;

export type MenuLabelKey = keyof typeof fr;
export type MenuLabels = Readonly<Record<MenuLabelKey, string>>;

const en: MenuLabels = {
  file: 'File',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  view: 'View',
  reload: 'Reload',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  toggleFullScreen: 'Toggle Full Screen',
  toggleDevTools: 'Developer Tools',
  window: 'Window',
  minimize: 'Minimize',
  zoom: 'Zoom',
  close: 'Close Window',
  front: 'Bring All to Front',
  help: 'Help',
  about: 'About Coulisse',
  hide: 'Hide Coulisse',
  hideOthers: 'Hide Others',
  unhide: 'Show All',
  aboutDetail: 'The offline back office for small businesses.',
  version: 'Version',
  ok: 'OK',
  startupFailedTitle: 'Coulisse cannot start',
  startupFailed: 'The company file could not be opened.',
  coreStopped: 'The Coulisse engine stopped unexpectedly. The application will close.',
  bindingMissing: 'The SQLite module for Electron is missing. Run “{command}” and start again.',
};

export const MENU_LABELS: Readonly<Record<MenuLocale, MenuLabels>> = { fr, en };

/** French unless the system speaks English. */
export function menuLocale(appLocale: string): MenuLocale {
  return appLocale.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

export function menuLabels(appLocale: string): MenuLabels {
  return MENU_LABELS[menuLocale(appLocale)];
}
