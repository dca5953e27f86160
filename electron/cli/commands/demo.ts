import { parseArgs } from 'node:util';
import { DEMO_USERS } from '../../core/services/admin/demo-data';
import { callRoute, dbPathFrom, openCore } from '../core-session';
import { readPassword } from '../password';
import { type Command, UsageError } from '../usage';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'fill a new company file with a realistic demo company and its administrator',
  usage: 'coulisse demo --db FILE [--seed N] [--user LOGIN] [--user-name NAME] [--password-file FILE]',
  async run(args) {
    const { values } = parseArgs({
      args,
      strict: true,
      options: {
        db: { type: 'string' },
        seed: { type: 'string', default: '1' },
        user: { type: 'string', default: 'admin' },
        'user-name': { type: 'string', default: 'Administrateur' },
        'password-file': { type: 'string' },
      },
    });
    const dbPath = dbPathFrom(values.db);
    const seed = Number(values.seed);
    if (!Number.isInteger(seed) || seed < 0) throw new UsageError(`invalid seed: ${values.seed}`);
    const password = await readPassword(values['password-file'], `password for the administrator ${values.user}: `);
    const core = await openCore(dbPath);
    try {
      const admin = { login: values.user, displayName: values['user-name'], password };
      const c = await callRoute(core, 'admin.company.createDemo', { seed, admin });
      const token = (await callRoute(core, 'system.auth.login', { login: admin.login, password })).sessionToken;
      const customers = await callRoute(core, 'parties.party.list', { role: 'customer', pageSize: 1 }, token);
      const suppliers = await callRoute(core, 'parties.party.list', { role: 'supplier', pageSize: 1 }, token);
      await callRoute(core, 'system.auth.logout', {}, token);
      process.stdout.write(
        `demo company "${c.legalName}" created in ${dbPath}: ${customers.total} customers, ${suppliers.total} suppliers; ` +
          `administrator ${admin.login}, colleagues ${DEMO_USERS.map((u) => u.login).join(', ')} (same password)\n`,
      );
    } finally {
      await core.close();
    }
  },
};
