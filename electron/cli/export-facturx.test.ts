import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cliWorkspace } from './cli-harness';
import { customer } from '../core/testdata/fixtures';
import { openCompany } from '../core/testing';

const { dir, passwordFile: PASSWORD_FILE, cli } = cliWorkspace('coulisse-facturx-cli-');

describe('coulisse export facturx', () => {
  test('writes a validated invoice as Factur-X, CII or UBL; refuses an unknown number and a bad format', async () => {
    const t = await openCompany({ now: () => new Date('2026-03-15T10:00:00Z') });
    const db = t.dbPath;
    let number: string;
    try {
      const party = await t.call('parties.party.create', customer());
      const draft = await t.call('sales.document.create', {
        kind: 'invoice',
        partyId: party.id,
        date: '2026-03-10',
        lines: [{ label: 'Conseil', quantity: 2000, unitPrice: 45_000, vatRate: 2000 }],
      });
      number = (await t.call('sales.document.validate', { id: draft.id })).number!;
      // The test company's administrator signs the command in.
      writeFileSync(PASSWORD_FILE, 'correct horse battery\n');
      const pdf = join(dir, 'out', `${number}.pdf`);
      const made = cli('export', 'facturx', number, '--out', pdf, '--db', db, '--password-file', PASSWORD_FILE);
      expect(made, made.err).toMatchObject({ code: 0 });
      expect(made.out).toContain(`${number} (facturx, application/pdf)`);
      expect(execFileSync('pdfdetach', ['-list', pdf]).toString()).toContain('factur-x.xml');
      const xml = join(dir, 'out', `${number}.xml`);
      const cii = cli(
        'export',
        'facturx',
        number,
        '--format',
        'cii',
        '--out',
        xml,
        '--db',
        db,
        '--password-file',
        PASSWORD_FILE,
      );
      expect(cii.code).toBe(0);
      expect(readFileSync(xml, 'utf8')).toContain(`<ram:ID>${number}</ram:ID>`);
      const ubl = cli(
        'export',
        'facturx',
        number,
        '--format',
        'ubl',
        '--out',
        xml,
        '--db',
        db,
        '--password-file',
        PASSWORD_FILE,
      );
      expect(ubl.code).toBe(0);
      expect(readFileSync(xml, 'utf8')).toContain(`<cbc:ID>${number}</cbc:ID>`);

      const missing = cli(
        'export',
        'facturx',
        'FA-2026-09999',
        '--out',
        xml,
        '--db',
        db,
        '--password-file',
        PASSWORD_FILE,
      );
      expect(missing).toMatchObject({ code: 1 });
      expect(missing.err).toContain('FA-2026-09999');
      expect(cli('export', 'facturx', number, '--format', 'pdf', '--out', xml, '--db', db).code).toBe(2);
      expect(cli('export', 'facturx', '--out', xml, '--db', db).code).toBe(2);
    } finally {
      await t.close();
    }
  }, 60_000);
});
