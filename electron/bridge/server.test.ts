import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openTestCore, type TestCore } from '../core/testing';
import { ADMIN, COMPANY } from '../core/testdata/fixtures';
import { LATEST_SCHEMA_VERSION } from '../core/db/migrations';
import { type Bridge, startBridge } from './server';
import { resolveStaticPath } from './static-files';

let t: TestCore;
let bridge: Bridge;
const TOKEN = 'test-token-0123456789abcdef';

beforeAll(async () => {
  t = await openTestCore();
  const renderer = join(t.dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Coulisse</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(t.dir, 'secret.txt'), 'secret');
  bridge = await startBridge({ core: t.core, rendererDir: renderer, token: TOKEN });
});
afterAll(async () => {
  await bridge.close();
  await t.close();
});

function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: bridge.port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const rpc = (route: string, body: unknown, headers: Record<string, string> = {}) =>
  send(`/rpc/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers },
    body: JSON.stringify(body),
  });

describe('HTTP bridge', () => {
  test('listens on 127.0.0.1 only', () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/`);
  });

  test('a call without the right token is 401', async () => {
    const none = await send('/rpc/system.app.info', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED', messageKey: 'errors.unauthenticated' },
    });
    expect((await rpc('system.app.info', {}, { authorization: 'Bearer wrong' })).status).toBe(401);
  });

  test('a query with the token answers JSON from the core', async () => {
    const res = await rpc('system.app.info', {});
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(res.body)).toMatchObject({
      ok: true,
      data: { hasCompany: false, schemaVersion: LATEST_SCHEMA_VERSION },
    });
  });

  test('the session header says which signed-in user the tab is', async () => {
    expect(JSON.parse((await rpc('admin.company.create', { company: COMPANY, admin: ADMIN })).body).ok).toBe(true);
    const anonymous = JSON.parse((await rpc('parties.party.list', {})).body);
    expect(anonymous.error.code).toBe('UNAUTHENTICATED');
    const login = JSON.parse((await rpc('system.auth.login', { login: ADMIN.login, password: ADMIN.password })).body);
    const session = { 'x-coulisse-session': login.data.sessionToken as string };
    expect(JSON.parse((await rpc('parties.party.list', {}, session)).body)).toMatchObject({
      ok: true,
      data: { total: 0 },
    });
    const bad = JSON.parse((await rpc('parties.party.create', { name: 3 }, session)).body);
    expect(bad.error.code).toBe('VALIDATION');
  });

  test('a foreign Origin or Host is refused', async () => {
    expect((await rpc('system.app.info', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await rpc('system.app.info', {}, { origin: `http://127.0.0.1:${bridge.port}` })).status).toBe(200);
    expect((await send('/', { headers: { host: `evil.example:${bridge.port}` } })).status).toBe(421);
  });

  test('bad requests get typed errors', async () => {
    const notJson = await send('/rpc/system.app.info', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
    expect((await send('/rpc/system.app.info', { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(405);
  });

  test('serves the renderer with its CSP, and nothing outside it', async () => {
    const index = await send('/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await send('/assets/app.js')).headers['content-type']).toMatch(/javascript/);
    expect((await send('/../secret.txt')).status).toBe(404);
    expect((await send('/%2e%2e/secret.txt')).status).toBe(404);
  });

  test('resolveStaticPath keeps every path inside the root', () => {
    expect(resolveStaticPath('/srv/app', '/')).toBe('/srv/app/index.html');
    expect(resolveStaticPath('/srv/app', '/assets/a.js?x=1')).toBe('/srv/app/assets/a.js');
    expect(resolveStaticPath('/srv/app', '/../etc/passwd')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/%2e%2e%2fetc/passwd')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/..%5cetc')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/%E0%A4%A')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/a\0b')).toBeNull();
  });
});
