import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { serveOptions } from './commands/serve';
import { UsageError } from './usage';

const env = { XDG_CONFIG_HOME: '/home/claire/.config' } as NodeJS.ProcessEnv;

test('serve without --db opens on the chooser, with the recent list in the user data folder', () => {
  const options = serveOptions(['--port', '0'], env);
  expect(options.dbPath).toBeNull();
  expect(options.port).toBe(0);
  if (process.platform === 'linux') expect(options.userDataDir).toBe(join('/home/claire/.config', 'Coulisse'));
});

test('serve --db FILE opens that file at start; --user-data moves the recent list', () => {
  const options = serveOptions(
    ['--db', 'books.coulisse', '--user-data', 'profile', '--token', 'abcdefghijklmnop1234'],
    env,
  );
  expect(options.dbPath).toBe(resolve('books.coulisse'));
  expect(options.userDataDir).toBe(resolve('profile'));
  expect(options.token).toBe('abcdefghijklmnop1234');
});

test('COULISSE_DB still names the file when --db is absent', () => {
  expect(serveOptions([], { ...env, COULISSE_DB: '/srv/a.coulisse' }).dbPath).toBe('/srv/a.coulisse');
  expect(serveOptions([], { ...env, COULISSE_DB: '' }).dbPath).toBeNull();
});

test('bad flags are usage errors', () => {
  expect(() => serveOptions(['--db', ''], env)).toThrow(UsageError);
  expect(() => serveOptions(['--user-data', ''], env)).toThrow(UsageError);
  expect(() => serveOptions(['--port', '70000'], env)).toThrow(UsageError);
  expect(() => serveOptions(['--token', 'short'], env)).toThrow(UsageError);
  expect(() => serveOptions(['--frobnicate'], env)).toThrow();
});
