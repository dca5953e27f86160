import { describe, expect, test } from 'vitest';
import { expectedTrialBalance, SAMPLE_FILES, sampleBytes } from './fec-samples';
import { readFec } from './read-fec';
import { trialBalance } from './trial-balance';

describe('trial balance of the sample files', () => {
  test.each(SAMPLE_FILES)('%s matches the expected trial balance for every account', (fileName) => {
    const read = readFec(sampleBytes(fileName), fileName);
    if (!read.ok) throw new Error(JSON.stringify(read.errors.slice(0, 5)));
    const actual = trialBalance(read.entries);
    const expected = expectedTrialBalance(fileName);
    const byAccount = (rows: typeof actual) => new Map(rows.map((r) => [r.compteNum, r]));
    expect(byAccount(actual)).toEqual(byAccount(expected.rows));
    expect(actual).toHaveLength(expected.rows.length);
    const sum = (pick: (r: (typeof actual)[number]) => number) => actual.reduce((s, r) => s + pick(r), 0);
    expect([sum((r) => r.debit), sum((r) => r.credit), sum((r) => r.balance)]).toEqual([
      expected.total.debit,
      expected.total.credit,
      0,
    ]);
  });

  test('a label first met stays the label, accounts come sorted', () => {
    const line = { ecritureDate: '2024-01-01', compAuxNum: '', compAuxLib: '', pieceRef: 'x', pieceDate: null };
    const rest = { ecritureLib: '', ecritureLet: '', dateLet: null, validDate: null, montantDevise: null, idevise: '' };
    const rows = trialBalance([
      {
        journalCode: 'OD',
        journalLib: 'Divers',
        ecritureNum: '1',
        ecritureDate: '2024-01-01',
        lines: [
          { ...line, ...rest, compteNum: '512000', compteLib: 'Banque', debit: 1000, credit: 0 },
          { ...line, ...rest, compteNum: '401000', compteLib: 'Fournisseurs', debit: 0, credit: 1000 },
          { ...line, ...rest, compteNum: '512000', compteLib: 'Autre', debit: 0, credit: 250 },
          { ...line, ...rest, compteNum: '401000', compteLib: 'Fournisseurs', debit: 250, credit: 0 },
        ],
      },
    ]);
    expect(rows).toEqual([
      { compteNum: '401000', compteLib: 'Fournisseurs', debit: 250, credit: 1000, balance: -750 },
      { compteNum: '512000', compteLib: 'Banque', debit: 1000, credit: 250, balance: 750 },
    ]);
  });
});
