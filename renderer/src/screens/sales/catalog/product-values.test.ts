import { describe, expect, test } from 'vitest';
import { ProductInput } from '../../../../../shared/contract/sales-catalog';
import { EXEMPT, emptyProductValues, productToValues, valuesToInput } from './product-values';

describe('product form values', () => {
  test('a filled form gives the contract its input, amounts in cents', () => {
    const input = valuesToInput({
      ...emptyProductValues(),
      reference: 'P1',
      label: 'Conseil',
      unitPrice: '1 234,5',
      vat: '550',
      prices: [{ category: 'Revendeur', unitPrice: '1000' }],
    });
    expect(ProductInput.parse(input)).toMatchObject({
      unitPrice: 123450,
      vatCategory: 'S',
      vatRate: 550,
      exemptionReason: null,
      prices: [{ category: 'Revendeur', unitPrice: 100000 }],
    });
  });

  test('exempt keeps its mention; a wrong amount is refused on its field', () => {
    const exempt = valuesToInput({ ...emptyProductValues(), reference: 'P', label: 'L', unitPrice: '1', vat: EXEMPT });
    expect(ProductInput.parse(exempt)).toMatchObject({ vatCategory: 'E', vatRate: 0 });
    expect(exempt.exemptionReason).toContain('293 B');
    const bad = ProductInput.safeParse(
      valuesToInput({ ...emptyProductValues(), reference: 'P', label: 'L', unitPrice: 'x' }),
    );
    expect(bad.error?.issues[0]?.path).toEqual(['unitPrice']);
  });

  test('a stored product comes back to the same form', () => {
    const values = productToValues({
      id: 1,
      reference: 'P',
      label: 'L',
      description: null,
      kind: 'goods',
      unit: 'kg',
      unitPrice: 1050,
      vatCategory: 'S',
      vatRate: 2000,
      exemptionReason: null,
      revenueAccount: '707000',
      active: true,
      prices: [],
      createdAt: '',
      updatedAt: '',
    });
    expect(values).toMatchObject({ unitPrice: '10,50', vat: '2000', revenueAccount: '707000' });
  });
});
