import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

// The command line's tests run the real `coulisse` binary in a child process, in a temp folder removed after the
// file's tests, with the administrator's password in a file (as an admin's script would).

export const BIN = join(__dirname, '..', '..', 'bin', 'coulisse.mjs');

export interface CliRun {
  code: number | null;
  out: string;
  err: string;
}

export function cliWorkspace(prefix: string, lang = 'en_GB.UTF-8') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const passwordFile = join(dir, 'password.txt');
  writeFileSync(passwordFile, 'a long admin password\n');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (...args: string[]): CliRun => {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      encoding: 'utf8',
      env: { ...process.env, LANG: lang, COULISSE_DB: '' },
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  return { dir, passwordFile, cli };
}
