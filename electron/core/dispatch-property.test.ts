import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { z } from 'zod';
import { contract } from '../../shared/contract';
import { ERROR_CODES } from '../../shared/errors';
import { openCompany, type TestCore } from './testing';
import { customer } from './testdata/fixtures';

// Whatever arrives from a window or a tab, dispatch answers with a typed refusal and writes nothing: payloads
// that are not objects, or objects with a key no schema knows (every input is strict), on real routes and on
// names that are no route at all.

const ROUTES = Object.keys(contract);
const KNOWN_KEYS = new Set(
  Object.values(contract).flatMap((def) => (def.input instanceof z.ZodObject ? Object.keys(def.input.shape) : [])),
);

const json = fc.jsonValue({ maxDepth: 3 });
const notAnObject = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.array(json, { maxLength: 5 }),
);
const unknownKey = fc.string({ minLength: 1, maxLength: 20 }).filter((k) => !KNOWN_KEYS.has(k));
const withUnknownKey = fc
  .record({
    base: fc.dictionary(fc.constantFrom(...KNOWN_KEYS), json, { maxKeys: 4 }),
    key: unknownKey,
    value: json,
  })
  .map(({ base, key, value }) => {
    const payload: Record<string, unknown> = { ...base };
    Object.defineProperty(payload, key, { value, enumerable: true, configurable: true, writable: true });
    return payload;
  });
const routeName = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ROUTES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'admin.') },
);

let t: TestCore;
const logged: unknown[] = [];
beforeAll(async () => {
  t = await openCompany({ log: (m, e) => logged.push([m, e]) });
  await t.call('parties.party.create', customer());
});
afterAll(async () => {
  await t.close();
});

function fileHash(path: string): string {
  const h = createHash('sha256');
  for (const p of [path, `${path}-wal`]) if (existsSync(p)) h.update(readFileSync(p));
  return h.digest('hex');
}

test('10,000 malformed calls: each a typed refusal, never a throw, the file unchanged byte for byte', async () => {
  const before = fileHash(t.dbPath);
  const codes = new Map<string, number>();
  await fc.assert(
    fc.asyncProperty(routeName, fc.oneof(notAnObject, withUnknownKey), async (route, payload) => {
      const res = await t.core.call(route, payload, t.token);
      expect(res.ok).toBe(false);
      if (res.ok) return;
      expect(ERROR_CODES).toContain(res.error.code);
      expect(typeof res.error.messageKey).toBe('string');
      // A known route refuses the payload; an unknown name is not found. Anything else would be a bug.
      expect(res.error.code).toBe(Object.hasOwn(contract, route) ? 'VALIDATION' : 'NOT_FOUND');
      codes.set(res.error.code, (codes.get(res.error.code) ?? 0) + 1);
    }),
    { numRuns: 10_000 },
  );
  expect(fileHash(t.dbPath)).toBe(before);
  expect(logged).toEqual([]);
  expect(codes.get('VALIDATION')).toBeGreaterThan(1000);
  expect(codes.get('NOT_FOUND')).toBeGreaterThan(1000);
  // The session is still the administrator's, and the data is as it was.
  expect((await t.call('parties.party.list', {})).total).toBe(1);
}, 120_000);
