import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogs } from './catalogs';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'coulisse.language';

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'fr';
  } catch {
    return 'fr';
  }
}

export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be disabled; the choice then lasts for this window only.
  }
  void i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
}

export function initI18n() {
  if (i18n.isInitialized) return i18n;
  const hasDocument = typeof document !== 'undefined';
  i18n.on('languageChanged', (lng) => {
    if (hasDocument) document.documentElement.lang = lng;
  });
  void i18n.use(initReactI18next).init({
    resources: { fr: { translation: catalogs.fr }, en: { translation: catalogs.en } },
    lng: storedLanguage(),
    fallbackLng: 'fr',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  if (hasDocument) document.documentElement.lang = i18n.language;
  return i18n;
}

/** Translates a key that arrived from the core, falling back to a generic message for an unknown one. */
export function translateKey(key: string, params?: Record<string, unknown>): string {
  if (i18n.exists(key)) return i18n.t(key, params ?? {});
  return i18n.t(key.startsWith('validation.') ? 'validation.invalid' : 'errors.internal');
}
