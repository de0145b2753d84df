import { vi } from 'vitest';

type Responder = (operationName: string, variables: Record<string, unknown>) => unknown;

/**
 * Replaces `fetch` with a fake GraphQL endpoint: `respond` gets the operation name and variables
 * and returns the JSON body. Returns the mock so tests can inspect the requests.
 */
export function mockGraphqlFetch(respond: Responder) {
  const fetchMock = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    const { query, variables } = JSON.parse(String(init?.body)) as {
      query: string;
      variables: Record<string, unknown>;
    };
    const operationName = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
    return new Response(JSON.stringify(respond(operationName, variables)), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
