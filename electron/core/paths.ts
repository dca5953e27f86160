import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Coulisse';

/** Where Electron keeps this app's data (app.getPath('userData')), computed the same way for the CLI. */
export function userDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), APP_NAME);
}

/** Company files live in the user data folder unless --db or COULISSE_DB says otherwise. */
export function defaultDbPath(userDataDirectory: string): string {
  return join(userDataDirectory, 'companies', 'default.coulisse');
}

export function resolveDbPath(options: {
  flag?: string | undefined;
  env?: NodeJS.ProcessEnv;
  userDataDir: string;
}): string {
  if (options.flag) return options.flag;
  if (options.env?.COULISSE_DB) return options.env.COULISSE_DB;
  return defaultDbPath(options.userDataDir);
}
