import { readFileSync } from 'node:fs';

/** The app's version from package.json, for hosts that run from the source tree (CLI, browser mode, tests). */
export function packageVersion(): string {
  try {
    const url = new URL('../../package.json', import.meta.url);
    return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}
