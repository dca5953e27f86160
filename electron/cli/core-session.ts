import { resolve } from 'node:path';
import type { RouteInput, RouteName, RouteOutput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { type CoreHost, startCore } from '../core/host';
import { packageVersion } from '../core/version';
import { describeError } from './messages';
import { CommandError, UsageError } from './usage';

export function dbPathFrom(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const path = flag ?? env.COULISSE_DB;
  if (!path) throw new UsageError('--db FILE (or COULISSE_DB) is required');
  return resolve(path);
}

export async function openCore(dbPath: string): Promise<CoreHost> {
  try {
    return await startCore({ dbPath, appVersion: packageVersion() });
  } catch (error) {
    if (error instanceof AppError) throw new CommandError(`${dbPath}: ${describeError(error.toWire())}`);
    throw new CommandError(`${dbPath}: ${(error as Error).message}`);
  }
}

/** Calls a route as the local administrator and turns a typed error into a one-line failure. */
export async function callRoute<R extends RouteName>(
  core: CoreHost,
  route: R,
  input: RouteInput<R>,
): Promise<RouteOutput<R>> {
  const res = await core.call(route, input, core.localSession());
  if (!res.ok) throw new CommandError(describeError(res.error));
  return res.data as RouteOutput<R>;
}
