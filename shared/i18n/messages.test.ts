import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { en, fr } from './messages';

function sources(dir: string): string {
  let out = '';
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out += sources(p);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.test.ts')) out += readFileSync(p, 'utf8');
  }
  return out;
}

test('both languages translate the same keys', () => {
  expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
});

test('every errors.* and validation.* key the core and the contract use is translated', () => {
  const root = join(__dirname, '..', '..');
  const code = sources(join(root, 'shared')) + sources(join(root, 'electron'));
  const used = new Set([...code.matchAll(/'((?:errors|validation)\.[a-zA-Z]+)'/g)].map((m) => m[1]!));
  for (const key of used) expect(fr, key).toHaveProperty([key]);
});
