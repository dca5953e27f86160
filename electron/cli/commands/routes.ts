import { parseArgs } from 'node:util';
import { contract } from '../../../shared/contract';
import { type Command, UsageError } from '../usage';

export const routesCommand: Command = {
  name: 'routes',
  summary: 'list every route of the core with its kind and permission',
  usage: 'coulisse routes [--format table|csv|json]',
  async run(args) {
    const { values } = parseArgs({ args, options: { format: { type: 'string', default: 'table' } }, strict: true });
    const rows = Object.entries(contract).map(([name, def]) => ({
      route: name,
      kind: def.kind,
      permission: def.permission,
    }));
    if (values.format === 'json') {
      process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    } else if (values.format === 'csv') {
      process.stdout.write(
        ['route,kind,permission', ...rows.map((r) => `${r.route},${r.kind},${r.permission}`)].join('\n') + '\n',
      );
    } else if (values.format === 'table') {
      const w = Math.max(...rows.map((r) => r.route.length));
      for (const r of rows) process.stdout.write(`${r.route.padEnd(w)}  ${r.kind.padEnd(8)}  ${r.permission}\n`);
    } else {
      throw new UsageError(`unknown format: ${values.format}`);
    }
  },
};
