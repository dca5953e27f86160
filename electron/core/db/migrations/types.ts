import type { Kysely } from 'kysely';

export interface Migration {
  /** Schema version this migration brings the file to; versions are consecutive from 1. */
  version: number;
  name: string;
  // Migrations see the schema as it was when they were written, not today's types.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  up(db: Kysely<any>): Promise<void>;
}
