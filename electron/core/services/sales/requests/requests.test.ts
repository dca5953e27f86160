import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { REQUEST_TRANSITIONS, RequestStatus } from '../../../../../shared/contract/sales-requests';
import { fr, en } from '../../../../../shared/i18n/messages';
import { ADMIN } from '../../../testdata/fixtures';
import { openCompany, type TestCore } from '../../../testing';

const NOW = new Date('2026-03-15T10:00:00Z');

let t: TestCore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function party(core: TestCore, name: string, isCustomer = true) {
  const p = await core.call('parties.party.create', { name, isCustomer, isSupplier: !isCustomer });
  return p.id;
}

/** Sales documents and products come from their own departments; a bare row is enough to link a request. */
function insertDocument(core: TestCore, partyId: number, kind: string, number: string): number {
  const db = new Database(core.dbPath);
  try {
    const res = db
      .prepare(
        `insert into sales_document (kind, number, status, party_id, date, payment_terms, language, currency,
          buyer_name, billing_address, vat_regime, operation_type, vat_on_debits, discount_bp, line_total,
          discount_total, net_total, vat_total, gross_total, open_amount, created_at, updated_at)
         values (?, ?, 'accepted', ?, '2026-03-01', 'days_30', 'fr', 'EUR', 'Client', '1 rue', 'france', 'goods', 0,
          0, 0, 0, 0, 0, 0, 0, '2026-03-01T00:00:00Z', '2026-03-01T00:00:00Z')`,
      )
      .run(kind, number, partyId);
    return Number(res.lastInsertRowid);
  } finally {
    db.close();
  }
}

function insertProduct(core: TestCore): number {
  const db = new Database(core.dbPath);
  try {
    const res = db
      .prepare(
        `insert into product (reference, reference_folded, label, label_folded, kind, unit, unit_price, vat_rate,
          vat_category, revenue_account, active, created_at, updated_at)
         values ('CAF-01', 'caf-01', 'Cafetière', 'cafetiere', 'goods', 'u', 4900, 2000, 'S', '707', 1, 'x', 'x')`,
      )
      .run();
    return Number(res.lastInsertRowid);
  } finally {
    db.close();
  }
}

const base = (partyId: number) => ({ partyId, type: 'complaint' as const, subject: 'Cafetière qui fuit' });

describe('after-sales requests', () => {
  test('create numbers requests per year without gaps, even when one is refused', async () => {
    t = await openCompany({ now: () => NOW });
    const customer = await party(t, 'Café des Arts');
    const supplier = await party(t, 'Grossiste', false);
    const first = await t.call('sales.request.create', base(customer));
    expect(first).toMatchObject({
      number: 'SAV-2026-00001',
      status: 'new',
      priority: 'normal',
      partyName: 'Café des Arts',
      overdue: false,
      closedAt: null,
    });
    expect(first.notes).toMatchObject([{ statusFrom: null, statusTo: 'new', text: null }]);
    const refused = await t.fail('sales.request.create', base(supplier));
    expect(refused).toMatchObject({ code: 'VALIDATION', details: { issues: [{ path: 'partyId' }] } });
    const second = await t.call('sales.request.create', { ...base(customer), subject: 'Livraison incomplète' });
    expect(second.number).toBe('SAV-2026-00002');
  });

  test('the year turns the series over', async () => {
    let now = NOW;
    t = await openCompany({ now: () => now });
    const customer = await party(t, 'Café des Arts');
    await t.call('sales.request.create', base(customer));
    now = new Date('2027-01-02T08:00:00Z');
    // So long idle, the session locked itself: sign in again.
    t.token = (await t.call('system.auth.login', { login: ADMIN.login, password: ADMIN.password }, null)).sessionToken;
    expect((await t.call('sales.request.create', base(customer))).number).toBe('SAV-2027-00001');
  });

  test('links must belong to the same customer and be of the right kind', async () => {
    t = await openCompany({ now: () => NOW });
    const customer = await party(t, 'Café des Arts');
    const other = await party(t, 'Boulangerie Paul');
    const order = insertDocument(t, customer, 'order', 'CO-2026-00001');
    const invoice = insertDocument(t, customer, 'invoice', 'FA-2026-00001');
    const otherOrder = insertDocument(t, other, 'order', 'CO-2026-00002');
    const product = insertProduct(t);
    const admin = (await t.call('sales.request.assignees', {}))[0]!;

    const linked = await t.call('sales.request.create', {
      ...base(customer),
      orderId: order,
      invoiceId: invoice,
      productId: product,
      assigneeId: admin.id,
      dueDate: '2026-03-20',
      description: 'Goutte sous le réservoir',
    });
    expect(linked).toMatchObject({
      orderNumber: 'CO-2026-00001',
      invoiceNumber: 'FA-2026-00001',
      productLabel: 'CAF-01 · Cafetière',
      assigneeName: admin.name,
      description: 'Goutte sous le réservoir',
    });

    const err = await t.fail('sales.request.create', {
      ...base(customer),
      orderId: invoice,
      invoiceId: otherOrder,
      productId: 9999,
      assigneeId: 9999,
    });
    expect(err.code).toBe('VALIDATION');
    expect(err.details?.issues).toEqual([
      { path: 'orderId', messageKey: 'errors.salesRequestDocumentKind' },
      { path: 'invoiceId', messageKey: 'errors.salesRequestDocumentKind' },
      { path: 'productId', messageKey: 'errors.salesRequestNoProduct' },
      { path: 'assigneeId', messageKey: 'errors.salesRequestAssignee' },
    ]);
    const otherCustomer = await t.fail('sales.request.create', { ...base(customer), orderId: otherOrder });
    expect(otherCustomer.details?.issues).toEqual([
      { path: 'orderId', messageKey: 'errors.salesRequestOtherCustomer' },
    ]);
  });

  test('notes move the status along the workflow; a refused move names both statuses', async () => {
    t = await openCompany({ now: () => NOW });
    const customer = await party(t, 'Café des Arts');
    const r = await t.call('sales.request.create', base(customer));
    const noted = await t.call('sales.request.note', { id: r.id, text: 'Client rappelé' });
    expect(noted.status).toBe('new');
    const started = await t.call('sales.request.note', { id: r.id, status: 'in_progress' });
    expect(started.notes.at(-1)).toMatchObject({ statusFrom: 'new', statusTo: 'in_progress', text: null });

    const refused = await t.fail('sales.request.note', { id: r.id, status: 'new' });
    expect(refused).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'errors.salesRequestTransition',
      details: { from: 'in_progress', to: 'new' },
    });
    expect(fr['errors.salesRequestTransition']).toContain('{{from}}');
    expect(en['errors.salesRequestTransition']).toContain('{{to}}');

    const resolved = await t.call('sales.request.note', { id: r.id, text: 'Joint changé', status: 'resolved' });
    expect(resolved).toMatchObject({ status: 'resolved', closedAt: NOW.toISOString() });
    const reopened = await t.call('sales.request.note', { id: r.id, status: 'in_progress' });
    expect(reopened.closedAt).toBeNull();
    await t.call('sales.request.note', { id: r.id, status: 'resolved' });
    const closed = await t.call('sales.request.note', { id: r.id, status: 'closed' });
    expect(closed.closedAt).not.toBeNull();
    expect(closed.notes.map((n) => n.statusTo)).toEqual([
      'new',
      null,
      'in_progress',
      'resolved',
      'in_progress',
      'resolved',
      'closed',
    ]);

    expect(await t.fail('sales.request.note', { id: r.id, text: 'encore' })).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'errors.salesRequestClosed',
    });
    expect(await t.fail('sales.request.update', { id: r.id, request: base(customer) })).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'errors.salesRequestClosed',
    });
    expect(await t.fail('sales.request.note', { id: r.id })).toMatchObject({ code: 'VALIDATION' });
  });

  test('every transition of the table is accepted and every other refused', async () => {
    t = await openCompany({ now: () => NOW });
    const customer = await party(t, 'Café des Arts');
    const db = new Database(t.dbPath);
    try {
      for (const from of RequestStatus.options) {
        for (const to of RequestStatus.options) {
          const r = await t.call('sales.request.create', base(customer));
          db.prepare('update sales_request set status = ? where id = ?').run(from, r.id);
          const allowed = REQUEST_TRANSITIONS[from].includes(to);
          if (allowed) expect((await t.call('sales.request.note', { id: r.id, status: to })).status).toBe(to);
          else expect((await t.fail('sales.request.note', { id: r.id, status: to })).code).toBe('VALIDATION');
        }
      }
    } finally {
      db.close();
    }
  });

  test('update changes the fields, keeps the number, and is audited', async () => {
    t = await openCompany({ now: () => NOW });
    const customer = await party(t, 'Café des Arts');
    const r = await t.call('sales.request.create', base(customer));
    const updated = await t.call('sales.request.update', {
      id: r.id,
      request: { ...base(customer), subject: 'Fuite au réservoir', priority: 'urgent', type: 'repair' },
    });
    expect(updated).toMatchObject({ number: r.number, subject: 'Fuite au réservoir', priority: 'urgent' });
    expect(await t.fail('sales.request.get', { id: 999 })).toMatchObject({ code: 'NOT_FOUND' });
    const db = new Database(t.dbPath);
    try {
      const audits = db.prepare(`select route from audit_log where entity_type = 'salesRequest' order by id`).all() as {
        route: string;
      }[];
      expect(audits.map((a) => a.route)).toEqual(['sales.request.create', 'sales.request.update']);
    } finally {
      db.close();
    }
  });

  test('reading needs sales.read, writing sales.write', async () => {
    t = await openCompany({ now: () => NOW });
    const customer = await party(t, 'Café des Arts');
    const r = await t.call('sales.request.create', base(customer));
    const accountant = await t.signInAs('comptable');
    expect(await t.fail('sales.request.note', { id: r.id, text: 'x' }, accountant)).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
