import { describe, expect, test } from 'vitest';
import {
  DEFAULT_PARAMS,
  documentListInput,
  documentParamsToSearch,
  isOverdue,
  nextDocumentSort,
  parseDocumentParams,
} from './document-list-params';

const INVOICE_KINDS = ['invoice', 'deposit', 'credit_note'] as const;

describe('document list parameters', () => {
  test('survive a trip through the address; unknown values fall back to the defaults', () => {
    const p = {
      ...DEFAULT_PARAMS,
      status: 'validated' as const,
      payment: 'unpaid' as const,
      kind: 'deposit' as const,
      search: 'FA-2026',
      from: '2026-01-01',
    };
    expect(parseDocumentParams(documentParamsToSearch(p), INVOICE_KINDS)).toEqual(p);
    expect(parseDocumentParams(new URLSearchParams('sort=x&status=y&kind=quote&from=bad'), INVOICE_KINDS)).toEqual(
      DEFAULT_PARAMS,
    );
  });

  test('the invoices page asks for its three kinds unless one is chosen', () => {
    expect(documentListInput(DEFAULT_PARAMS, INVOICE_KINDS)).toMatchObject({ kinds: [...INVOICE_KINDS] });
    // The list asks for its pages itself as it scrolls.
    expect(documentListInput(DEFAULT_PARAMS, INVOICE_KINDS)).not.toHaveProperty('page');
    expect(documentListInput({ ...DEFAULT_PARAMS, kind: 'credit_note' }, INVOICE_KINDS).kinds).toEqual(['credit_note']);
  });

  test('sorting and overdue invoices', () => {
    expect(nextDocumentSort(DEFAULT_PARAMS, 'date')).toEqual({ sort: 'date', dir: 'asc' });
    expect(nextDocumentSort(DEFAULT_PARAMS, 'customer')).toEqual({ sort: 'customer', dir: 'asc' });
    expect(isOverdue({ dueDate: '2026-03-01', payment: 'partial' }, '2026-03-02')).toBe(true);
    expect(isOverdue({ dueDate: '2026-03-01', payment: 'paid' }, '2026-03-02')).toBe(false);
    expect(isOverdue({ dueDate: '2026-03-01', payment: null }, '2026-03-02')).toBe(false);
  });
});
