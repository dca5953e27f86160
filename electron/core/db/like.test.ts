import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Kysely, SqliteDialect } from 'kysely';
import { escapeLike, likePattern } from './like';

describe('escapeLike', () => {
  it('puts a backslash before %, _ and the backslash', () => {
    expect(escapeLike('50%')).toBe('50\\%');
    expect(escapeLike('a_b')).toBe('a\\_b');
    expect(escapeLike('c\\d')).toBe('c\\\\d');
    expect(escapeLike('%_\\%')).toBe('\\%\\_\\\\\\%');
  });

  it('leaves ordinary text untouched', () => {
    expect(escapeLike('')).toBe('');
    expect(escapeLike('Remise été 2026 (HT) *?[]')).toBe('Remise été 2026 (HT) *?[]');
  });

  it("matches the typed text literally under escape '\\'", () => {
    const sqlite = new Database(':memory:');
    sqlite.exec(`create table t (label text); insert into t values ('remise 50% ete'), ('remise 500 ete'),
      ('a_b'), ('axb'), ('c\\d'), ('cd')`);
    const find = (text: string) =>
      (
        sqlite
          .prepare(`select label from t where label like ? escape '\\' order by label`)
          .all(`%${escapeLike(text)}%`) as { label: string }[]
      ).map((r) => r.label);
    expect(find('50%')).toEqual(['remise 50% ete']);
    expect(find('a_b')).toEqual(['a_b']);
    expect(find('c\\d')).toEqual(['c\\d']);
    expect(find('remise')).toEqual(['remise 50% ete', 'remise 500 ete']);
    sqlite.close();
  });

  it('likePattern says the escape clause, so a filter built with it finds the typed text literally', async () => {
    const sqlite = new Database(':memory:');
    sqlite.exec(
      `create table t (label text); insert into t values ('remise 50% ete'), ('remise 500 ete'), ('a_b'), ('axb')`,
    );
    const db = new Kysely<{ t: { label: string } }>({ dialect: new SqliteDialect({ database: sqlite }) });
    const find = async (text: string) =>
      (
        await db
          .selectFrom('t')
          .select('label')
          .where(likePattern('label', `%${escapeLike(text)}%`))
          .execute()
      ).map((r) => r.label);
    expect(await find('50%')).toEqual(['remise 50% ete']);
    expect(await find('a_b')).toEqual(['a_b']);
    expect(await find('_')).toEqual(['a_b']);
    await db.destroy();
  });
});
