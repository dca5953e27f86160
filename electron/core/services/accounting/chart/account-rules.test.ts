import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accountClass,
  accountType,
  describeAccount,
  isValidAccountNumber,
  NORMAL_SIDE_BY_PREFIX,
  nearestPcgAccount,
  normalSide,
  parentOf,
  subAccountNumber,
  subAccountProblem,
} from './account-rules';
import { isPcgAccount, PCG_ACCOUNTS } from './pcg';

// number, class, type, normal side
const REAL_ACCOUNTS: [string, number, string, string][] = [
  ['101', 1, 'balance-sheet', 'credit'],
  ['1013', 1, 'balance-sheet', 'credit'],
  ['106', 1, 'balance-sheet', 'credit'],
  ['109', 1, 'balance-sheet', 'debit'],
  ['110', 1, 'balance-sheet', 'credit'],
  ['119', 1, 'balance-sheet', 'debit'],
  ['120', 1, 'balance-sheet', 'credit'],
  ['129', 1, 'balance-sheet', 'debit'],
  ['131', 1, 'balance-sheet', 'credit'],
  ['139', 1, 'balance-sheet', 'debit'],
  ['164', 1, 'balance-sheet', 'credit'],
  ['169', 1, 'balance-sheet', 'debit'],
  ['205', 2, 'balance-sheet', 'debit'],
  ['2154', 2, 'balance-sheet', 'debit'],
  ['2183', 2, 'balance-sheet', 'debit'],
  ['261', 2, 'balance-sheet', 'debit'],
  ['269', 2, 'balance-sheet', 'credit'],
  ['28154', 2, 'balance-sheet', 'credit'],
  ['2815400', 2, 'balance-sheet', 'credit'],
  ['2907', 2, 'balance-sheet', 'credit'],
  ['310', 3, 'balance-sheet', 'debit'],
  ['370', 3, 'balance-sheet', 'debit'],
  ['397', 3, 'balance-sheet', 'credit'],
  ['401', 4, 'balance-sheet', 'credit'],
  ['4011', 4, 'balance-sheet', 'credit'],
  ['404', 4, 'balance-sheet', 'credit'],
  ['408', 4, 'balance-sheet', 'credit'],
  ['4091', 4, 'balance-sheet', 'debit'],
  ['411', 4, 'balance-sheet', 'debit'],
  ['4111', 4, 'balance-sheet', 'debit'],
  ['416', 4, 'balance-sheet', 'debit'],
  ['418', 4, 'balance-sheet', 'debit'],
  ['4191', 4, 'balance-sheet', 'credit'],
  ['421', 4, 'balance-sheet', 'credit'],
  ['425', 4, 'balance-sheet', 'debit'],
  ['431', 4, 'balance-sheet', 'credit'],
  ['437', 4, 'balance-sheet', 'credit'],
  ['441', 4, 'balance-sheet', 'debit'],
  ['444', 4, 'balance-sheet', 'credit'],
  ['44551', 4, 'balance-sheet', 'credit'],
  ['4456', 4, 'balance-sheet', 'debit'],
  ['44562', 4, 'balance-sheet', 'debit'],
  ['44566', 4, 'balance-sheet', 'debit'],
  ['445660', 4, 'balance-sheet', 'debit'],
  ['44567', 4, 'balance-sheet', 'debit'],
  ['4457', 4, 'balance-sheet', 'credit'],
  ['44571', 4, 'balance-sheet', 'credit'],
  ['44571200', 4, 'balance-sheet', 'credit'],
  ['44581', 4, 'balance-sheet', 'debit'],
  ['44586', 4, 'balance-sheet', 'debit'],
  ['44587', 4, 'balance-sheet', 'credit'],
  ['447', 4, 'balance-sheet', 'credit'],
  ['455', 4, 'balance-sheet', 'credit'],
  ['4562', 4, 'balance-sheet', 'debit'],
  ['457', 4, 'balance-sheet', 'credit'],
  ['462', 4, 'balance-sheet', 'debit'],
  ['4686', 4, 'balance-sheet', 'credit'],
  ['4687', 4, 'balance-sheet', 'debit'],
  ['471', 4, 'balance-sheet', 'debit'],
  ['476', 4, 'balance-sheet', 'debit'],
  ['477', 4, 'balance-sheet', 'credit'],
  ['4742', 4, 'balance-sheet', 'debit'],
  ['4752', 4, 'balance-sheet', 'credit'],
  ['486', 4, 'balance-sheet', 'debit'],
  ['487', 4, 'balance-sheet', 'credit'],
  ['491', 4, 'balance-sheet', 'credit'],
  ['503', 5, 'balance-sheet', 'debit'],
  ['512', 5, 'balance-sheet', 'debit'],
  ['5121', 5, 'balance-sheet', 'debit'],
  ['512100', 5, 'balance-sheet', 'debit'],
  ['519', 5, 'balance-sheet', 'credit'],
  ['522', 5, 'balance-sheet', 'debit'],
  ['530', 5, 'balance-sheet', 'debit'],
  ['580', 5, 'balance-sheet', 'debit'],
  ['590', 5, 'balance-sheet', 'credit'],
  ['601', 6, 'income', 'debit'],
  ['6061', 6, 'income', 'debit'],
  ['6061000', 6, 'income', 'debit'],
  ['607', 6, 'income', 'debit'],
  ['6097', 6, 'income', 'credit'],
  ['613', 6, 'income', 'debit'],
  ['641', 6, 'income', 'debit'],
  ['657', 6, 'income', 'debit'],
  ['6674', 6, 'income', 'debit'],
  ['672', 6, 'income', 'debit'],
  ['681', 6, 'income', 'debit'],
  ['695', 6, 'income', 'debit'],
  ['706', 7, 'income', 'credit'],
  ['7071', 7, 'income', 'credit'],
  ['709', 7, 'income', 'debit'],
  ['740', 7, 'income', 'credit'],
  ['757', 7, 'income', 'credit'],
  ['7674', 7, 'income', 'credit'],
  ['772', 7, 'income', 'credit'],
  ['781', 7, 'income', 'credit'],
  ['801', 8, 'special', 'debit'],
  ['809', 8, 'special', 'credit'],
];

describe('account rules on real accounts', () => {
  it.each(REAL_ACCOUNTS)('%s: class %i, %s, %s side', (number, expectedClass, type, side) => {
    expect(isValidAccountNumber(number)).toBe(true);
    expect(accountClass(number)).toBe(expectedClass);
    expect(accountType(number)).toBe(type);
    expect(normalSide(number)).toBe(side);
    expect(describeAccount(number)).toMatchObject({ number, accountClass: expectedClass, type, normalSide: side });
  });
});

describe('isValidAccountNumber', () => {
  it.each(['401', '4011', '512100', '6061000', '4457120000', '890', '400', '530', '5300', '530000', '740000'])(
    'accepts %s',
    (number) => {
      expect(isValidAccountNumber(number)).toBe(true);
    },
  );

  it.each([
    ['', 'empty'],
    ['9', 'too short'],
    ['24', 'too short'],
    ['41100000000', 'too long'],
    ['411DUPONT', 'an auxiliary code'],
    ['512 100', 'spaces'],
    ['０１２', 'full-width digits'],
    ['012', 'class 0'],
    ['901', 'class 9'],
    ['675', 'removed in 2025'],
    ['7910', 'under a removed account'],
    ['810', 'a root the PCG does not define'],
    ['284', 'a two-digit account followed by a digit other than 0'],
    ['240', 'a root ending in 0 under no two-digit PCG account'],
    ['-401', 'a sign'],
  ])('refuses %j (%s)', (number) => {
    expect(isValidAccountNumber(number)).toBe(false);
    expect(() => normalSide(number)).toThrow(RangeError);
    expect(() => accountClass(number)).toThrow(RangeError);
    expect(() => describeAccount(number)).toThrow(RangeError);
  });
});

describe('PCG headings', () => {
  it.each([
    ['4', 4, 'debit'],
    ['41', 4, 'debit'],
    ['40', 4, 'credit'],
    ['28', 2, 'credit'],
    ['7', 7, 'credit'],
  ])('%s is not a number to post to, yet has class %i and a %s side', (number, expectedClass, side) => {
    expect(isValidAccountNumber(number)).toBe(false);
    expect(accountClass(number)).toBe(expectedClass);
    expect(normalSide(number)).toBe(side);
    expect(describeAccount(number).pcg.number).toBe(number);
  });
});

describe('parentOf', () => {
  it.each([
    ['4456', '445'],
    ['44566', '4456'],
    ['445660', '44566'],
    ['512100', '5121'],
    ['5129', '512'],
    ['6061000', '6061'],
    ['401', '40'],
    ['40', '4'],
    ['530', '53'],
    ['740000', '74'],
    ['28154', '2815'],
    ['4742', '474'],
    ['6674', '667'],
  ])('%s hangs from %s', (number, parent) => {
    expect(parentOf(number)?.number).toBe(parent);
  });

  it('gives nothing above a class, and the account itself as the nearest PCG account', () => {
    expect(parentOf('4')).toBeUndefined();
    expect(nearestPcgAccount('4456')?.number).toBe('4456');
    expect(nearestPcgAccount('4456999')?.number).toBe('4456');
  });
});

describe('subAccountNumber', () => {
  it('opens detail accounts under a PCG account', () => {
    expect(subAccountNumber('512', '100')).toBe('512100');
    expect(subAccountNumber('512', '200')).toBe('512200');
    expect(subAccountNumber('6061', '000')).toBe('6061000');
    expect(subAccountNumber('44571', '200')).toBe('44571200');
  });

  it('refuses what would not be a general account', () => {
    expect(subAccountProblem('999', '1')).toBe('parent-not-in-pcg');
    expect(subAccountProblem('44', '1')).toBe('is-a-pcg-account');
    expect(subAccountProblem('28', '4')).toBe('root-not-in-pcg');
    expect(subAccountProblem('53', '0000')).toBeNull();
    expect(subAccountProblem('411', 'DUPONT')).toBe('suffix-not-digits');
    expect(subAccountProblem('411', '')).toBe('suffix-not-digits');
    expect(subAccountProblem('411', '12345678')).toBe('too-long');
    expect(subAccountProblem('445', '66')).toBe('is-a-pcg-account');
    expect(subAccountProblem('411', '1234567')).toBeNull();
    expect(() => subAccountNumber('411', 'DUPONT')).toThrow(RangeError);
  });
});

describe('normal side table', () => {
  it('has only PCG accounts as prefixes, so a detail account always follows the account it hangs from', () => {
    for (const prefix of Object.keys(NORMAL_SIDE_BY_PREFIX)) expect(isPcgAccount(prefix)).toBe(true);
  });

  it('gives a side to every PCG account of 3 digits or more', () => {
    for (const account of PCG_ACCOUNTS.filter((pcg) => pcg.number.length >= 3)) {
      expect(['debit', 'credit']).toContain(normalSide(account.number));
    }
  });
});

describe('properties', () => {
  const pcgParents = PCG_ACCOUNTS.map((account) => account.number);
  const digits = fc.stringMatching(/^\d{1,7}$/);

  it('a detail account keeps the class, type and side of the PCG account it hangs from', () => {
    fc.assert(
      fc.property(fc.constantFrom(...pcgParents), digits, (parent, suffix) => {
        const number = parent + suffix;
        fc.pre(subAccountProblem(parent, suffix) === null);
        const pcg = parentOf(number);
        expect(pcg).toBeDefined();
        const from = pcg?.number ?? '';
        expect(from.startsWith(parent)).toBe(true);
        expect(subAccountNumber(parent, suffix)).toBe(number);
        expect(isValidAccountNumber(number)).toBe(true);
        expect(accountClass(number)).toBe(accountClass(parent));
        expect(accountType(number)).toBe(accountType(parent));
        expect(normalSide(number)).toBe(normalSide(from));
        if (from === parent) expect(normalSide(number)).toBe(normalSide(parent));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses anything that is not 3 to 10 digits of classes 1 to 8', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        fc.pre(!/^[1-8]\d{2,9}$/.test(text));
        expect(isValidAccountNumber(text)).toBe(false);
      }),
    );
  });
});
