import { describe, expect, it } from 'vitest';
import { MENU_LABELS, menuLabels, menuLocale } from './menu-labels';

describe('menu labels', () => {
  it('has the same keys in French and English, none empty', () => {
    expect(Object.keys(MENU_LABELS.en).sort()).toEqual(Object.keys(MENU_LABELS.fr).sort());
    for (const labels of Object.values(MENU_LABELS)) {
      for (const value of Object.values(labels)) expect(value.trim()).not.toBe('');
    }
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(MENU_LABELS.fr) as (keyof typeof MENU_LABELS.fr)[]) {
      expect(placeholders(MENU_LABELS.en[key]), key).toEqual(placeholders(MENU_LABELS.fr[key]));
    }
  });

  it('speaks French unless the system locale is English', () => {
    expect(menuLocale('fr')).toBe('fr');
    expect(menuLocale('fr-CA')).toBe('fr');
    expect(menuLocale('de-DE')).toBe('fr');
    expect(menuLocale('')).toBe('fr');
    expect(menuLocale('en')).toBe('en');
    expect(menuLocale('en-GB')).toBe('en');
    expect(menuLocale('EN-us')).toBe('en');
    expect(menuLabels('en-US').file).toBe('File');
    expect(menuLabels('fr-FR').file).toBe('Fichier');
  });
});
