import { expect, test } from 'vitest';
import { documentTokens, planMatches, type MatchCandidate } from './auto-match';

test('document numbers are words with a digit, compared without case or surrounding punctuation', () => {
  expect(documentTokens('Règlement facture n°FA-2026-0001, FA-2 (fa/3). Merci')).toEqual([
    'FA-2026-0001',
    'FA-2',
    'FA/3',
  ]);
  expect(documentTokens('Virement 12 mars')).toEqual([]);
  expect(documentTokens(null)).toEqual([]);
});

const line = (id: number, amount: number, extra: Partial<MatchCandidate> = {}): MatchCandidate => ({
  id,
  partyKey: 'p',
  date: `2026-01-${String(id).padStart(2, '0')}`,
  amount,
  reference: null,
  text: '',
  ...extra,
});

test('a payment that balances two invoices it quotes is one match; an unquoted equal amount is left alone', () => {
  const plans = planMatches([
    line(1, 100, { reference: 'F100', text: 'F100 Facture' }),
    line(2, 50, { reference: 'F101', text: 'F101 Facture' }),
    line(3, -150, { text: 'Règlement F100 F101' }),
    line(4, 50, { reference: 'F102', text: 'F102' }),
    line(5, 50, { reference: 'F103', text: 'F103' }),
    line(6, -50),
  ]);
  expect(plans).toEqual([{ lineIds: [1, 2, 3], method: 'reference', date: '2026-01-01' }]);
});

test('pairs by amount in date order, within one third party only', () => {
  const plans = planMatches([line(9, 70), line(3, -70), line(5, 20, { partyKey: 'q' }), line(4, -20)]);
  expect(plans).toEqual([{ lineIds: [3, 9], method: 'amount', date: '2026-01-03' }]);
});
