import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/errors';
import { startBridge } from '../../bridge/server';
import { userDataDir } from '../../core/paths';
import { packageVersion } from '../../core/version';
import { startWorkspace, type Workspace } from '../../core/workspace/workspace';
import { describeError } from '../messages';
import { type Command, CommandError, UsageError } from '../usage';

const DEFAULT_RENDERER = fileURLToPath(new URL('../../../out/renderer', import.meta.url));

export interface ServeOptions {
  /** The company file to open at start; null: the browser shows the dossier chooser. */
  dbPath: string | null;
  userDataDir: string;
  port: number;
  token: string | undefined;
  rendererDir: string;
}

export function serveOptions(args: string[], env: NodeJS.ProcessEnv = process.env): ServeOptions {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      db: { type: 'string' },
      'user-data': { type: 'string' },
      port: { type: 'string' },
      token: { type: 'string' },
      renderer: { type: 'string' },
    },
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`invalid port: ${values.port}`);
  if (values.token !== undefined && !/^[A-Za-z0-9_-]{16,}$/.test(values.token)) {
    throw new UsageError('--token must be at least 16 characters among A-Z a-z 0-9 _ -');
  }
  if (values.db === '') throw new UsageError('--db needs a file name');
  if (values['user-data'] === '') throw new UsageError('--user-data needs a folder');
  const db = values.db ?? (env.COULISSE_DB || undefined);
  return {
    dbPath: db === undefined ? null : resolve(db),
    userDataDir: resolve(values['user-data'] ?? userDataDir(env)),
    port,
    token: values.token,
    rendererDir: resolve(values.renderer ?? DEFAULT_RENDERER),
  };
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the app in a browser: the core behind HTTP on 127.0.0.1, with a per-run token',
  usage: 'coulisse serve [--db FILE] [--user-data DIR] [--port N] [--token T] [--renderer DIR]',
  async run(args) {
    const options = serveOptions(args);
    const { dbPath, rendererDir, port } = options;
    if (!existsSync(resolve(rendererDir, 'index.html'))) {
      throw new CommandError(`no built renderer in ${rendererDir}: run "npm run build" first`);
    }
    let workspace: Workspace;
    try {
      workspace = await startWorkspace({
        userDataDir: options.userDataDir,
        appVersion: packageVersion(),
        backups: 'scheduled',
        ...(dbPath ? { dbPath } : {}),
      });
    } catch (error) {
      const reason = error instanceof AppError ? describeError(error.toWire()) : (error as Error).message;
      throw new CommandError(`${dbPath}: ${reason}`);
    }
    let bridge;
    try {
      bridge = await startBridge({ core: workspace, rendererDir, port, token: options.token });
    } catch (error) {
      await workspace.close();
      throw new CommandError(`cannot listen on 127.0.0.1:${port}: ${(error as Error).message}`);
    }
    process.stdout.write(`Coulisse: ${bridge.url}#token=${bridge.token}\n`);
    process.stdout.write(`token: ${bridge.token}\n`);
    await new Promise<void>((done) => {
      const stop = () => done();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await bridge.close();
    await workspace.close();
  },
};
