import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cliWorkspace } from './cli-harness';

// `coulisse import einvoice` (registered as import-einvoice for now) against a real sample Factur-X.
const SAMPLE = resolve(process.cwd(), '../shared/samples/einvoice/facturx-pdf/other/zugferd_2p0_EN16931_Einfach.pdf');
const { dir, passwordFile: PASSWORD_FILE, cli } = cliWorkspace('coulisse-cli-bills-', 'fr_FR.UTF-8');

describe('coulisse import einvoice', () => {
  test('imports a Factur-X as a draft bill, then refuses it a second time with one translated line', () => {
    const db = join(dir, 'bills.coulisse');
    const init = cli(
      'init',
      ...['--db', db, '--name', 'Atelier Rivière', '--siren', '732829320', '--siret', '73282932000074'],
      ...['--address', '1 rue A', '--postal-code', '69002', '--city', 'Lyon', '--password-file', PASSWORD_FILE],
    );
    expect(init.code).toBe(0);
    expect(cli('import', 'einvoice', '--db', db, '--password-file', PASSWORD_FILE).code).toBe(2);
    const ok = cli('import', 'einvoice', SAMPLE, '--db', db, '--password-file', PASSWORD_FILE, '--format', 'json');
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ number: '471102', supplier: 'Lieferant GmbH', gross: '529.87' });
    const again = cli('import', 'einvoice', SAMPLE, '--db', db, '--password-file', PASSWORD_FILE);
    expect(again.code).toBe(1);
    expect(again.err).toContain('a déjà une facture n° 471102');
    expect(again.err.trim().split('\n')).toHaveLength(1);
    const notInvoice = cli('import', 'einvoice', PASSWORD_FILE, '--db', db, '--password-file', PASSWORD_FILE);
    expect(notInvoice.code).toBe(1);
    expect(notInvoice.err).toContain('ni un PDF Factur-X');
  }, 120_000);
});
