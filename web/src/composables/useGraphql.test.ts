import { afterEach, describe, expect, it, vi } from 'vitest';
import { MeDocument } from '../graphql/generated/graphql.ts';
import { PERSISTED_OPERATION_HASHES } from '../graphql/generated/persistedHashes.ts';
import { mockGraphqlFetch } from '../testing/graphqlFetchMock.ts';
import {
  GraphqlRequestError,
  onUnauthenticated,
  operationParams,
  requestGraphql,
} from './useGraphql.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

describe('operationParams', () => {
  it('sends only the SHA-256 of the operation in a production build', async () => {
    vi.stubEnv('DEV', false);
    const hash = PERSISTED_OPERATION_HASHES.Me;
    const expected = await crypto.subtle.digest(
      'SHA-256',
      new TextEncoder().encode(MeDocument.toString()),
    );
    expect(hash).toBe(Buffer.from(expected).toString('hex'));
    expect(operationParams(MeDocument)).toEqual({
      operationName: 'Me',
      extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
    });
  });

  it('sends the text during development', () => {
    vi.stubEnv('DEV', true);
    expect(operationParams(MeDocument)).toEqual({ query: MeDocument.toString() });
  });
});

describe('requestGraphql', () => {
  it('posts the operation as JSON to /graphql with the session cookie and returns data', async () => {
    const fetchMock = mockGraphqlFetch(() => ({ data: { me: null } }));

    await expect(requestGraphql(MeDocument)).resolves.toEqual({ me: null });

    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/graphql');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
    expect(new Headers(init?.headers).get('x-graphql-yoga-csrf')).toBe('1');
    expect(JSON.parse(String(init?.body))).toMatchObject({
      query: expect.stringContaining('me {'),
    });
  });

  it('throws the GraphQL error with its extensions.code', async () => {
    mockGraphqlFetch(() => ({
      data: null,
      errors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }],
    }));

    const error = await requestGraphql(MeDocument).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphqlRequestError);
    expect(error).toMatchObject({ code: 'FORBIDDEN', message: 'Not allowed' });
  });

  it('tells listeners when the session is gone', async () => {
    mockGraphqlFetch(() => ({
      errors: [{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }],
    }));
    const listener = vi.fn();
    const stop = onUnauthenticated(listener);

    await expect(requestGraphql(MeDocument)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(listener).toHaveBeenCalledOnce();
    stop();
  });

  it('reports an unreachable server as NETWORK', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );

    await expect(requestGraphql(MeDocument)).rejects.toMatchObject({ code: 'NETWORK' });
  });
});
