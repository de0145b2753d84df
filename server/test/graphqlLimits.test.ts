import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHQL_LIMITS, MAX_PAGE_SIZE } from '../src/http/graphqlLimits.ts';
import { createTestApp, type PrismaOperation, type TestApp } from './support/testApp.ts';

/** City → members → membership → city …: `levels` times four levels deep, all valid fields. */
function deepQuery(levels: number): string {
  let selection = 'id';
  for (let i = 0; i < levels; i++) {
    selection = `members { edges { node { city { ${selection} } } } }`;
  }
  return `{ me { memberships { city { ${selection} } } } }`;
}

describe('GraphQL limits, checked before anything runs', () => {
  let app: TestApp;
  let cookie: string;
  const operations: PrismaOperation[] = [];

  beforeAll(async () => {
    app = await createTestApp({ onQuery: (operation) => operations.push(operation) });
    const { adminA } = await app.seed.twoCities();
    cookie = await app.login(adminA.email);
  });
  afterAll(() => app.close());

  /** Sends a request and returns the error messages and codes, and the database work it caused. */
  async function refused(query: string, variables: Record<string, unknown> = {}) {
    operations.length = 0;
    // The session lookup happens before validation; count only what the operation itself does.
    const res = await app.gql(query, variables, { cookie });
    const work = operations.filter((operation) => operation.model !== 'Session');
    return { res, work };
  }

  it('refuses a query over 50 levels deep', async () => {
    const { res, work } = await refused(deepQuery(12));
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    const messages = res.errors?.map((error) => error.message).join(' ');
    expect(messages).toMatch(/depth limit of 12 exceeded, found 52/i);
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(work).toEqual([]);
    // The same shape within the limit runs.
    const shallow = await app.gql(deepQuery(2), {}, { cookie });
    expect(shallow.errors).toBeUndefined();
    expect(shallow.data.me.memberships).toHaveLength(1);
  });

  it('refuses 100 aliases of one field', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: me { id }`).join(' ');
    const { res, work } = await refused(`{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/aliases limit of 15 exceeded/i);
    expect(work).toEqual([]);
  });

  it('refuses a query that would cost too much', async () => {
    const wide = Array.from(
      { length: 14 },
      (_, i) => `c${i}: cities(first: 100) { edges { node { members(first: 100) { edges {
        node { user { displayName memberships { city { name members { totalCount } } } } } } } } } }`,
    ).join(' ');
    const { res, work } = await refused(`{ ${wide} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.map((error) => error.message).join(' ')).toMatch(/cost limit/i);
    expect(work).toEqual([]);
  });

  it('refuses too many directives and too many tokens', async () => {
    const directives = Array.from({ length: 30 }, () => '@include(if: true)').join(' ');
    const manyDirectives = await refused(`{ me ${directives} { id } }`);
    expect(manyDirectives.res.errors?.[0]?.message).toMatch(/directives limit/i);
    expect(manyDirectives.work).toEqual([]);

    const tokens = Array.from({ length: 2500 }, () => 'id').join(' ');
    const manyTokens = await refused(`{ me { ${tokens} } }`);
    expect(manyTokens.res.errors?.[0]?.message).toMatch(/token limit/i);
    expect(manyTokens.work).toEqual([]);
  });

  it('refuses a page larger than 100, as a literal and as a variable', async () => {
    const literal = await refused('{ cities(first: 101) { edges { node { id } } } }');
    expect(literal.res.errors?.[0]?.extensions?.code).toBe('PAGE_SIZE_TOO_LARGE');
    expect(literal.res.data).toBeUndefined();
    expect(literal.work).toEqual([]);

    const variable = await refused(
      'query($n: Int) { processModels(first: $n) { edges { node { id } } } }',
      { n: 100_000 },
    );
    expect(variable.res.errors?.[0]?.extensions?.code).toBe('PAGE_SIZE_TOO_LARGE');
    expect(variable.work).toEqual([]);

    const nested = await refused(
      `query { me { memberships { city { members(last: 500) { totalCount } } } } }`,
    );
    expect(nested.res.errors?.[0]?.extensions?.code).toBe('PAGE_SIZE_TOO_LARGE');

    const largest = await app.gql(
      `{ cities(first: ${MAX_PAGE_SIZE}) { edges { node { id } } } }`,
      {},
      { cookie },
    );
    expect(largest.errors).toBeUndefined();
    expect(largest.data.cities.edges).toHaveLength(2);
  });

  it('refuses batched requests', async () => {
    const response = await app.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(Array.isArray(body)).toBe(false);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].message).toMatch(/batching is not supported/i);
  });

  it("lets every one of the SPA's own operations through", async () => {
    const manifest = JSON.parse(readFileSync(app.config.persistedOperationsFile, 'utf8')) as Record<
      string,
      string
    >;
    const texts = Object.values(manifest);
    expect(texts.length).toBeGreaterThan(50);
    for (const text of texts) {
      // Variables are missing on purpose: the limits are checked before variables are.
      const res = await app.gql(text, {}, { cookie });
      const limitErrors = (res.errors ?? []).filter(
        (error) => error.extensions?.code === 'QUERY_TOO_COMPLEX',
      );
      expect(limitErrors, text.slice(0, 60)).toEqual([]);
    }
    expect(GRAPHQL_LIMITS.maxAliases).toBe(15);
  });
});
