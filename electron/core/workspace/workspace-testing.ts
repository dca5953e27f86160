import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WireError } from '../../../shared/errors';
import { startCore } from '../host';
import { TEST_SCRYPT } from '../testing';
import { startWorkspace, type Workspace, type WorkspaceOptions } from './workspace';

export interface TestWorkspace {
  ws: Workspace;
  dir: string;
  userDataDir: string;
  events: unknown[];
  ok<T = unknown>(route: string, input: unknown, token?: string | null): Promise<T>;
  fail(route: string, input: unknown, token?: string | null): Promise<WireError>;
  close(): Promise<void>;
}

/** A workspace over a fresh temp folder (user data and company files), with cheap password hashing. */
export async function openTestWorkspace(options: Partial<WorkspaceOptions> = {}): Promise<TestWorkspace> {
  const dir = mkdtempSync(join(tmpdir(), 'coulisse-ws-'));
  const userDataDir = join(dir, 'user-data');
  const ws = await startWorkspace({
    userDataDir,
    appVersion: 'test',
    log: () => {},
    openCore: (dbPath) => startCore({ dbPath, appVersion: 'test', log: () => {}, passwordParams: TEST_SCRYPT }),
    ...options,
  });
  const events: unknown[] = [];
  ws.on((event, payload) => {
    if (event === 'workspace.changed') events.push(payload);
  });
  return {
    ws,
    dir,
    userDataDir,
    events,
    async ok(route, input, token = null) {
      const res = await ws.call(route, input, token);
      if (!res.ok) throw new Error(`${route} failed: ${res.error.code} ${res.error.messageKey}`);
      return res.data as never;
    },
    async fail(route, input, token = null) {
      const res = await ws.call(route, input, token);
      if (res.ok) throw new Error(`${route} succeeded but was expected to fail`);
      return res.error;
    },
    async close() {
      await ws.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
