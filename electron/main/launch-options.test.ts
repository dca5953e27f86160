import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseDbPath, dbArgument, namedDbPath } from './launch-options';

describe('dbArgument', () => {
  it('reads --db FILE and --db=FILE wherever they are', () => {
    expect(dbArgument(['/usr/bin/electron', '.', '--db', '/tmp/a.coulisse'])).toBe('/tmp/a.coulisse');
    expect(dbArgument(['/opt/Coulisse/coulisse', '--db=/tmp/b.coulisse', '--no-sandbox'])).toBe('/tmp/b.coulisse');
  });

  it('ignores a missing or empty value', () => {
    expect(dbArgument(['coulisse'])).toBeNull();
    expect(dbArgument(['coulisse', '--db'])).toBeNull();
    expect(dbArgument(['coulisse', '--db', '--inspect'])).toBeNull();
    expect(dbArgument(['coulisse', '--db='])).toBeNull();
    expect(dbArgument(['coulisse', '--dbx=/tmp/x'])).toBeNull();
  });
});

describe('chooseDbPath', () => {
  const fallback = () => '/home/u/.config/Coulisse/companies/default.coulisse';

  it('prefers the argument, resolved against the working folder', () => {
    expect(chooseDbPath(['x', '--db', 'demo.coulisse'], { COULISSE_DB: '/env.coulisse' }, '/work', fallback)).toEqual({
      dbPath: path.resolve('/work', 'demo.coulisse'),
      source: 'argument',
    });
  });

  it('then the environment, then the default', () => {
    expect(chooseDbPath(['x'], { COULISSE_DB: '/data/env.coulisse' }, '/work', fallback)).toEqual({
      dbPath: path.resolve('/data/env.coulisse'),
      source: 'environment',
    });
    expect(chooseDbPath(['x'], { COULISSE_DB: '' }, '/work', fallback)).toEqual({
      dbPath: fallback(),
      source: 'default',
    });
  });
});

describe('namedDbPath', () => {
  it('names a file only when --db or COULISSE_DB does: otherwise the window opens on the chooser', () => {
    expect(namedDbPath(['coulisse', '--db', 'a.coulisse'], {}, '/home/c')).toBe(path.resolve('/home/c', 'a.coulisse'));
    expect(namedDbPath(['coulisse'], { COULISSE_DB: '/srv/b.coulisse' }, '/home/c')).toBe('/srv/b.coulisse');
    expect(namedDbPath(['coulisse'], {}, '/home/c')).toBeNull();
    expect(namedDbPath(['coulisse'], { COULISSE_DB: '' }, '/home/c')).toBeNull();
  });
});
