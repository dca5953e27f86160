import { expect, test } from 'vitest';
import { canLetter, selectionBalance, toggled, type Selection } from './selection';

test('the selection balances live and allows lettering only at zero with two lines or more', () => {
  let s: Selection = new Map();
  s = toggled(s, { id: 1, debit: 12000, credit: 0 });
  expect([selectionBalance(s), canLetter(s)]).toEqual([12000, false]);
  s = toggled(s, { id: 2, debit: 0, credit: 10000 });
  expect([selectionBalance(s), canLetter(s)]).toEqual([2000, false]);
  s = toggled(s, { id: 3, debit: 0, credit: 2000 });
  expect([selectionBalance(s), canLetter(s)]).toEqual([0, true]);
  s = toggled(s, { id: 3, debit: 0, credit: 2000 });
  expect([s.size, selectionBalance(s)]).toEqual([2, 2000]);
});
