import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RequestListQuery } from '../../../../../shared/contract/sales-requests';
import { RequestListQuery as ListQuerySchema } from '../../../../../shared/contract/sales-requests';
import { kyselyFor, openSqlite } from '../../../db/connection';
import { openCompany, type TestCore } from '../../../testing';
import { requestCounts, sortedRequests, filteredRequests } from './request-list';

const NOW = new Date('2026-03-15T10:00:00Z');

let t: TestCore;
let customer: number;
let other: number;
let adminId: number;

beforeAll(async () => {
  t = await openCompany({ now: () => NOW });
  customer = (await t.call('parties.party.create', { name: 'Brasserie du Port', isCustomer: true, isSupplier: false }))
    .id;
  other = (await t.call('parties.party.create', { name: 'Boulangerie Paul', isCustomer: true, isSupplier: false })).id;
  adminId = (await t.call('sales.request.assignees', {}))[0]!.id;
  const make = (subject: string, extra: object = {}) =>
    t.call('sales.request.create', { partyId: customer, type: 'question', subject, ...extra });
  await make('Machine à café en panne', { priority: 'urgent', dueDate: '2026-03-10', assigneeId: adminId });
  await make('Facture illisible', { priority: 'low', dueDate: '2026-03-20' });
  await make('Retour d’un moulin', { priority: 'high', dueDate: '2026-03-01', partyId: other });
  const done = await make('Question sur la garantie', { dueDate: '2026-03-02' });
  await t.call('sales.request.note', { id: done.id, text: 'Répondu', status: 'resolved' });
});
afterAll(async () => {
  await t.close();
});

const list = async (q: RequestListQuery) => (await t.call('sales.request.list', q)).rows.map((r) => r.subject);

describe('the after-sales request list', () => {
  test('filters by status, open, overdue, customer and assignee', async () => {
    expect(await list({ status: 'open', sort: 'priority', dir: 'desc' })).toEqual([
      'Machine à café en panne',
      'Retour d’un moulin',
      'Facture illisible',
    ]);
    expect(await list({ status: 'resolved' })).toEqual(['Question sur la garantie']);
    expect(await list({ overdue: true, sort: 'dueDate' })).toEqual(['Retour d’un moulin', 'Machine à café en panne']);
    expect(await list({ overdue: true, asOf: '2026-03-05' })).toEqual(['Retour d’un moulin']);
    expect(await list({ partyId: other })).toEqual(['Retour d’un moulin']);
    expect(await list({ assigneeId: adminId })).toEqual(['Machine à café en panne']);
    const page = await t.call('sales.request.list', { sort: 'number', pageSize: 2, page: 1 });
    expect(page).toMatchObject({ total: 4, page: 1, pageSize: 2 });
    expect(page.rows.map((r) => r.number)).toEqual(['SAV-2026-00003', 'SAV-2026-00004']);
  });

  test('rows carry the overdue flag, the customer and the assignee', async () => {
    const { rows } = await t.call('sales.request.list', { sort: 'number' });
    expect(rows.map((r) => r.overdue)).toEqual([true, false, true, false]);
    expect(rows[0]).toMatchObject({
      partyName: 'Brasserie du Port',
      assigneeName: expect.any(String),
      priority: 'urgent',
    });
  });

  test('searches the subject without accents, and the number', async () => {
    expect(await list({ search: 'cafe' })).toEqual(['Machine à café en panne']);
    expect(await list({ search: 'SAV-2026-00002' })).toEqual(['Facture illisible']);
    expect(await list({ search: 'boulangerie' })).toEqual(['Retour d’un moulin']);
  });

  test('global search finds requests for those who read sales only', async () => {
    const hits = await t.call('system.search.query', { text: 'moulin' });
    expect(hits.hits).toMatchObject([
      { kind: 'request', title: 'Retour d’un moulin', subtitle: 'SAV-2026-00003 · Boulangerie Paul' },
    ]);
    const lawyer = await t.signInAs('juridique');
    expect((await t.call('system.search.query', { text: 'moulin' }, lawyer)).hits).toEqual([]);
  });

  test('counts the open and the overdue requests for the home page', async () => {
    const sqlite = openSqlite(t.dbPath);
    const db = kyselyFor(sqlite);
    try {
      expect(await requestCounts(db, '2026-03-15')).toEqual({ open: 3, overdue: 2 });
      expect(await requestCounts(db, '2026-03-25')).toEqual({ open: 3, overdue: 3 });
    } finally {
      await db.destroy();
    }
  });

  test('every filter and sort the list offers is served by an index', async () => {
    const sqlite = new Database(t.dbPath);
    const db = kyselyFor(sqlite);
    const plan = (compiled: { sql: string; parameters: readonly unknown[] }) =>
      (
        sqlite.prepare(`explain query plan ${compiled.sql}`).all(...(compiled.parameters as unknown[])) as {
          detail: string;
        }[]
      )
        .map((r) => r.detail)
        .join(' | ');
    const filters: RequestListQuery[] = [
      {},
      { status: 'open' },
      { status: 'in_progress' },
      { overdue: true },
      { partyId: customer },
      { assigneeId: adminId },
      { search: 'cafe' },
    ];
    try {
      for (const filter of filters) {
        for (const sort of ['createdAt', 'dueDate', 'priority', 'number'] as const) {
          for (const dir of ['asc', 'desc'] as const) {
            const f = { ...ListQuerySchema.parse({ ...filter, sort, dir }), asOf: '2026-03-15' };
            const rows = plan(sortedRequests(db, f).limit(50).compile());
            const count = plan(
              filteredRequests(db, f)
                .select((eb) => eb.fn.countAll().as('n'))
                .compile(),
            );
            for (const p of [rows, count]) {
              // A bare SCAN of the table would read every request; SCAN … USING INDEX walks an index in order.
              expect(p, `${JSON.stringify(filter)} ${sort} ${dir}: ${p}`).not.toMatch(/SCAN r(?! USING)/);
              expect(p).not.toMatch(/SCAN (p|u)\b/);
            }
            // With no filter the sort itself must come from an index, not from sorting every row.
            if (Object.keys(filter).length === 0) expect(rows, `${sort}: ${rows}`).not.toContain('TEMP B-TREE');
          }
        }
      }
    } finally {
      await db.destroy();
    }
  });
});
