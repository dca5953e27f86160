import { parseArgs } from 'node:util';
import { callRoute, dbPathFrom, openCore } from '../core-session';
import type { Command } from '../usage';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'fill a new company file with a realistic demo company',
  usage: 'coulisse demo --db FILE [--seed N]',
  async run(args) {
    const { values } = parseArgs({
      args,
      strict: true,
      options: { db: { type: 'string' }, seed: { type: 'string', default: '1' } },
    });
    const dbPath = dbPathFrom(values.db);
    const seed = Number(values.seed);
    const core = await openCore(dbPath);
    try {
      const c = await callRoute(core, 'admin.company.createDemo', { seed });
      const customers = await callRoute(core, 'parties.party.list', { role: 'customer', pageSize: 1 });
      const suppliers = await callRoute(core, 'parties.party.list', { role: 'supplier', pageSize: 1 });
      process.stdout.write(
        `demo company "${c.legalName}" created in ${dbPath}: ${customers.total} customers, ${suppliers.total} suppliers\n`,
      );
    } finally {
      await core.close();
    }
  },
};
