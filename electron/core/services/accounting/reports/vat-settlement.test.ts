import { afterEach, expect, test } from 'vitest';
import { openCompany, type TestCore } from '../../../testing';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

test("the month's VAT return entry does not hide the VAT it settles", async () => {
  t = await openCompany({ now: () => new Date('2026-03-15T10:00:00Z') });
  const post = (
    journalCode: string,
    date: string,
    lines: { accountNumber: string; debit?: number; credit?: number }[],
  ) => t!.call('accounting.entry.post', { journalCode, date, label: 'x', lines });
  await post('VT', '2026-02-03', [
    { accountNumber: '411', debit: 120_000 },
    { accountNumber: '706', credit: 100_000 },
    { accountNumber: '445711', credit: 20_000 },
  ]);
  await post('AC', '2026-02-10', [
    { accountNumber: '607', debit: 50_000 },
    { accountNumber: '445661', debit: 10_000 },
    { accountNumber: '401', credit: 60_000 },
  ]);
  // The return: collected and deductible VAT cleared against 44551, VAT to pay.
  await post('OD', '2026-02-28', [
    { accountNumber: '445711', debit: 20_000 },
    { accountNumber: '445661', credit: 10_000 },
    { accountNumber: '44551', credit: 10_000 },
  ]);
  const vat = await t.call('accounting.report.vat', { from: '2026-02-01', to: '2026-02-28' });
  expect(vat.collected.find((c) => c.rate === 2000)).toMatchObject({ base: 100_000, vat: 20_000 });
  expect(vat).toMatchObject({ deductibleGoodsServices: 10_000, totalCollected: 20_000, due: 10_000, credit: 0 });
});
