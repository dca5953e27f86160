import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type Generated } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetReadMemos, memoRead, WEIGHT_LIMIT } from './read-memo';

interface T {
  item: { id: Generated<number>; kind: string };
}

let dir: string;
let sqlite: Database.Database;
let db: Kysely<T>;
let computed: number;

async function count(kind: string, on: Kysely<T> = db): Promise<number> {
  const q = on
    .selectFrom('item')
    .where('kind', '=', kind)
    .select(sql<number>`count(*)`.as('n'));
  return memoRead(on, q, async () => {
    computed++;
    return (await q.executeTakeFirstOrThrow()).n;
  });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coulisse-memo-'));
  sqlite = new Database(join(dir, 'f.sqlite'));
  sqlite.pragma('journal_mode = WAL');
  sqlite.exec(`create table item (id integer primary key, kind text not null);
    insert into item (kind) values ('a'), ('a'), ('b');`);
  db = new Kysely<T>({ dialect: new SqliteDialect({ database: sqlite }) });
  computed = 0;
});
afterEach(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe('memoRead', () => {
  it('answers the same aggregate from memory while the file is unchanged, per query and parameters', async () => {
    expect(await count('a')).toBe(2);
    expect(await count('a')).toBe(2);
    expect(await count('b')).toBe(1);
    expect(await count('b')).toBe(1);
    expect(computed).toBe(2);
  });

  it('computes again after a write through the same connection, a trigger or another connection', async () => {
    expect(await count('a')).toBe(2);
    await db.insertInto('item').values({ kind: 'a' }).execute();
    expect(await count('a')).toBe(3);
    expect(computed).toBe(2);

    sqlite.exec(`create table shadow (n integer);
      create trigger copy after insert on shadow begin insert into item (kind) values ('a'); end;`);
    expect(await count('a')).toBe(3);
    sqlite.exec('insert into shadow values (1)');
    expect(await count('a')).toBe(4);

    const other = new Database(join(dir, 'f.sqlite'));
    other.prepare(`insert into item (kind) values ('a')`).run();
    other.close();
    expect(await count('a')).toBe(5);
    // Creating the table and trigger changed no row: the count kept from before stayed right and was reused.
    expect(computed).toBe(4);
  });

  it('never keeps what it read inside a transaction, which may be rolled back', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('item').values({ kind: 'a' }).execute();
        expect(await count('a', trx)).toBe(3);
        expect(await count('a', trx)).toBe(3);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await count('a')).toBe(2);
    expect(computed).toBe(3);
  });

  it('keeps long lists within a total length, the oldest forgotten first, and never one longer than it', async () => {
    const lists = new Map<string, number>();
    const list = (kind: string, length: number) => {
      const q = db.selectFrom('item').where('kind', '=', kind).select('id');
      return memoRead(db, q, async () => {
        lists.set(kind, (lists.get(kind) ?? 0) + 1);
        return new Array<number>(length).fill(1);
      });
    };
    const half = Math.floor(WEIGHT_LIMIT / 2);
    await list('a', half);
    await list('b', half - 10);
    await list('a', half);
    await list('b', half - 10);
    expect(lists).toEqual(
      new Map([
        ['a', 1],
        ['b', 1],
      ]),
    );
    // A third one does not fit beside both: the oldest ('a') goes.
    await list('c', 100);
    await list('b', half - 10);
    await list('a', half);
    expect(lists).toEqual(
      new Map([
        ['a', 2],
        ['b', 1],
        ['c', 1],
      ]),
    );
    // Longer than the whole allowance: computed each time, and nothing else is pushed out for it.
    await list('d', WEIGHT_LIMIT + 1);
    await list('d', WEIGHT_LIMIT + 1);
    await list('a', half);
    expect(lists.get('d')).toBe(2);
    expect(lists.get('a')).toBe(2);
  });

  it('forgets everything on demand', async () => {
    await count('a');
    forgetReadMemos();
    await count('a');
    expect(computed).toBe(2);
  });
});
