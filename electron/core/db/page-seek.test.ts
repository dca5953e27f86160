import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seekPageIds, type SeekOrder } from './page-seek';

interface T {
  item: { id: number; day: string; code: string | null; kind: string };
}

let sqlite: Database.Database;
let db: Kysely<T>;

// 2,357 rows with many equal days and codes, a fifth of the codes null: ties and nulls are where seeking goes wrong.
beforeAll(() => {
  sqlite = new Database(':memory:');
  sqlite.exec(`create table item (id integer primary key, day text not null, code text, kind text not null);
    create index item_day on item (day, id);
    create index item_code on item (code, id);`);
  const insert = sqlite.prepare('insert into item (id, day, code, kind) values (?, ?, ?, ?)');
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let id = 1; id <= 2357; id++) {
    const day = `2026-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 3)).padStart(2, '0')}`;
    const code = next() < 0.2 ? null : `C${Math.floor(next() * 40)}`;
    insert.run(id * 3, day, code, next() < 0.5 ? 'a' : 'b');
  }
  db = new Kysely<T>({ dialect: new SqliteDialect({ database: sqlite }) });
});
afterAll(() => db.destroy());

const byOffset = (order: SeekOrder, kind: string | null, page: number, size: number) => {
  const where = kind ? `where kind = '${kind}'` : '';
  const col = (k: unknown) => (typeof k === 'string' ? k : 'day');
  const by = order.keys.map((k) => `${col(k)} ${order.dir}`).join(', ');
  return (
    sqlite.prepare(`select id from item ${where} order by ${by} limit ? offset ?`).all(size, page * size) as {
      id: number;
    }[]
  ).map((r) => r.id);
};

describe('seekPageIds', () => {
  const orders: [string, SeekOrder][] = [
    ['day asc', { keys: ['day', 'id'], dir: 'asc', id: 'id' }],
    ['day desc', { keys: ['day', 'id'], dir: 'desc', id: 'id' }],
    ['nullable code asc', { keys: ['code', 'id'], dir: 'asc', id: 'id', firstNullable: true }],
    ['nullable code desc', { keys: ['code', 'id'], dir: 'desc', id: 'id', firstNullable: true }],
    ['id desc', { keys: ['id'], dir: 'desc', id: 'id' }],
    ['expression', { keys: [sql`day`, 'id'], dir: 'asc', id: 'id' }],
    ['kept, day desc', { keys: ['day', 'id'], dir: 'desc', id: 'id', keep: true }],
    ['kept, nullable code asc', { keys: ['code', 'id'], dir: 'asc', id: 'id', firstNullable: true, keep: true }],
  ];
  for (const [label, order] of orders) {
    it(`gives every page the rows OFFSET gives, ${label}`, async () => {
      for (const kind of [null, 'a']) {
        for (const size of [50, 37]) {
          const filtered = kind ? db.selectFrom('item').where('kind', '=', kind) : db.selectFrom('item');
          const pages = Math.ceil(2357 / size) + 1;
          for (let page = 0; page <= pages; page++) {
            expect(await seekPageIds(db, filtered, order, page, size, 100), `${label} ${kind} ${size} ${page}`).toEqual(
              byOffset(order, kind, page, size),
            );
          }
        }
      }
    });
  }

  it('gives the right pages when several deep pages of one list are asked for at once', async () => {
    const order: SeekOrder = { keys: ['code', 'id'], dir: 'desc', id: 'id', firstNullable: true };
    for (const kind of ['a', 'b']) {
      // A fresh connection each time: nothing kept yet, so the pages find their keys side by side.
      const fresh = new Kysely<T>({ dialect: new SqliteDialect({ database: sqlite }) });
      const filtered = fresh.selectFrom('item').where('kind', '=', kind);
      const pages = [23, 24, 11, 3, 30, 29];
      const got = await Promise.all(pages.map((p) => seekPageIds(fresh, filtered, order, p, 37, 100)));
      expect(got).toEqual(pages.map((p) => byOffset(order, kind, p, 37)));
    }
  });

  it('finds the kept keys only as far as the page asked for', async () => {
    const statements: string[] = [];
    const traced = new Kysely<T>({
      dialect: new SqliteDialect({ database: sqlite }),
      log: (e) => {
        statements.push(e.query.sql);
      },
    });
    await seekPageIds(traced, traced.selectFrom('item'), { keys: ['day', 'id'], dir: 'asc', id: 'id' }, 4, 50, 100);
    // Page 4 at 50 rows starts at row 200: two keys (rows 100 and 200), then the page.
    expect(statements.filter((q) => q.includes('order by')).length).toBe(3);
  });

  it('reads a kept order once for every page, and again after a write', async () => {
    const statements: string[] = [];
    const traced = new Kysely<T>({
      dialect: new SqliteDialect({ database: sqlite }),
      log: (e) => {
        statements.push(e.query.sql);
      },
    });
    const order: SeekOrder = { keys: ['code', 'day', 'id'], dir: 'desc', id: 'id', keep: true };
    const filtered = traced.selectFrom('item').where('kind', '=', 'b');
    const reads = () => statements.filter((q) => q.includes('order by')).length;
    const first = await seekPageIds(traced, filtered, order, 0, 50);
    await seekPageIds(traced, filtered, order, 7, 50);
    await seekPageIds(traced, filtered, order, 3, 20);
    expect(reads()).toBe(1);
    const code = sqlite.prepare('select code from item where id = ?').pluck().get(first[10]);
    sqlite.prepare(`update item set code = 'ZZZ' where id = ?`).run(first[10]);
    const after = await seekPageIds(traced, filtered, order, 0, 50);
    sqlite.prepare('update item set code = ? where id = ?').run(code, first[10]);
    expect(reads()).toBe(2);
    expect(after[0]).toBe(first[10]);
  });

  it('seeks along the index instead of stepping over the rows before the page', async () => {
    const statements: { sql: string; parameters: readonly unknown[] }[] = [];
    const traced = new Kysely<T>({
      dialect: new SqliteDialect({ database: sqlite }),
      log: (e) => {
        statements.push(e.query);
      },
    });
    await seekPageIds(traced, traced.selectFrom('item'), { keys: ['day', 'id'], dir: 'asc', id: 'id' }, 40, 50, 100);
    const page = statements.at(-1)!;
    // Page 40 at 50 rows: 2,000 rows before it, of which the 20th anchor accounts for all.
    expect(page.parameters.at(-1)).toBe(0);
    const plan = sqlite
      .prepare(`explain query plan ${page.sql}`)
      .all(...page.parameters)
      .map((r) => (r as { detail: string }).detail)
      .join('\n');
    expect(plan).toMatch(/SEARCH item USING COVERING INDEX item_day \(day>\?\)/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });
});
