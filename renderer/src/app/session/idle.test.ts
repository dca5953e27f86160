import { expect, test } from 'vitest';
import { heartbeatMs, idleTimeoutMs } from './idle';

const storage = (value: string | null) => ({ getItem: () => value });

test('the idle timeout is the company setting, unless the test hook shortens it', () => {
  expect(idleTimeoutMs(15, null)).toBe(15 * 60_000);
  expect(idleTimeoutMs(15, storage(null))).toBe(15 * 60_000);
  expect(idleTimeoutMs(15, storage('3'))).toBe(3000);
  expect(idleTimeoutMs(15, storage('nonsense'))).toBe(15 * 60_000);
  expect(idleTimeoutMs(15, storage('0'))).toBe(15 * 60_000);
  expect(idleTimeoutMs(0, null)).toBe(60_000);
});

test('an active user keeps the core session alive well before it would lock', () => {
  expect(heartbeatMs(1)).toBe(20_000);
  expect(heartbeatMs(15)).toBe(60_000);
});
