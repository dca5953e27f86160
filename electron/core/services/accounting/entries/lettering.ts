import { sql, type Kysely } from 'kysely';
import { centsToDecimal } from '../../../../../shared/domain/money';
import { AppError } from '../../../../../shared/errors';
import type { DB } from '../../../db/schema';

// Matching (lettrage): posted lines of one account and one third party whose debits equal their credits get the
// same letter, which the FEC carries as EcritureLet with the matching date. Letters run A, B, ... Z, AA, AB ...
// per account and third party. Lettering is not part of an entry's seal: it is added after validation.

/** The letter after `code`: A → B, Z → AA, AZ → BA, ZZ → AAA. */
export function nextLetter(code: string | null): string {
  if (!code) return 'A';
  const chars = code.split('');
  let i = chars.length - 1;
  while (i >= 0 && chars[i] === 'Z') {
    chars[i] = 'A';
    i--;
  }
  if (i < 0) return `A${chars.join('')}`;
  chars[i] = String.fromCharCode(chars[i]!.charCodeAt(0) + 1);
  return chars.join('');
}

/** The highest letter given on an account and third party, or null before the first. */
export async function lastLetter(
  db: Kysely<DB>,
  accountId: number,
  auxAccountId: number | null,
): Promise<string | null> {
  let q = db.selectFrom('entry_line').select('letter').where('letter', 'is not', null);
  // A third party's own lines are few: read them through its index, never every line of the control account
  // (the unary plus keeps SQLite off the account's index, which it may prefer without statistics).
  q =
    auxAccountId === null
      ? q.where('account_id', '=', accountId).where('aux_account_id', 'is', null)
      : q.where(sql<boolean>`+account_id = ${accountId}`).where('aux_account_id', '=', auxAccountId);
  const row = await q
    .orderBy(sql`length(letter)`, 'desc')
    .orderBy('letter', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.letter ?? null;
}

/**
 * Letters the given lines together and returns the letter. They must be posted, unlettered, on the same account
 * and third party, and balance to zero. A caller lettering many groups in a row passes the last letter it gave on
 * that account and third party, which saves looking it up each time.
 */
export async function letterLines(
  db: Kysely<DB>,
  lineIds: readonly number[],
  at: string,
  options: { lastLetter?: string | null } = {},
): Promise<string> {
  const ids = [...new Set(lineIds)];
  if (ids.length < 2)
    throw new AppError('VALIDATION', 'errors.letterTooFew', {
      issues: [{ path: 'lineIds', messageKey: 'errors.letterTooFew' }],
    });
  const lines = await db
    .selectFrom('entry_line')
    .select(['id', 'account_id', 'aux_account_id', 'debit', 'credit', 'posted', 'letter'])
    .where('id', 'in', ids)
    .execute();
  if (lines.length !== ids.length) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'entryLine' });
  const first = lines[0]!;
  if (lines.some((l) => l.posted !== 1)) throw new AppError('CONFLICT', 'errors.letterNotPosted');
  if (lines.some((l) => l.letter !== null)) throw new AppError('CONFLICT', 'errors.letterAlready');
  if (lines.some((l) => l.account_id !== first.account_id || l.aux_account_id !== first.aux_account_id)) {
    throw new AppError('VALIDATION', 'errors.letterMixedAccounts', {
      issues: [{ path: 'lineIds', messageKey: 'errors.letterMixedAccounts' }],
    });
  }
  const balance = lines.reduce((s, l) => s + l.debit - l.credit, 0);
  if (balance !== 0) {
    throw new AppError('VALIDATION', 'errors.letterUnbalanced', {
      balance: centsToDecimal(balance),
      issues: [{ path: 'lineIds', messageKey: 'errors.letterUnbalanced' }],
    });
  }
  const letter = nextLetter(
    options.lastLetter !== undefined
      ? options.lastLetter
      : await lastLetter(db, first.account_id, first.aux_account_id),
  );
  await db.updateTable('entry_line').set({ letter, lettered_at: at }).where('id', 'in', ids).execute();
  return letter;
}

/** Removes a letter from every line of the account and third party that carries it. Returns the lines freed. */
export async function unletter(db: Kysely<DB>, lineId: number): Promise<number[]> {
  const line = await db
    .selectFrom('entry_line')
    .select(['account_id', 'aux_account_id', 'letter'])
    .where('id', '=', lineId)
    .executeTakeFirst();
  if (!line) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'entryLine', id: lineId });
  if (line.letter === null) return [];
  let q = db
    .selectFrom('entry_line')
    .select('id')
    .where('account_id', '=', line.account_id)
    .where('letter', '=', line.letter);
  q =
    line.aux_account_id === null
      ? q.where('aux_account_id', 'is', null)
      : q.where('aux_account_id', '=', line.aux_account_id);
  const ids = (await q.execute()).map((r) => r.id);
  await db.updateTable('entry_line').set({ letter: null, lettered_at: null }).where('id', 'in', ids).execute();
  return ids;
}
