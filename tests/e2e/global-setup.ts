import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { E2E_TOKEN } from './env';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds the renderer (unless COULISSE_E2E_RENDERER names a built one), then starts `coulisse serve` on a fresh
 * company file and a free port. Tests read the address from COULISSE_E2E_URL; the returned function stops it all.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const work = mkdtempSync(join(tmpdir(), 'coulisse-e2e-'));
  let rendererDir = process.env.COULISSE_E2E_RENDERER;
  if (!rendererDir) {
    rendererDir = join(work, 'renderer');
    const build = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/vite/bin/vite.js'),
        'build',
        '--config',
        'renderer/vite.config.ts',
        '--outDir',
        rendererDir,
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ],
      { cwd: root, stdio: 'inherit' },
    );
    if (build.status !== 0) throw new Error('renderer build failed');
  }

  const server = spawn(
    process.execPath,
    [
      'bin/coulisse.mjs',
      'serve',
      '--db',
      join(work, 'e2e.db'),
      '--user-data',
      join(work, 'user-data'),
      '--port',
      '0',
      '--token',
      E2E_TOKEN,
      '--renderer',
      rendererDir,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((done, fail) => {
    let stdout = '';
    const timer = setTimeout(() => fail(new Error(`coulisse serve did not start in time\n${stderr}`)), 30_000);
    server.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const m = /Coulisse: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
      if (m) {
        clearTimeout(timer);
        done(m[1]!);
      }
    });
    server.once('exit', (code) => fail(new Error(`coulisse serve exited with ${code}\n${stderr}`)));
  });
  process.env.COULISSE_E2E_URL = url;
  // For the one test that edits the file behind the app's back, as tampering would.
  process.env.COULISSE_E2E_DB = join(work, 'e2e.db');

  return async () => {
    if (server.exitCode === null) {
      const exited = new Promise((done) => server.once('exit', done));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5_000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    rmSync(work, { recursive: true, force: true });
  };
}
