import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, globalId, TEST_PASSWORD, type TestApp } from './support/testApp.ts';

const ME = 'query Me { me { id displayName } }';
const INTROSPECTION = 'query Schema { __schema { types { name } } }';
const MISSPELT = 'query Misspelt { me { displayNam } }';
const CITIES = 'query Cities { cities(first: 10) { edges { node { id name } } } }';
const LOGOUT = 'mutation Logout { logout }';
const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { __typename }
}`;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** An allow-list the way the SPA build writes it, with a few operations no SPA would send. */
function writeManifest(): string {
  const dir = mkdtempSync(join(tmpdir(), 'amtsweg-persisted-'));
  const path = join(dir, 'persisted-operations.json');
  const manifest = Object.fromEntries(
    [ME, INTROSPECTION, MISSPELT, CITIES, LOGIN, LOGOUT].map((text) => [sha256(text), text]),
  );
  writeFileSync(path, JSON.stringify(manifest));
  return path;
}

function persisted(text: string, variables: Record<string, unknown> = {}) {
  return JSON.stringify({
    variables,
    extensions: { persistedQuery: { version: 1, sha256Hash: sha256(text) } },
  });
}

describe.each([
  { production: true, name: 'production' },
  { production: false, name: 'development' },
])('$name mode', ({ production }) => {
  let app: TestApp;
  let cookie: string;
  let failCityReads = false;

  beforeAll(async () => {
    app = await createTestApp({
      config: { production, persistedOperationsFile: writeManifest() },
      onQuery: ({ model }) => {
        // A failure nobody planned for, with the kind of detail that must never reach a client.
        if (failCityReads && model === 'City') {
          throw new Error('relation "City" does not exist: SELECT "id" FROM "public"."City"');
        }
      },
    });
    const { adminA } = await app.seed.twoCities();
    const response = await app.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: persisted(LOGIN, { email: adminA.email, password: TEST_PASSWORD }),
    });
    cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
    expect(cookie).toMatch(/=/);
  });
  afterAll(() => app.close());

  async function post(body: string, headers: Record<string, string> = {}) {
    const response = await app.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, ...headers },
      body,
    });
    return { status: response.status, body: await response.json(), response };
  }

  it('runs a known operation sent by its hash alone', async () => {
    const { body } = await post(persisted(ME));
    expect(body.errors).toBeUndefined();
    expect(body.data.me.displayName).toBe('admin');
  });

  it('answers an unknown hash with a clear error', async () => {
    const { body } = await post(
      JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256('x') } } }),
    );
    expect(body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(body.data).toBeUndefined();
  });

  it(
    production ? 'refuses query text: only the SPA’s operations run' : 'accepts query text',
    async () => {
      const { body } = await post(JSON.stringify({ query: '{ me { id email } }' }));
      if (production) {
        expect(body.errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
        expect(body.data).toBeUndefined();
      } else {
        expect(body.errors).toBeUndefined();
        expect(body.data.me.email).toBe('admin@alpha.test');
      }
    },
  );

  it(production ? 'refuses introspection' : 'allows introspection', async () => {
    const { body } = await post(persisted(INTROSPECTION));
    if (production) {
      expect(body.data).toBeUndefined();
      expect(body.errors[0].message).toMatch(/introspection/i);
      expect(JSON.stringify(body)).not.toContain('ProcessModel');
    } else {
      expect(body.data.__schema.types.map((type: { name: string }) => type.name)).toContain(
        'ProcessModel',
      );
    }
  });

  it(production ? 'gives no hint for a misspelt field' : 'suggests the field meant', async () => {
    const { body } = await post(persisted(MISSPELT));
    expect(body.errors[0].message).toMatch(/Cannot query field "displayNam"/);
    if (production) expect(JSON.stringify(body)).not.toMatch(/did you mean|displayName/i);
    else expect(body.errors[0].message).toMatch(/Did you mean "displayName"\?/);
  });

  it('shows a failing resolver as "Unexpected error." only', async () => {
    failCityReads = true;
    try {
      const { body } = await post(persisted(CITIES));
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].message).toBe('Unexpected error.');
      expect(body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      const text = JSON.stringify(body);
      expect(text).not.toMatch(/SELECT|relation|stack|at .*\.ts/);
    } finally {
      failCityReads = false;
    }
  });

  it(production ? 'serves no GraphiQL' : 'serves GraphiQL', async () => {
    const response = await app.yoga.fetch('http://localhost/graphql', {
      headers: { accept: 'text/html' },
    });
    const text = await response.text();
    if (production) expect(text).not.toMatch(/graphiql/i);
    else expect(text).toMatch(/graphiql/i);
  });

  it('refuses a mutation over GET', async () => {
    const operation = production
      ? `extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(LOGOUT) } }))}`
      : `query=${encodeURIComponent(LOGOUT)}`;
    const response = await app.yoga.fetch(`http://localhost/graphql?${operation}`, {
      headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1', cookie },
    });
    expect(response.status).toBe(405);
    const body = await response.json();
    expect(body.data).toBeUndefined();
    // Still signed in: the logout did not run.
    expect((await post(persisted(ME))).body.data.me).not.toBeNull();
  });

  it('refuses a form POST without the CSRF header', async () => {
    const form = new URLSearchParams({ query: 'mutation { logout }' });
    const response = await app.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: form.toString(),
    });
    expect(response.status).toBe(403);
    expect((await response.json()).errors[0].message).toMatch(/CSRF/);
    const multipart = new FormData();
    multipart.set('operations', JSON.stringify({ query: 'mutation { logout }' }));
    multipart.set('map', '{}');
    const upload = await app.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { cookie },
      body: multipart,
    });
    expect(upload.status).toBe(403);
    expect((await post(persisted(ME))).body.data.me).not.toBeNull();
  });
});

describe('malformed requests are the client’s mistake, not an unexpected error', () => {
  let app: TestApp;
  let cookie: string;

  beforeAll(async () => {
    app = await createTestApp();
    const { adminA } = await app.seed.twoCities();
    cookie = await app.login(adminA.email);
  });
  afterAll(() => app.close());

  it('answers an id that is no global id with 400 BAD_USER_INPUT', async () => {
    const res = await app.gql(
      'query($id: ID!) { processModel(id: $id) { id } }',
      { id: '2147483648' },
      { cookie },
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/global ID/i);
  });

  it('answers a global id of another type with 400 BAD_USER_INPUT', async () => {
    const res = await app.gql(
      'query($id: ID!) { processModel(id: $id) { id } }',
      { id: globalId('City', '00000000-0000-4000-8000-000000000000') },
      { cookie },
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/is not of type: ProcessModel/);
  });

  it('answers variables that are not JSON with 400 BAD_USER_INPUT', async () => {
    const response = await app.yoga.fetch(
      `http://localhost/graphql?query=${encodeURIComponent('{ me { id } }')}&variables=%7Bnope`,
      { headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1', cookie } },
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toBe(
      'Malformed request: variables and extensions must be JSON.',
    );
  });
});
