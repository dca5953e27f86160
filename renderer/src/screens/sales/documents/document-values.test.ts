import { describe, expect, test } from 'vitest';
import { DocumentInput } from '../../../../../shared/contract/sales-documents';
import {
  computedDueDate,
  emptyLine,
  liveTotals,
  newDocumentValues,
  parsePercent,
  toFieldErrors,
  valuesToInput,
  type DocumentFormValues,
} from './document-values';

function typed(): DocumentFormValues {
  const v = newDocumentValues('quote', '2026-03-02', 7);
  v.lines = [
    { ...emptyLine(), label: 'Conception graphique', unit: 'h', quantity: '12,5', unitPrice: '60' },
    {
      ...emptyLine(),
      label: 'Brochures',
      kind: 'goods',
      quantity: '3',
      unitPrice: '19,99',
      discountBp: '10',
      vatRate: 'S:550',
    },
  ];
  return v;
}

describe('document editor values', () => {
  test('typed text becomes the contract’s integers: thousandths, cents, basis points', () => {
    const input = valuesToInput(typed());
    expect(DocumentInput.safeParse(input).success).toBe(true);
    expect(input.partyId).toBe(7);
    expect(input.lines.map((l) => [l.quantity, l.unitPrice, l.discountBp, l.vatCategory, l.vatRate])).toEqual([
      [12_500, 6000, 0, 'S', 2000],
      [3000, 1999, 1000, 'S', 550],
    ]);
  });

  test('live totals are the core’s: 750.00 + 53.97 HT, VAT per rate rounded once', () => {
    const totals = liveTotals(typed());
    expect(totals.lineNets).toEqual([75_000, 5397]);
    expect(totals.vatBreakdown.map((b) => [b.rate, b.base, b.vat])).toEqual([
      [2000, 75_000, 15_000],
      [550, 5397, 297],
    ]);
    expect(totals.gross).toBe(80_397 + 15_297);
  });

  test('an untaxed category carries no rate; a wrong number is refused by the schema on its field', () => {
    const v = typed();
    v.lines[0]!.vatRate = 'AE';
    v.lines[1]!.quantity = '1,2345';
    const input = valuesToInput(v);
    expect(input.lines[0]).toMatchObject({ vatCategory: 'AE', vatRate: 0 });
    const parsed = DocumentInput.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['lines', 1, 'quantity']);
    expect(toFieldErrors({ 'lines.0.vatCategory': 'x' })).toEqual({ 'lines.0.vatRate': 'x' });
  });

  test('percent text, and the due date that follows the terms when none is typed', () => {
    expect([parsePercent(''), parsePercent('12,5'), parsePercent('abc')]).toEqual([0, 1250, Number.NaN]);
    const v = { ...typed(), kind: 'invoice' as const, date: '2026-01-20' };
    expect(computedDueDate(v, null)).toBe('2026-02-19');
    expect(computedDueDate({ ...v, paymentTerms: 'days_45_eom' }, null)).toBe('2026-03-31');
    expect(computedDueDate(v, 'on_receipt')).toBe('2026-01-20');
  });
});
