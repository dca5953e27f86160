import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { contract } from '../../shared/contract';
import { PRESET_ROLE_PERMISSIONS, PRESET_ROLES, type PresetRole } from '../../shared/roles';
import { openCompany, type TestCore } from './testing';

// Every route × every preset role: dispatch lets through exactly what shared/roles.ts grants. The payload is
// always invalid, so a route that lets the caller in answers VALIDATION (the permission is checked first)
// and nothing runs.

const guarded = Object.entries(contract).filter(([, def]) => !def.public);

let t: TestCore;
const tokens = new Map<PresetRole, string>();
beforeAll(async () => {
  t = await openCompany();
  for (const role of PRESET_ROLES) tokens.set(role, await t.signInAs(role));
});
afterAll(async () => {
  await t.close();
});

function fileHash(path: string): string {
  const h = createHash('sha256');
  for (const p of [path, `${path}-wal`]) if (existsSync(p)) h.update(readFileSync(p));
  return h.digest('hex');
}

test.each(PRESET_ROLES)('%s reaches exactly the routes its permissions open', async (role) => {
  const granted = new Set<string>(PRESET_ROLE_PERMISSIONS[role]);
  const before = fileHash(t.dbPath);
  const seen: string[] = [];
  const expected: string[] = [];
  for (const [route, def] of guarded) {
    const err = await t.fail(route, { __invalid: true }, tokens.get(role));
    seen.push(`${route} ${err.code} ${err.messageKey}`);
    expected.push(
      granted.has(def.permission) ? `${route} VALIDATION errors.validation` : `${route} FORBIDDEN errors.forbidden`,
    );
  }
  expect(seen).toEqual(expected);
  expect(fileHash(t.dbPath)).toBe(before);
});

test('the matrix is not trivial: the administrator is refused nothing, every other preset role something', () => {
  expect(guarded.length).toBeGreaterThan(20);
  const needed = new Set(guarded.map(([, def]) => def.permission));
  for (const role of PRESET_ROLES) {
    const granted = new Set<string>(PRESET_ROLE_PERMISSIONS[role]);
    const refused = [...needed].filter((p) => !granted.has(p));
    if (role === 'administrateur') expect(refused).toEqual([]);
    else expect(refused.length, role).toBeGreaterThan(0);
  }
});
