import { parseArgs } from 'node:util';
import { dbPathFrom, openCore } from '../core-session';
import type { Command } from '../usage';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: "bring a company file to this version's schema (a copy is kept first)",
  usage: 'coulisse migrate --db FILE',
  async run(args) {
    const { values } = parseArgs({ args, options: { db: { type: 'string' } }, strict: true });
    const core = await openCore(dbPathFrom(values.db));
    const m = core.migration;
    await core.close();
    if (m.from === m.to) process.stdout.write(`schema already at version ${m.to}\n`);
    else
      process.stdout.write(
        `schema ${m.from} -> ${m.to}${m.backupPath ? ` (copy before migrating: ${m.backupPath})` : ''}\n`,
      );
  },
};
