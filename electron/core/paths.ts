import { join } from 'node:path';

/** Company files live in the user data folder unless --db or COULISSE_DB says otherwise. */
export function defaultDbPath(userDataDir: string): string {
  return join(userDataDir, 'companies', 'default.coulisse');
}

export function resolveDbPath(options: {
  flag?: string | undefined;
  env?: NodeJS.ProcessEnv;
  userDataDir: string;
}): string {
  const fromEnv = options.env?.COULISSE_DB;
  if (options.flag) return options.flag;
  if (fromEnv) return fromEnv;
  return defaultDbPath(options.userDataDir);
}
