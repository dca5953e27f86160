import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { z } from 'zod';
import { contract } from '../../shared/contract';
import { openCompany, type TestCore } from './testing';
import { customer } from './testdata/fixtures';

let t: TestCore;
beforeAll(async () => {
  t = await openCompany();
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

/** A payload whose every field has the wrong type, built from the route's own schema. */
function malformed(schema: z.ZodType): Record<string, unknown> {
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, unknown>) : {};
  return Object.fromEntries(Object.keys(shape).map((k) => [k, [{ wrong: true }]]));
}

const mutations = Object.entries(contract).filter(([, def]) => def.kind === 'mutation');

test.each(mutations)(
  '%s rejects a malformed payload with VALIDATION and field paths, the file unchanged',
  async (route, def) => {
    const before = fileHash(t.dbPath);
    const fields = malformed(def.input);
    // A route without fields gets one it does not know: every input is strict.
    const payload = Object.keys(fields).length ? fields : { unexpected: [1] };
    const err = await t.fail(route, payload);
    expect(err.code).toBe('VALIDATION');
    const paths = err.details?.issues?.map((i) => i.path) ?? [];
    for (const key of Object.keys(fields)) {
      expect(
        paths.some((p) => p === key || p.startsWith(`${key}.`)),
        `${route} names ${key}`,
      ).toBe(true);
    }
    for (const wrong of ['not an object', 42, [1, 2]]) expect((await t.fail(route, wrong)).code).toBe('VALIDATION');
    expect(fileHash(t.dbPath)).toBe(before);
  },
);
