import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BIN, cliWorkspace } from './cli-harness';

const { dir, passwordFile: PASSWORD_FILE, cli } = cliWorkspace('coulisse-cli-', 'fr_FR.UTF-8');

describe('coulisse command line', () => {
  test('help, usage errors and unknown commands', () => {
    expect(cli('--help')).toMatchObject({ code: 0 });
    expect(cli().code).toBe(2);
    const unknown = cli('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err.trim().split('\n')).toHaveLength(1);
    const noDb = cli('demo', '--db', '');
    expect(noDb.code).toBe(2);
    expect(noDb.err).toContain('--db');
    for (const c of ['init', 'demo', 'serve', 'migrate', 'routes'])
      expect(cli(c, '--help').out).toContain(`usage: coulisse ${c}`);
  });

  test('routes lists every route with its kind and permission', () => {
    const r = cli('routes', '--format', 'json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as { route: string; kind: string; permission: string }[];
    expect(rows).toContainEqual({ route: 'parties.party.create', kind: 'mutation', permission: 'parties.write' });
  });

  test('init with an invalid identity fails with one translated line and exit 1; a valid one creates the company', () => {
    const db = join(dir, 'init.coulisse');
    const bad = cli(
      'init',
      '--db',
      db,
      '--name',
      'Test',
      '--siren',
      '123456789',
      '--siret',
      '12345678900010',
      '--address',
      'x',
      '--postal-code',
      '69002',
      '--city',
      'Lyon',
      '--password-file',
      PASSWORD_FILE,
    );
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('SIREN invalide');
    expect(bad.err.trim().split('\n')).toHaveLength(1);
    const ok = cli(
      'init',
      '--db',
      db,
      '--name',
      'Atelier Rivière',
      '--siren',
      '732829320',
      '--siret',
      '73282932000074',
      '--address',
      '1 rue A',
      '--postal-code',
      '69002',
      '--city',
      'Lyon',
      '--password-file',
      PASSWORD_FILE,
    );
    expect(ok.code).toBe(0);
    expect(cli('migrate', '--db', db).out).toContain('already at version');
  });

  test('demo fills a company with at least 200 customers and 50 suppliers, once', () => {
    const db = join(dir, 'demo.coulisse');
    expect(cli('demo', '--db', db).code).toBe(2); // no password: not a terminal, no --password-file
    const r = cli('demo', '--db', db, '--password-file', PASSWORD_FILE);
    expect(r.code).toBe(0);
    const [, customers, suppliers] = /(\d+) customers, (\d+) suppliers/.exec(r.out)!;
    expect(Number(customers)).toBeGreaterThanOrEqual(200);
    expect(Number(suppliers)).toBeGreaterThanOrEqual(50);
    expect(cli('demo', '--db', db, '--password-file', PASSWORD_FILE).code).toBe(1);
  });

  test('serve prints its URL with a token and answers on 127.0.0.1', async () => {
    const db = join(dir, 'serve.coulisse');
    const renderer = join(dir, 'no-renderer');
    expect(cli('serve', '--db', db, '--renderer', renderer).code).toBe(1);
    mkdirSync(renderer);
    writeFileSync(join(renderer, 'index.html'), '<title>x</title>');
    const server = spawn(
      process.execPath,
      [
        BIN,
        'serve',
        '--db',
        db,
        '--user-data',
        join(dir, 'user-data'),
        '--renderer',
        renderer,
        '--token',
        'abcdefghijklmnop1234',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const m = /Coulisse: (http:\/\/127\.0\.0\.1:\d+\/)#token=abcdefghijklmnop1234/.exec(out);
          if (m) resolve(m[1]!);
        });
        server.on('exit', () => reject(new Error(`serve exited: ${out}`)));
      });
      const res = await fetch(`${url}rpc/system.app.info`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer abcdefghijklmnop1234' },
        body: '{}',
      });
      expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
    } finally {
      server.kill('SIGTERM');
    }
  });
});
