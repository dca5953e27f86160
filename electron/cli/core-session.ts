import { resolve } from 'node:path';
import type { RouteInput, RouteName, RouteOutput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { type CoreHost, type CoreOptions, startCore } from '../core/host';
import { resolveDbPath, userDataDir } from '../core/paths';
import { packageVersion } from '../core/version';
import { describeError } from './messages';
import { readPassword } from './password';
import { CommandError, UsageError } from './usage';

/** --db, else COULISSE_DB, else the desktop app's own company file in the user data folder. */
export function dbPathFrom(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag === '') throw new UsageError('--db needs a file name');
  return resolve(resolveDbPath({ flag, env, userDataDir: userDataDir(env) }));
}

/**
 * Commands that change the company lock its file; `lock: false` is for commands that only read (reports,
 * exports), so an admin's nightly script runs while the app is open.
 */
export async function openCore(dbPath: string, options: Partial<CoreOptions> = {}): Promise<CoreHost> {
  try {
    return await startCore({ ...options, dbPath, appVersion: packageVersion(), lock: options.lock ?? true });
  } catch (error) {
    if (error instanceof AppError) throw new CommandError(`${dbPath}: ${describeError(error.toWire())}`);
    throw new CommandError(`${dbPath}: ${(error as Error).message}`);
  }
}

/** Calls a route with the command's session (null for the public first-run routes); a typed error becomes one line. */
export async function callRoute<R extends RouteName>(
  core: CoreHost,
  route: R,
  input: RouteInput<R>,
  sessionToken: string | null = null,
): Promise<RouteOutput<R>> {
  const res = await core.call(route, input, sessionToken);
  if (!res.ok) throw new CommandError(describeError(res.error));
  return res.data as RouteOutput<R>;
}

/** The options every command that reads or changes business data takes to sign in. */
export const SIGN_IN_OPTIONS = {
  user: { type: 'string', default: 'admin' },
  'password-file': { type: 'string' },
} as const;

/**
 * Signs the command in as a user of the company (the core decides what that user may do, as in the app), runs
 * `fn` with the session token, and signs out.
 */
export async function withSignedIn<T>(
  core: CoreHost,
  values: { user?: string; 'password-file'?: string },
  fn: (token: string) => Promise<T>,
): Promise<T> {
  const login = values.user ?? 'admin';
  const password = await readPassword(values['password-file'], `password for ${login}: `);
  const { sessionToken } = await callRoute(core, 'system.auth.login', { login, password });
  try {
    return await fn(sessionToken);
  } finally {
    await core.call('system.auth.logout', {}, sessionToken);
  }
}
