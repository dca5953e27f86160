import { describe, expect, test } from 'vitest';
import { BillInput } from '../../../../../shared/contract/accounting-bills';
import { emptyLine, liveTotals, newBillValues, valuesToBillInput } from './bill-values';

describe('bill form values', () => {
  test('typed amounts become cents the contract accepts, and the totals follow the core’s rounding', () => {
    const v = newBillValues('2026-03-02');
    v.partyId = '7';
    v.number = 'F-1';
    v.lines = [
      { ...emptyLine(), label: 'Papier', amount: '33,33' },
      { ...emptyLine(), label: 'Encre', amount: '33,33', quantity: '2,5' },
      { ...emptyLine(), label: 'Livre', amount: '19,99', vatRate: '550' },
    ];
    const input = BillInput.parse(valuesToBillInput(v));
    expect(input.lines.map((l) => [l.netAmount, l.quantity])).toEqual([
      [3333, null],
      [3333, '2.5'],
      [1999, null],
    ]);
    expect(liveTotals(v)).toMatchObject({ net: 8665, vat: 1443, gross: 10108 });
  });

  test('an amount that is not one is refused by the schema', () => {
    const v = newBillValues('2026-03-02');
    v.partyId = '7';
    v.number = 'F-1';
    v.lines = [{ ...emptyLine(), label: 'x', amount: '12,345' }];
    const result = BillInput.safeParse(valuesToBillInput(v));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['lines', 0, 'netAmount']);
  });
});
