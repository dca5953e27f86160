import { describe, expect, test } from 'vitest';
import { DEPARTMENTS } from '../app/departments';
import { catalogs, leafKeys, nestKeys } from './catalogs';
import { en } from './en';
import { fr } from './fr';

const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

describe('locales', () => {
  test('French and English have exactly the same keys', () => {
    expect(leafKeys(en).sort()).toEqual(leafKeys(fr).sort());
    expect(leafKeys(catalogs.en).sort()).toEqual(leafKeys(catalogs.fr).sort());
  });

  test('no message is empty, and a message keeps the placeholders of its French original', () => {
    for (const key of leafKeys(catalogs.fr)) {
      const frText = lookup(catalogs.fr, key);
      const enText = lookup(catalogs.en, key);
      expect(typeof frText === 'string' && frText.trim(), key).toBeTruthy();
      expect(typeof enText === 'string' && enText.trim(), key).toBeTruthy();
      const placeholders = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(placeholders(enText), key).toEqual(placeholders(frText));
    }
  });

  test('every literal key the screens ask for exists', () => {
    const used = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/translateKey\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    // A key with plural forms (i18next's `key_one` / `key_other`) is asked for by its bare name.
    const found = (key: string) =>
      typeof lookup(catalogs.fr, key) === 'string' || typeof lookup(catalogs.fr, `${key}_other`) === 'string';
    for (const key of used) expect(found(key), key).toBe(true);
  });

  test('every department has a name, and the departments still to come describe themselves', () => {
    for (const d of DEPARTMENTS) {
      expect(typeof lookup(fr, `departments.${d.key}.name`)).toBe('string');
    }
    for (const key of ['accounting', 'sales', 'purchasing', 'hr', 'it', 'legal']) {
      expect(typeof lookup(fr, `departments.${key}.summary`)).toBe('string');
      expect(Array.isArray(lookup(fr, `departments.${key}.features`))).toBe(true);
    }
  });

  test('the core catalog is nested under the same dotted keys it uses on the wire', () => {
    expect(nestKeys({ 'errors.notFound': 'x', 'validation.siren': 'y' })).toEqual({
      errors: { notFound: 'x' },
      validation: { siren: 'y' },
    });
    expect(typeof lookup(catalogs.fr, 'errors.notFound')).toBe('string');
    expect(typeof lookup(catalogs.en, 'validation.siren')).toBe('string');
  });
});
