import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildEnv,
  describeFailure,
  nativeLayout,
  needsBuild,
  nodeGypArgs,
  parseArgs,
  readElectronVersion,
  readPackageVersion,
  shouldCopySource,
  stampFor,
} from './electron-native-lib.mjs';

const dirs: string[] = [];
function fakeRoot(packages: Record<string, unknown>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'coulisse-native-'));
  dirs.push(root);
  for (const [name, manifest] of Object.entries(packages)) {
    mkdirSync(path.join(root, 'node_modules', name), { recursive: true });
    writeFileSync(
      path.join(root, 'node_modules', name, 'package.json'),
      typeof manifest === 'string' ? manifest : JSON.stringify(manifest),
    );
  }
  return root;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('installed versions', () => {
  it('reads the Electron version from node_modules/electron/package.json', () => {
    const root = fakeRoot({
      electron: { name: 'electron', version: '45.5.0' },
      'better-sqlite3': { version: '12.11.1' },
    });
    expect(readElectronVersion(root)).toBe('45.5.0');
    expect(readPackageVersion(root, 'better-sqlite3')).toBe('12.11.1');
  });

  it('reads the real installed Electron', () => {
    expect(readElectronVersion(process.cwd())).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('says clearly when Electron is missing or broken', () => {
    expect(() => readElectronVersion(fakeRoot({}))).toThrow(/electron is not installed .*npm install/);
    expect(() => readElectronVersion(fakeRoot({ electron: '{nope' }))).toThrow(/not installed/);
    expect(() => readElectronVersion(fakeRoot({ electron: { version: 'latest' } }))).toThrow(/no usable version/);
  });
});

describe('nodeGypArgs', () => {
  it('targets exactly the Electron version, with the Electron runtime and headers', () => {
    const args = nodeGypArgs('45.5.0');
    expect(args).toEqual([
      'rebuild',
      '--release',
      '--runtime=electron',
      '--target=45.5.0',
      '--dist-url=https://electronjs.org/headers',
    ]);
    expect(args.some((arg) => arg.startsWith('--nodedir'))).toBe(false);
  });

  it('uses a local copy of the headers only when given one', () => {
    expect(nodeGypArgs('45.5.0', { kind: 'dir', path: '/opt/h' })).toContain('--nodedir=/opt/h');
    expect(nodeGypArgs('45.5.0', { kind: 'tarball', path: '/opt/h.tar.gz' })).toContain('--tarball=/opt/h.tar.gz');
  });

  it('refuses a version that is not one', () => {
    expect(() => nodeGypArgs('45; rm -rf /')).toThrow(/invalid Electron version/);
  });
});

describe('buildEnv', () => {
  it('drops every setting that would force a nodedir or another target', () => {
    const env = buildEnv({
      PATH: '/usr/bin',
      HOME: '/root',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_NODEDIR: '/usr',
      nodedir: '/usr',
      npm_config_target: '20.20.2',
      npm_config_runtime: 'node',
      npm_config_disturl: 'https://nodejs.org/dist',
      npm_config_dist_url: 'https://nodejs.org/dist',
      npm_config_arch: 'ia32',
      npm_config_target_arch: 'arm64',
      npm_package_config_node_gyp_nodedir: '/usr',
      npm_config_cache: '/root/.npm',
      npm_config_devdir: '/root/.cache/node-gyp',
      UNDEFINED: undefined,
    });
    expect(env).toEqual({
      PATH: '/usr/bin',
      HOME: '/root',
      npm_config_cache: '/root/.npm',
      npm_config_devdir: '/root/.cache/node-gyp',
    });
    expect(Object.keys(env).some((key) => /nodedir/i.test(key))).toBe(false);
  });
});

describe('stamps', () => {
  const expected = stampFor({
    electronVersion: '45.5.0',
    betterSqlite3Version: '12.11.1',
    platform: 'linux',
    arch: 'x64',
  });

  it('rebuilds when the binding is missing or the stamp differs', () => {
    const same = JSON.stringify(expected);
    expect(needsBuild({ bindingExists: true, stampText: same, expected })).toBe(false);
    expect(needsBuild({ bindingExists: false, stampText: same, expected })).toBe(true);
    expect(needsBuild({ bindingExists: true, stampText: null, expected })).toBe(true);
    expect(needsBuild({ bindingExists: true, stampText: 'garbage', expected })).toBe(true);
    expect(needsBuild({ bindingExists: true, stampText: 'null', expected })).toBe(true);
    expect(
      needsBuild({ bindingExists: true, stampText: JSON.stringify({ ...expected, electron: '45.4.0' }), expected }),
    ).toBe(true);
    expect(
      needsBuild({
        bindingExists: true,
        stampText: JSON.stringify({ ...expected, betterSqlite3: '12.12.0' }),
        expected,
      }),
    ).toBe(true);
    expect(needsBuild({ bindingExists: true, stampText: JSON.stringify({ ...expected, extra: 1 }), expected })).toBe(
      true,
    );
  });
});

describe('layout and sources', () => {
  it('keeps each Electron version apart, outside node_modules', () => {
    const layout = nativeLayout('/p', '45.5.0');
    expect(layout.binding).toBe(path.join('/p', 'build', 'native', 'electron-45.5.0', 'better_sqlite3.node'));
    expect(layout.srcDir).toBe(path.join('/p', 'build', 'native', 'electron-45.5.0', 'src'));
    expect(layout.currentBinding).toBe(path.join('/p', 'build', 'native', 'current', 'better_sqlite3.node'));
    expect(Object.values(layout).some((p) => p.includes('node_modules'))).toBe(false);
  });

  it('copies the sources without the Node build', () => {
    expect(shouldCopySource('')).toBe(true);
    expect(shouldCopySource('binding.gyp')).toBe(true);
    expect(shouldCopySource(path.join('src', 'better_sqlite3.cpp'))).toBe(true);
    expect(shouldCopySource(path.join('deps', 'sqlite3', 'sqlite3.c'))).toBe(true);
    expect(shouldCopySource('build')).toBe(false);
    expect(shouldCopySource(path.join('build', 'Release', 'better_sqlite3.node'))).toBe(false);
    expect(shouldCopySource('node_modules')).toBe(false);
    expect(shouldCopySource('buildx.txt')).toBe(true);
  });
});

describe('parseArgs', () => {
  it('reads --force and --headers', () => {
    expect(parseArgs([])).toEqual({ force: false, headers: null, help: false });
    expect(parseArgs(['--force'])).toMatchObject({ force: true });
    expect(parseArgs(['--headers', '/opt/electron-headers'])).toMatchObject({
      headers: { kind: 'dir', path: path.resolve('/opt/electron-headers') },
    });
    expect(parseArgs(['--headers=/tmp/node-v45.5.0-headers.tar.gz'])).toMatchObject({
      headers: { kind: 'tarball', path: path.resolve('/tmp/node-v45.5.0-headers.tar.gz') },
    });
    expect(parseArgs([], { COULISSE_ELECTRON_HEADERS: '/opt/h' })).toMatchObject({ headers: { kind: 'dir' } });
  });

  it('refuses what it does not know', () => {
    expect(() => parseArgs(['--nodedir=/usr'])).toThrow(/unknown argument/);
    expect(() => parseArgs(['--headers'])).toThrow(/needs a path/);
  });
});

describe('describeFailure', () => {
  it('explains a missing network in one line', () => {
    const output = [
      'gyp info it worked if it ends with ok',
      'gyp http GET https://electronjs.org/headers/v45.5.0/node-v45.5.0-headers.tar.gz',
      'gyp ERR! stack TypeError: fetch failed',
      'gyp ERR! stack Error: getaddrinfo ENOTFOUND electronjs.org',
      'gyp ERR! not ok',
    ].join('\n');
    const message = describeFailure(output, 1, '45.5.0');
    expect(message).toMatch(/could not download the Electron 45\.5\.0 headers .*no network/);
    expect(message).not.toContain('\n');
    expect(
      describeFailure('gyp ERR! stack Error: 404 response downloading https://electronjs.org/headers/x', 1, '9.9.9'),
    ).toMatch(/could not download/);
  });

  it('recognises what node-gyp 12 prints without network', () => {
    const output = [
      'gyp info find Python using Python version 3.11.7 found at "/usr/bin/python3"',
      'gyp http GET https://electronjs.org/headers/v45.5.0/node-v45.5.0-headers.tar.gz',
      'gyp WARN install got an error, rolling back install',
      'gyp ERR! configure error ',
      'gyp ERR! stack Error: This is most likely not a problem with node-gyp or the package itself and',
      'gyp ERR! stack is related to network connectivity. In most cases you are behind a proxy or have bad',
      'gyp ERR! not ok ',
    ].join('\n');
    expect(describeFailure(output, 1, '45.5.0')).toMatch(/^could not download the Electron 45\.5\.0 headers/);
  });

  it('asks for Python only when node-gyp could not find it', () => {
    expect(describeFailure('gyp ERR! find Python Python is not set from command line', 1, '45.5.0')).toMatch(
      /Python 3/,
    );
    expect(
      describeFailure('gyp info find Python using Python version 3.11.7\ngyp ERR! configure error', 1, '1.0.0'),
    ).toBe('node-gyp failed with exit code 1: configure error');
  });

  it('names the last real node-gyp error otherwise', () => {
    const output = [
      'gyp ERR! build error',
      'gyp ERR! stack Error: `make` failed with exit code: 2',
      'gyp ERR! System Linux 6.1.0',
      'gyp ERR! command "/usr/bin/node" "node-gyp.js" "rebuild"',
      'gyp ERR! cwd /p/build/native/electron-45.5.0/src',
      'gyp ERR! not ok',
    ].join('\n');
    expect(describeFailure(output, 1, '45.5.0')).toBe(
      'node-gyp failed with exit code 1: Error: `make` failed with exit code: 2',
    );
    expect(describeFailure('gyp ERR! configure error\ngyp ERR! not ok', 1, '45.5.0')).toBe(
      'node-gyp failed with exit code 1: configure error',
    );
    expect(describeFailure('', 7, '45.5.0')).toBe('node-gyp failed with exit code 7');
  });
});
