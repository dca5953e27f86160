import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const electronPackage = path.join(root, 'node_modules', 'electron');
const SKIP_REASON = 'Electron binary not installed on this machine (download unavailable): smoke test skipped';

/**
 * Where `require('electron')` would point, found without requiring it: requiring the package downloads the
 * binary when it is missing, which cannot work here.
 */
function electronBinary(): string | null {
  const pathFile = path.join(electronPackage, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = readFileSync(pathFile, 'utf8').trim();
  if (!executable) return null;
  const distDir = process.env['ELECTRON_OVERRIDE_DIST_PATH'] || path.join(electronPackage, 'dist');
  const binary = path.join(distDir, executable);
  return existsSync(binary) ? binary : null;
}

test('the desktop app opens on its first screen', async () => {
  const binary = electronBinary();
  if (!binary) {
    console.log(SKIP_REASON);
    test.skip(true, SKIP_REASON);
    return;
  }

  const mainFile = path.join(root, 'out', 'main', 'index.js');
  expect(existsSync(mainFile), 'out/main/index.js is missing: run `npm run build` first').toBe(true);
  const { version } = JSON.parse(readFileSync(path.join(electronPackage, 'package.json'), 'utf8')) as {
    version: string;
  };
  const binding = path.join(root, 'build', 'native', `electron-${version}`, 'better_sqlite3.node');
  expect(existsSync(binding), 'better-sqlite3 for Electron is missing: run `node scripts/electron-native.mjs`').toBe(
    true,
  );

  const workDir = mkdtempSync(path.join(tmpdir(), 'coulisse-electron-'));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RENDERER_URL' && key !== 'COULISSE_DB') env[key] = value;
  }
  const app = await electron.launch({
    executablePath: binary,
    args: [root, `--db=${path.join(workDir, 'smoke.coulisse')}`, `--user-data-dir=${path.join(workDir, 'user-data')}`],
    cwd: root,
    env,
  });
  try {
    const window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    expect(window.url()).toMatch(/^app:\/\/coulisse\//);
    await expect(async () => {
      const title = await window.title();
      const text = await window.locator('body').innerText();
      expect(title === 'Coulisse' || text.includes('Créer')).toBe(true);
    }).toPass();
    // The page sees exactly the two functions of the preload, and no Node.
    const exposed = await window.evaluate(() => {
      const scope = globalThis as { coulisse?: object; require?: unknown; process?: unknown };
      return { api: Object.keys(scope.coulisse ?? {}).sort(), node: typeof scope.require + typeof scope.process };
    });
    expect(exposed).toEqual({ api: ['call', 'on'], node: 'undefinedundefined' });
  } finally {
    await app.close();
    rmSync(workDir, { recursive: true, force: true });
  }
});
