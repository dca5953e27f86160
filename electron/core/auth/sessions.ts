import { randomBytes } from 'node:crypto';

export interface SessionRecord {
  token: string;
  userId: number;
  lastActivity: number;
  locked: boolean;
}

/**
 * Signed-in sessions live in the core's memory only: closing the app signs everyone out. Each host keeps the
 * token of its own window, tab or command and sends it with every call.
 */
export class SessionStore {
  private readonly byToken = new Map<string, SessionRecord>();

  create(userId: number, now: number): string {
    const token = randomBytes(32).toString('base64url');
    this.byToken.set(token, { token, userId, lastActivity: now, locked: false });
    return token;
  }

  /** The session, locked first if it stayed idle longer than the timeout. */
  get(token: string | null | undefined, now: number, idleTimeoutMs: number): SessionRecord | null {
    if (!token) return null;
    const s = this.byToken.get(token);
    if (!s) return null;
    if (!s.locked && now - s.lastActivity > idleTimeoutMs) s.locked = true;
    return s;
  }

  touch(token: string, now: number): void {
    const s = this.byToken.get(token);
    if (s && !s.locked) s.lastActivity = now;
  }

  lock(token: string): void {
    const s = this.byToken.get(token);
    if (s) s.locked = true;
  }

  unlock(token: string, now: number): void {
    const s = this.byToken.get(token);
    if (s) {
      s.locked = false;
      s.lastActivity = now;
    }
  }

  end(token: string): void {
    this.byToken.delete(token);
  }

  endUser(userId: number): void {
    for (const [token, s] of this.byToken) if (s.userId === userId) this.byToken.delete(token);
  }
}
