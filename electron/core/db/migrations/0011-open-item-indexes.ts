import { sql } from 'kysely';
import type { Migration } from './types';

// Open items are the few third-party lines not yet lettered: walking every third party's lines in date order to
// find them reads ten lettered lines for each open one. With the letter right after `posted`, "not lettered" is an
// equality the index seeks to (SQLite treats IS NULL as one), so the open ones are read alone, in the two orders
// the open-item list offers, carrying what its totals add up.
export const migration0011: Migration = {
  version: 11,
  name: 'open-item-indexes',
  async up(db) {
    await sql`create index entry_line_letter_date
      on entry_line (posted, letter, date, id, aux_account_id, account_id, debit, credit)
      where aux_account_id is not null`.execute(db);
    await sql`create index entry_line_letter_due on entry_line (posted, letter, coalesce(due_date, date), date, id)
      where aux_account_id is not null`.execute(db);
    // One third party's open items, the same way.
    await sql`create index entry_line_aux_letter
      on entry_line (aux_account_id, posted, letter, date, id, debit, credit)
      where aux_account_id is not null`.execute(db);
    // Lines matched after a date, for an aged balance as it stood on that date, carrying what it adds up.
    await sql`create index entry_line_lettered_at
      on entry_line (lettered_at, aux_account_id, posted, date, due_date, debit, credit)
      where letter is not null`.execute(db);
    // The journal's search box finds a piece of a label, reference or number anywhere in it: a trigram index over
    // the entries themselves (external content, so no text is stored twice), kept by triggers.
    await sql`create virtual table entry_search using fts5(
      label, reference, number, content='entry', content_rowid='id', tokenize='trigram'
    )`.execute(db);
    await sql`create trigger entry_search_ai after insert on entry begin
      insert into entry_search (rowid, label, reference, number) values (new.id, new.label, new.reference, new.number);
    end`.execute(db);
    await sql`create trigger entry_search_ad after delete on entry begin
      insert into entry_search (entry_search, rowid, label, reference, number)
        values ('delete', old.id, old.label, old.reference, old.number);
    end`.execute(db);
    await sql`create trigger entry_search_au after update of label, reference, number on entry begin
      insert into entry_search (entry_search, rowid, label, reference, number)
        values ('delete', old.id, old.label, old.reference, old.number);
      insert into entry_search (rowid, label, reference, number) values (new.id, new.label, new.reference, new.number);
    end`.execute(db);
    await sql`insert into entry_search (entry_search) values ('rebuild')`.execute(db);
    // What customers owe, in each order the receivables list offers: only the documents still open, the kind
    // carried for the filter on it.
    for (const [name, column] of [
      ['due', 'due_date'],
      ['amount', 'open_amount'],
      ['number', 'number'],
    ]) {
      await sql`create index ${sql.raw(`sales_document_receivable_${name}`)}
        on sales_document (${sql.raw(column!)}, id, kind) where open_amount <> 0 and status = 'validated'`.execute(db);
    }
  },
};
