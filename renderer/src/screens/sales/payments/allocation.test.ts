import { describe, expect, test } from 'vitest';
import { fillOldest, preselectedFirst } from './allocation';

const invoices = [
  { documentId: 1, openAmount: 12_000 },
  { documentId: 2, openAmount: 24_000 },
  { documentId: 3, openAmount: 6000 },
];

describe('allocating a payment', () => {
  test('settles the oldest invoices first, the last one partly', () => {
    expect(fillOldest(30_000, invoices)).toEqual({ 1: 12_000, 2: 18_000 });
    expect(fillOldest(50_000, invoices)).toEqual({ 1: 12_000, 2: 24_000, 3: 6000 });
    expect(fillOldest(0, invoices)).toEqual({});
  });

  test('puts the invoice the clerk came from first', () => {
    expect(fillOldest(10_000, preselectedFirst(invoices, 3))).toEqual({ 3: 6000, 1: 4000 });
    expect(preselectedFirst(invoices, null)).toEqual(invoices);
  });
});
