import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { DEFAULT_SCRYPT, type ScryptParams } from './passwords';
import { SessionStore } from './sessions';

export const IDLE_TIMEOUT_SETTING = 'security.idleTimeoutMinutes';
export const DEFAULT_IDLE_TIMEOUT_MINUTES = 15;
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MS = 5 * 60 * 1000;

/** The core's sign-in state: sessions in memory, the idle timeout read once from the file and kept in step. */
export class AuthRuntime {
  readonly sessions = new SessionStore();
  private idleMinutes = DEFAULT_IDLE_TIMEOUT_MINUTES;

  constructor(readonly passwordParams: ScryptParams = DEFAULT_SCRYPT) {}

  async load(db: Kysely<DB>): Promise<void> {
    const row = await db
      .selectFrom('setting')
      .select('value')
      .where('key', '=', IDLE_TIMEOUT_SETTING)
      .executeTakeFirst();
    if (row) this.idleMinutes = Number(row.value) || DEFAULT_IDLE_TIMEOUT_MINUTES;
  }

  get idleTimeoutMinutes(): number {
    return this.idleMinutes;
  }

  set idleTimeoutMinutes(minutes: number) {
    this.idleMinutes = minutes;
  }

  get idleTimeoutMs(): number {
    return this.idleMinutes * 60_000;
  }
}
