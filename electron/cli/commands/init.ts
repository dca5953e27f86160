import { parseArgs } from 'node:util';
import { callRoute, dbPathFrom, openCore } from '../core-session';
import { readPassword } from '../password';
import { type Command, UsageError } from '../usage';

export const initCommand: Command = {
  name: 'init',
  summary: 'create a company file, and the company when its identity is given',
  usage:
    'coulisse init --db FILE [--name NAME --form SAS --siren 9DIGITS --siret 14DIGITS --address LINE --postal-code CODE --city CITY\n' +
    '              [--vat FR..] [--address2 LINE] [--country FR] [--email E] [--phone P] [--fiscal-year-start MM-DD]\n' +
    '              [--user LOGIN] [--user-name NAME] [--password-file FILE]]   (the first administrator)',
  async run(args) {
    const { values } = parseArgs({
      args,
      strict: true,
      options: {
        db: { type: 'string' },
        name: { type: 'string' },
        form: { type: 'string', default: 'SAS' },
        siren: { type: 'string' },
        siret: { type: 'string' },
        vat: { type: 'string' },
        address: { type: 'string' },
        address2: { type: 'string' },
        'postal-code': { type: 'string' },
        city: { type: 'string' },
        country: { type: 'string', default: 'FR' },
        email: { type: 'string' },
        phone: { type: 'string' },
        'fiscal-year-start': { type: 'string', default: '01-01' },
        user: { type: 'string', default: 'admin' },
        'user-name': { type: 'string', default: 'Administrateur' },
        'password-file': { type: 'string' },
      },
    });
    const dbPath = dbPathFrom(values.db);
    const identity = ['siren', 'siret', 'address', 'postal-code', 'city'] as const;
    if (!values.name && identity.some((k) => values[k] !== undefined)) {
      throw new UsageError('--name is required with the company identity options');
    }
    const core = await openCore(dbPath);
    try {
      if (values.name) {
        const password = await readPassword(values['password-file'], `password for the administrator ${values.user}: `);
        const admin = { login: values.user, displayName: values['user-name'], password };
        const company = {
          legalName: values.name,
          legalForm: values.form as never,
          siren: values.siren ?? '',
          siret: values.siret ?? '',
          vatNumber: values.vat ?? null,
          addressLine1: values.address ?? '',
          addressLine2: values.address2 ?? null,
          postalCode: values['postal-code'] ?? '',
          city: values.city ?? '',
          country: values.country,
          email: values.email ?? null,
          phone: values.phone ?? null,
          fiscalYearStart: values['fiscal-year-start'],
        };
        const c = await callRoute(core, 'admin.company.create', { company, admin });
        process.stdout.write(`company "${c.legalName}" created in ${dbPath}; administrator: ${admin.login}\n`);
      } else {
        process.stdout.write(`company file ready: ${dbPath} (the company is created at first start)\n`);
      }
    } finally {
      await core.close();
    }
  },
};
