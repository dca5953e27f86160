import { expect, test } from 'vitest';
import { defaultDbPath, resolveDbPath, userDataDir } from './paths';

test('the company file comes from --db, then COULISSE_DB, then the user data folder', () => {
  expect(resolveDbPath({ flag: '/a.coulisse', env: { COULISSE_DB: '/b' }, userDataDir: '/u' })).toBe('/a.coulisse');
  expect(resolveDbPath({ env: { COULISSE_DB: '/b.coulisse' }, userDataDir: '/u' })).toBe('/b.coulisse');
  expect(resolveDbPath({ env: {}, userDataDir: '/u' })).toBe('/u/companies/default.coulisse');
  expect(defaultDbPath('/x')).toBe('/x/companies/default.coulisse');
});

test('the user data folder matches Electron’s on each platform', () => {
  expect(userDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux')).toBe('/cfg/Coulisse');
  expect(userDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toContain('Coulisse');
  expect(userDataDir({}, 'darwin')).toMatch(/Library\/Application Support\/Coulisse$/);
});
