/**
 * Test hook: when localStorage holds `coulisse.idleSeconds` (a positive number of seconds), the screen locks
 * after that many idle seconds instead of the company's setting, so that end-to-end tests need not wait a
 * minute. Nothing in the UI writes it.
 */
export const IDLE_SECONDS_KEY = 'coulisse.idleSeconds';

function readOverride(storage: Pick<Storage, 'getItem'> | null): string | null {
  try {
    return storage?.getItem(IDLE_SECONDS_KEY) ?? null;
  } catch {
    return null;
  }
}

export function idleTimeoutMs(minutes: number, storage: Pick<Storage, 'getItem'> | null): number {
  const seconds = Number(readOverride(storage) ?? NaN);
  if (Number.isFinite(seconds) && seconds > 0) return seconds * 1000;
  return Math.max(1, minutes) * 60_000;
}

/**
 * How often an active user's session is kept alive in the core, which locks a session left without calls
 * for the same timeout: often enough that typing a long form never finds the core locked.
 */
export function heartbeatMs(minutes: number): number {
  return Math.min(60_000, (Math.max(1, minutes) * 60_000) / 3);
}

/** Pointer, keys and wheel count as activity; a timer that merely fires does not. */
export const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
