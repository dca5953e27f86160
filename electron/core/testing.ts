import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RouteInput, RouteName, RouteOutput } from '../../shared/contract';
import type { WireError } from '../../shared/errors';
import { type CoreHost, type Session, startCore } from './host';

export interface TestCore {
  core: CoreHost;
  dir: string;
  dbPath: string;
  /** Calls a route as the local admin and returns its output, or throws the typed error. */
  call<R extends RouteName>(route: R, input: RouteInput<R>, session?: Session | null): Promise<RouteOutput<R>>;
  /** Calls a route and returns the error it must fail with. */
  fail(route: string, input: unknown, session?: Session | null): Promise<WireError>;
  close(): Promise<void>;
}

export class CallFailed extends Error {
  constructor(readonly wire: WireError) {
    super(`${wire.code} ${wire.messageKey} ${JSON.stringify(wire.details ?? {})}`);
  }
}

/** A real company file in a fresh temp folder, migrated, for tests of the core. */
export async function openTestCore(
  options: { now?: () => Date; log?: (m: string, e?: unknown) => void } = {},
): Promise<TestCore> {
  const dir = mkdtempSync(join(tmpdir(), 'coulisse-test-'));
  const dbPath = join(dir, 'company.coulisse');
  const core = await startCore({ dbPath, appVersion: 'test', now: options.now, log: options.log ?? (() => {}) });
  const admin = core.localSession();
  return {
    core,
    dir,
    dbPath,
    async call(route, input, session = admin) {
      const res = await core.call(route, input, session);
      if (!res.ok) throw new CallFailed(res.error);
      return res.data as never;
    },
    async fail(route, input, session = admin) {
      const res = await core.call(route, input, session);
      if (res.ok) throw new Error(`${route} succeeded but was expected to fail`);
      return res.error;
    },
    async close() {
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
