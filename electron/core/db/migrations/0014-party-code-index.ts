import { sql } from 'kysely';
import type { Migration } from './types';

// The third parties by code (codes follow the order of creation, so by id): no index gave that order under the
// active/archived filter, and SQLite sorted every third party for each page.
export const migration0014: Migration = {
  version: 14,
  name: 'party-code-index',
  async up(db) {
    await sql`create index party_archived_id on party (archived, id)`.execute(db);
  },
};
