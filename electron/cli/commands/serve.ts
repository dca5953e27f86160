import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startBridge } from '../../bridge/server';
import { dbPathFrom, openCore } from '../core-session';
import { type Command, CommandError, UsageError } from '../usage';

const DEFAULT_RENDERER = fileURLToPath(new URL('../../../out/renderer', import.meta.url));

export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the app in a browser: the core behind HTTP on 127.0.0.1, with a per-run token',
  usage: 'coulisse serve --db FILE [--port N] [--token T] [--renderer DIR]',
  async run(args) {
    const { values } = parseArgs({
      args,
      strict: true,
      options: {
        db: { type: 'string' },
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
    const rendererDir = resolve(values.renderer ?? DEFAULT_RENDERER);
    if (!existsSync(resolve(rendererDir, 'index.html'))) {
      throw new CommandError(`no built renderer in ${rendererDir}: run "npm run build" first`);
    }
    const core = await openCore(dbPathFrom(values.db), { backups: 'scheduled' });
    let bridge;
    try {
      bridge = await startBridge({ core, rendererDir, port, token: values.token });
    } catch (error) {
      await core.close();
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
    await core.close();
  },
};
