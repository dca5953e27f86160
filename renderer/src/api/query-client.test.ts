import { describe, expect, test } from 'vitest';
import type { WireError } from '../../../shared/errors';
import { ApiError, createClient } from './client';
import { issuesToFieldErrors, toWireError } from './errors';
import { routeKey } from './hooks';
import { createQueryClient } from './query-client';
import type { Transport } from './transport';

const notFound: WireError = { code: 'NOT_FOUND', messageKey: 'errors.notFound' };

function fakeTransport(answer: (route: string, input: unknown) => unknown): Transport {
  return {
    async call(route, input) {
      const data = answer(route, input);
      return data instanceof Error ? { ok: false, error: notFound } : { ok: true, data };
    },
    on: () => () => {},
  };
}

describe('api plumbing', () => {
  test('a core error reaches the caller as ApiError carrying the wire error', async () => {
    const client = createClient(fakeTransport(() => new Error('nope')));
    await expect(client.call('parties.party.get', { id: 1 })).rejects.toBeInstanceOf(ApiError);
    await expect(client.call('parties.party.get', { id: 1 })).rejects.toMatchObject({ wire: notFound });
  });

  test('failed queries and mutations are reported once each to the toast, unless quiet', async () => {
    const seen: WireError[] = [];
    const qc = createQueryClient({ onError: (e) => seen.push(e) });
    const fail = () => Promise.reject(new ApiError(notFound));
    await expect(qc.fetchQuery({ queryKey: ['a'], queryFn: fail, retry: false })).rejects.toBeDefined();
    await expect(
      qc.fetchQuery({ queryKey: ['b'], queryFn: fail, retry: false, meta: { quiet: true } }),
    ).rejects.toBeDefined();
    const mutation = qc.getMutationCache().build(qc, { mutationFn: fail });
    await expect(mutation.execute(undefined)).rejects.toBeDefined();
    expect(seen).toEqual([notFound, notFound]);
  });

  test('a raw exception is shown as an internal error, never as itself', () => {
    expect(toWireError(new TypeError('x is undefined'))).toEqual({ code: 'INTERNAL', messageKey: 'errors.internal' });
  });

  test('query keys start with the route, so a mutation invalidates every input of it', () => {
    expect(routeKey('parties.party.list', { page: 2 })).toEqual(['parties.party.list', { page: 2 }]);
    expect(routeKey('parties.party.list')).toEqual(['parties.party.list']);
    expect(issuesToFieldErrors([{ path: '', messageKey: 'validation.invalid' }])).toEqual({
      _root: 'validation.invalid',
    });
  });
});
