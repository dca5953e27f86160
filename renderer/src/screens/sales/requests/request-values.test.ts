import { describe, expect, test } from 'vitest';
import { RequestInput } from '../../../../../shared/contract/sales-requests';
import { newRequestValues, valuesToRequestInput } from './request-values';

describe('after-sales request form values', () => {
  test('an empty form asks for the customer and the subject', () => {
    const result = RequestInput.safeParse(valuesToRequestInput(newRequestValues()));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['partyId', 'subject']);
  });

  test('ids travel as numbers, blanks as null', () => {
    const input = valuesToRequestInput({
      ...newRequestValues(),
      partyId: '4',
      orderId: '12',
      subject: 'Fuite',
      dueDate: '2026-04-01',
    });
    expect(RequestInput.parse(input)).toMatchObject({
      partyId: 4,
      orderId: 12,
      invoiceId: null,
      description: null,
      dueDate: '2026-04-01',
    });
  });
});
