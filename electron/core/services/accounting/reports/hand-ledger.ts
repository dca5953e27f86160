import { customer } from '../../../testdata/fixtures';
import { inServiceTransaction, type TestCore } from '../../../testing';
import { post, type Posting } from '../entries/posting';

// A small ledger whose reports are worked out by hand in the tests: two customers, one supplier, a capital
// contribution, a fixed asset, and in April a sale mixing three VAT rates.

export const HAND_NOW = new Date('2026-03-15T10:00:00Z');

export async function postHandLedger(t: TestCore) {
  const a = await t.call('parties.party.create', customer({ name: 'Alpha Bâtiment' }));
  const b = await t.call('parties.party.create', customer({ name: 'Boulangerie Martin', siren: null, siret: null }));
  const s = await t.call(
    'parties.party.create',
    customer({ name: 'Semoulerie Sud', isCustomer: false, isSupplier: true, siren: null, siret: null }),
  );
  const A = { id: a.id, kind: 'customer' as const };
  const B = { id: b.id, kind: 'customer' as const };
  const S = { id: s.id, kind: 'supplier' as const };
  let id = 0;
  const p = (journalCode: string, date: string, label: string, lines: Posting['lines']): Posting => ({
    journalCode,
    date,
    label,
    reference: `P-${++id}`,
    source: { type: 'test.document', id },
    lines,
  });
  const postings: Posting[] = [
    p('VT', '2026-01-10', 'Facture A-1', [
      { accountNumber: '411', party: A, debit: 120_000, dueDate: '2026-02-09' },
      { accountNumber: '706', credit: 100_000 },
      { accountNumber: '445711', credit: 20_000 },
    ]),
    p('AC', '2026-01-20', 'Facture fournisseur S-1', [
      { accountNumber: '607', debit: 50_000 },
      { accountNumber: '445661', debit: 10_000 },
      { accountNumber: '401', party: S, credit: 60_000, dueDate: '2026-02-19' },
    ]),
    p('BQ', '2026-02-05', 'Règlement A-1', [
      { accountNumber: '512', debit: 120_000 },
      { accountNumber: '411', party: A, credit: 120_000 },
    ]),
    p('OD', '2026-01-02', 'Apport en capital', [
      { accountNumber: '512', debit: 1_000_000 },
      { accountNumber: '101', credit: 1_000_000 },
    ]),
    p('VT', '2026-03-01', 'Facture B-1', [
      { accountNumber: '411', party: B, debit: 66_000, dueDate: '2026-03-31' },
      { accountNumber: '707', credit: 60_000 },
      { accountNumber: '445712', credit: 6_000 },
    ]),
    p('BQ', '2026-03-10', 'Achat de matériel', [
      { accountNumber: '2183', debit: 100_000 },
      { accountNumber: '44562', debit: 20_000 },
      { accountNumber: '512', credit: 120_000 },
    ]),
    p('VT', '2026-04-05', 'Facture A-2', [
      { accountNumber: '411', party: A, debit: 236_388, dueDate: '2026-05-05' },
      { accountNumber: '706', credit: 100_000 },
      { accountNumber: '707', credit: 106_055 },
      { accountNumber: '445711', credit: 20_000 },
      { accountNumber: '445712', credit: 10_000 },
      { accountNumber: '445713', credit: 333 },
    ]),
  ];
  const entryIds: number[] = [];
  for (const posting of postings) {
    const { result } = await inServiceTransaction(
      t,
      (ctx) => post(ctx, posting),
      () => HAND_NOW,
    );
    entryIds.push(result.entryId);
  }
  // A draft weighs nothing in any report.
  await t.call('accounting.entry.create', {
    journalCode: 'OD',
    date: '2026-03-02',
    label: 'Brouillon',
    lines: [
      { accountNumber: '512', debit: 999_999 },
      { accountNumber: '101', credit: 999_999 },
    ],
  });
  const aux = await t.call('accounting.aux.list', {});
  const auxOf = (partyId: number) => aux.find((x) => x.partyId === partyId)!;
  return { entryIds, auxA: auxOf(a.id), auxB: auxOf(b.id), auxS: auxOf(s.id) };
}
