import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';

const directives = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .sort();

test("index.html's CSP meta tag says what the hosts send (frame-ancestors only works as a header)", () => {
  const html = readFileSync(join(__dirname, '..', 'renderer', 'index.html'), 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  expect(meta).toBeDefined();
  expect(directives(meta!)).toEqual(
    directives(CONTENT_SECURITY_POLICY).filter((d) => !d.startsWith('frame-ancestors')),
  );
});
