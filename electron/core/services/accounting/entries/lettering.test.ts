import { afterEach, describe, expect, test } from 'vitest';
import { inServiceTransaction, openCompany, type TestCore } from '../../../testing';
import { letterLines, nextLetter, unletter } from './lettering';

const NOW = new Date('2026-03-15T10:00:00Z');
let t: TestCore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

test('letters run A..Z, AA.., per account', () => {
  expect(nextLetter(null)).toBe('A');
  expect(nextLetter('A')).toBe('B');
  expect(nextLetter('Z')).toBe('AA');
  expect(nextLetter('AZ')).toBe('BA');
  expect(nextLetter('ZZ')).toBe('AAA');
});

describe('lettering lines', () => {
  test('an invoice and its payment get one letter; unbalanced or mixed sets are refused; unlettering frees both', async () => {
    t = await openCompany({ now: () => NOW });
    const inv = await t.call('accounting.entry.post', {
      journalCode: 'VT',
      date: '2026-03-01',
      label: 'Facture',
      lines: [
        { accountNumber: '411', debit: 1200 },
        { accountNumber: '706', credit: 1200 },
      ],
    });
    const pay = await t.call('accounting.entry.post', {
      journalCode: 'BQ',
      date: '2026-03-05',
      label: 'Règlement',
      lines: [
        { accountNumber: '512', debit: 1000 },
        { accountNumber: '411', credit: 1000 },
      ],
    });
    const rest = await t.call('accounting.entry.post', {
      journalCode: 'BQ',
      date: '2026-03-06',
      label: 'Solde',
      lines: [
        { accountNumber: '512', debit: 200 },
        { accountNumber: '411', credit: 200 },
      ],
    });
    const [i411, p411, r411, p512] = [inv.lines[0]!.id, pay.lines[1]!.id, rest.lines[1]!.id, pay.lines[0]!.id];
    const at = NOW.toISOString();
    await expect(inServiceTransaction(t, (ctx) => letterLines(ctx.db, [i411, p411], at))).rejects.toMatchObject({
      messageKey: 'errors.letterUnbalanced',
      details: { balance: '2.00' },
    });
    await expect(inServiceTransaction(t, (ctx) => letterLines(ctx.db, [i411, p512], at))).rejects.toMatchObject({
      messageKey: 'errors.letterMixedAccounts',
    });
    const { result: letter } = await inServiceTransaction(t, (ctx) => letterLines(ctx.db, [i411, p411, r411], at));
    expect(letter).toBe('A');
    expect((await t.call('accounting.entry.get', { id: inv.id })).lines[0]!.letter).toBe('A');
    await expect(inServiceTransaction(t, (ctx) => letterLines(ctx.db, [i411, p411, r411], at))).rejects.toMatchObject({
      messageKey: 'errors.letterAlready',
    });
    const { result: freed } = await inServiceTransaction(t, (ctx) => unletter(ctx.db, p411));
    expect(freed.sort()).toEqual([i411, p411, r411].sort());
    const { result: again } = await inServiceTransaction(t, (ctx) => letterLines(ctx.db, [i411, p411, r411], at));
    expect(again).toBe('A');
  });
});
