import { sql } from 'kysely';
import { foldText } from '../../../../shared/domain/text';
import type { Migration } from './types';

// Indexes that let the lists read one page in the order they show it, checked by the query-plan test, and the
// folded label an auxiliary account is looked up by, so that the lookup filters in SQL rather than in memory.
export const migration0010: Migration = {
  version: 10,
  name: 'list-indexes',
  async up(db) {
    await sql`alter table aux_account add column label_folded text not null default ''`.execute(db);
    const rows = await db.selectFrom('aux_account').select(['id', 'label']).execute();
    for (const r of rows) {
      await db
        .updateTable('aux_account')
        .set({ label_folded: foldText(r.label) })
        .where('id', '=', r.id)
        .execute();
    }
    await sql`create index aux_account_kind on aux_account (kind, number)`.execute(db);

    // Entries of one journal by number: the journal filter with the number sort.
    await sql`create index entry_journal_number on entry (journal_id, number, id)`.execute(db);
    // The days of a report range that whole periods do not cover, read from the index alone.
    await sql`create index entry_line_posted_date on entry_line (date, account_id, debit, credit) where posted = 1`.execute(
      db,
    );
    // A third party's lines in date order, carrying what the open-item totals add up, so that the totals beside
    // a page of open items are read from the index alone.
    await sql`drop index entry_line_aux`.execute(db);
    await sql`create index entry_line_aux on entry_line (aux_account_id, posted, date, id, letter, debit, credit)
      where aux_account_id is not null`.execute(db);
    // Every third party's lines in date order, for the open items of all customers or all suppliers.
    await sql`create index entry_line_third_party_date on entry_line (posted, date, id)
      where aux_account_id is not null`.execute(db);
    // Sales documents of one kind by customer name.
    await sql`create index sales_document_kind_buyer on sales_document (kind, buyer_name, id)`.execute(db);
  },
};
