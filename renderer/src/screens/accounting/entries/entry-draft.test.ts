import { describe, expect, it } from 'vitest';
import {
  auxKindOf,
  emptyLine,
  fromEntry,
  isPostable,
  nextLine,
  placeIssues,
  toEntryInput,
  totalsOf,
} from './entry-draft';

const header = { journalCode: 'OD', date: '2026-03-02', label: 'Loyer mars', reference: 'F12' };

describe('the fast entry grid', () => {
  it('adds French amounts and prefills the difference on the side that balances', () => {
    const lines = [emptyLine({ accountNumber: '613200', debit: '1 234,56' })];
    expect(totalsOf(lines)).toEqual({ debit: 123456, credit: 0, difference: 123456, unreadable: false });
    expect(nextLine(lines).credit).toBe('1\u202f234,56');
    expect(nextLine([emptyLine({ credit: '10' })]).debit).toBe('10,00');
    expect(nextLine([emptyLine({ credit: '10', debit: '10' })]).debit).toBe('');
  });

  it('posts only a balanced entry whose lines have an account and one amount', () => {
    const a = emptyLine({ accountNumber: '613200', debit: '100' });
    const b = emptyLine({ accountNumber: '512000', credit: '100' });
    expect(isPostable([a, b, emptyLine()])).toBe(true);
    expect(isPostable([a, { ...b, credit: '99,99' }])).toBe(false);
    expect(isPostable([a, { ...b, accountNumber: '' }])).toBe(false);
    expect(isPostable([a, { ...b, credit: '1,234' }])).toBe(false);
    expect(
      isPostable([
        { ...a, debit: '0' },
        { ...b, credit: '0' },
      ]),
    ).toBe(false);
  });

  it('sends cents, the entry label on unlabelled lines, and no third party outside collective accounts', () => {
    const lines = [
      emptyLine({ accountNumber: '411000', auxAccountId: 7, debit: '120' }),
      emptyLine(),
      emptyLine({ accountNumber: '706000', auxAccountId: 7, label: 'Prestation', credit: '120' }),
    ];
    const { input, rowKeys } = toEntryInput(header, lines);
    expect(input.lines).toEqual([
      { accountNumber: '411000', auxAccountId: 7, label: 'Loyer mars', debit: 12000, credit: 0 },
      { accountNumber: '706000', auxAccountId: null, label: 'Prestation', debit: 0, credit: 12000 },
    ]);
    expect(rowKeys).toEqual([lines[0]!.key, lines[2]!.key]);
  });

  it('puts the core’s issues on the grid line they name', () => {
    const placed = placeIssues(
      [
        { path: 'lines.1.accountNumber', messageKey: 'errors.accountUnknown' },
        { path: 'date', messageKey: 'errors.periodLocked' },
        { path: 'lines', messageKey: 'errors.entryUnbalanced' },
      ],
      [11, 15],
    );
    expect(placed).toEqual({
      header: { date: 'errors.periodLocked' },
      lines: { 15: { accountNumber: 'errors.accountUnknown' } },
      other: ['errors.entryUnbalanced'],
    });
  });

  it('knows which accounts take a third party', () => {
    expect(auxKindOf('411000')).toBe('customer');
    expect(auxKindOf('401100')).toBe('supplier');
    expect(auxKindOf('512000')).toBeNull();
  });

  it('reads an entry back into the grid', () => {
    const back = fromEntry({
      id: 1,
      journalCode: 'OD',
      journalLabel: 'Opérations diverses',
      date: '2026-03-02',
      label: 'Loyer',
      reference: null,
      status: 'validated',
      number: 'OD-1',
      validatedAt: null,
      source: null,
      reversalOf: null,
      reversedBy: null,
      totalDebit: 5,
      totalCredit: 5,
      createdAt: '',
      updatedAt: '',
      lines: [
        {
          id: 1,
          lineNo: 1,
          accountNumber: '613200',
          accountLabel: 'Locations immobilières',
          auxAccountId: null,
          auxNumber: null,
          auxLabel: null,
          label: 'Loyer',
          debit: 5,
          credit: 0,
          dueDate: null,
          letter: null,
        },
      ],
    });
    expect(back.header.reference).toBe('');
    expect(back.lines[0]).toMatchObject({ accountNumber: '613200', label: '', debit: '0,05', credit: '' });
  });
});
