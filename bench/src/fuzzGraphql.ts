// fast-check generators of malformed GraphQL HTTP requests for the fuzz bench: broken JSON, wrong
// content types, random documents over the real schema's root fields, the SPA's own operations
// with wrongly typed variables, odd persisted-query extensions, huge and deeply nested values.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { operationBody } from './benchOperations.ts';

export interface FuzzRequest {
  kind: string;
  method: 'GET' | 'POST';
  /** Path and query string. */
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const schemaText = readFileSync(new URL('../../server/schema.graphql', import.meta.url), 'utf8');

/** Root fields of `type Query` / `type Mutation` with their arguments' names and types. */
function rootFields(typeName: string): { name: string; args: [string, string][] }[] {
  const start = schemaText.indexOf(`type ${typeName} {`);
  const body = schemaText
    .slice(start, schemaText.indexOf('\n}', start))
    .replace(/"""[\s\S]*?"""/g, '');
  return [...body.matchAll(/^ {2}(\w+)(?:\(([^)]*)\))?:/gm)].map(([, name, args]) => ({
    name: name ?? '',
    args: [...(args ?? '').matchAll(/(\w+): ([\w[\]!]+)/g)].map(([, n, t]) => [n ?? '', t ?? '']),
  }));
}

// Signing out would end the fuzzing session, so it is left out.
const ROOT = [
  ...rootFields('Query').map((f) => ({ ...f, op: 'query' })),
  ...rootFields('Mutation')
    .filter((f) => f.name !== 'logout')
    .map((f) => ({ ...f, op: 'mutation' })),
];
const FIELD_NAMES = [
  ...new Set([...schemaText.matchAll(/^ {2}(\w+)[(:]/gm)].map((m) => m[1] ?? '')),
];
const SPA_OPERATIONS = [
  ...readFileSync(new URL('../../web/src/graphql/session.graphql', import.meta.url), 'utf8')
    .concat(
      ...[
        'processList',
        'processPage',
        'processImport',
        'comparison',
        'projectDashboard',
        'projects',
        'fundingApplications',
        'cityMembers',
        'partnerships',
      ].map((f) =>
        readFileSync(new URL(`../../web/src/graphql/${f}.graphql`, import.meta.url), 'utf8'),
      ),
    )
    .matchAll(/^(?:query|mutation) (\w+)(?:\(([^)]*)\))?/gm),
]
  .map(([, name, vars]) => ({
    name: name ?? '',
    vars: [...(vars ?? '').matchAll(/\$(\w+)/g)].map((m) => m[1] ?? ''),
  }))
  .filter((op) => op.name !== 'Logout');

const hugeString = fc.integer({ min: 100_000, max: 2_000_000 }).map((n) => 'x'.repeat(n));
// Kept shallow here: JSON.stringify recurses; the deep ones are written as text (deepJson).
const nestedArray = fc
  .integer({ min: 1, max: 500 })
  .map((depth) => JSON.parse(`${'['.repeat(depth)}1${']'.repeat(depth)}`) as unknown);
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.jsonValue(), weight: 10 },
  {
    arbitrary: fc.constantFrom(
      2 ** 31,
      -(2 ** 53),
      1e308,
      -0,
      '',
      'null',
      'UHJvY2Vzc01vZGVsOjE=',
      '💥'.repeat(50),
    ),
    weight: 5,
  },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 5 },
  { arbitrary: hugeString, weight: 1 },
  { arbitrary: nestedArray, weight: 1 },
);

/** A literal for a GraphQL argument, sometimes of the right type, often not. */
const literal: fc.Arbitrary<string> = fc.oneof(
  fc.integer().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.string({ maxLength: 30 }).map((s) => JSON.stringify(s)),
  fc.constantFrom(
    'true',
    'null',
    'PUBLIC',
    'DRAFT',
    '[]',
    '{}',
    '$undefinedVariable',
    '"""block"""',
  ),
  fc.array(fc.integer().map(String), { maxLength: 5 }).map((a) => `[${a.join(', ')}]`),
);

const selection: fc.Arbitrary<string> = fc.letrec((tie) => ({
  set: fc
    .array(
      fc.tuple(
        fc.option(fc.constantFrom('a', 'b', 'c', 'x1'), { nil: undefined }),
        fc.oneof(
          fc.constantFrom(...FIELD_NAMES),
          fc.constantFrom('__typename', '__schema', '__type', 'nope'),
        ),
        fc.option(tie('set') as fc.Arbitrary<string>, { nil: undefined, freq: 2 }),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map(
      (fields) =>
        `{ ${fields.map(([alias, name, sub]) => `${alias ? `${alias}: ` : ''}${name}${sub ? ` ${sub}` : ''}`).join(' ')} }`,
    ),
})).set;

const randomDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...ROOT),
    fc.array(literal, { maxLength: 6 }),
    selection,
    fc.integer({ min: 1, max: 40 }),
    fc.constantFrom('', '@include(if: true)', '@skip(if: $x)', '@deprecated', '@a@b@c@d@e@f@g@h'),
  )
  .map(([field, values, sel, aliases, directive]) => {
    const args = field.args.map(
      ([name], i) => `${name}: ${values[i % Math.max(1, values.length)] ?? 'null'}`,
    );
    const head = `${field.name}${args.length ? `(${args.join(', ')})` : ''} ${directive}`;
    // Many aliases of the same field: the armor's alias limit must stop this before it runs.
    const body =
      aliases > 30
        ? Array.from({ length: aliases }, (_, i) => `a${i}: ${head} ${sel}`).join(' ')
        : `${head} ${sel}`;
    return `${field.op} { ${body} }`;
  });

const deepDocument = fc
  .integer({ min: 10, max: 3_000 })
  .map((depth) => `{ me { ${'memberships { city { '.repeat(depth)}id${' } }'.repeat(depth)} } }`);

/** Variables nested far deeper than any stringify would go, written as text. */
const deepJson = fc.integer({ min: 1_000, max: 200_000 }).map((depth) => ({
  kind: 'deeply nested JSON',
  method: 'POST' as const,
  path: '/graphql',
  body: `{"query":"query($x: [ID!]) { me { id } }","variables":{"x":${'['.repeat(depth)}${']'.repeat(depth)}}}`,
}));

const json = (value: unknown) => ({
  'content-type': 'application/json',
  body: JSON.stringify(value),
});

const bodies: fc.Arbitrary<Omit<FuzzRequest, 'headers'> & { headers?: Record<string, string> }> =
  fc.oneof(
    fc.jsonValue().map((v) => ({
      kind: 'random JSON',
      method: 'POST' as const,
      path: '/graphql',
      body: JSON.stringify(v),
    })),
    fc
      .string({ unit: 'binary', maxLength: 300 })
      .map((s) => ({ kind: 'not JSON', method: 'POST' as const, path: '/graphql', body: s })),
    fc.tuple(randomDocument, fc.double({ min: 0, max: 1, noNaN: true })).map(([q, at]) => {
      const text = JSON.stringify({ query: q });
      return {
        kind: 'truncated JSON',
        method: 'POST' as const,
        path: '/graphql',
        body: text.slice(0, Math.floor(text.length * at)),
      };
    }),
    fc
      .tuple(randomDocument, fc.dictionary(fc.string({ maxLength: 8 }), oddValue, { maxKeys: 4 }))
      .map(([query, variables]) => ({
        kind: 'random query',
        method: 'POST' as const,
        path: '/graphql',
        body: json({ query, variables }).body,
      })),
    deepJson,
    deepDocument.map((query) => ({
      kind: 'deep query',
      method: 'POST' as const,
      path: '/graphql',
      body: json({ query }).body,
    })),
    fc.string({ unit: 'grapheme', maxLength: 200 }).map((query) => ({
      kind: 'garbage query text',
      method: 'POST' as const,
      path: '/graphql',
      body: json({ query }).body,
    })),
    fc
      .tuple(
        fc.constantFrom(...SPA_OPERATIONS),
        fc.array(oddValue, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
      )
      .map(([op, values, extraVar]) => {
        const variables: Record<string, unknown> = Object.fromEntries(
          op.vars.map((v, i) => [v, values[i % values.length]]),
        );
        if (extraVar) variables.unexpected = values[0];
        return {
          kind: 'SPA operation, wrong variables',
          method: 'POST' as const,
          path: '/graphql',
          body: operationBody(op.name, variables),
        };
      }),
    fc
      .tuple(
        fc.oneof(
          fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }),
          fc.string({ maxLength: 70 }),
        ),
        fc.constantFrom(1, 2, '1', null),
        fc.option(randomDocument),
      )
      .map(([hash, version, query]) => ({
        kind: 'persisted query tricks',
        method: 'POST' as const,
        path: '/graphql',
        body: json({
          query: query ?? undefined,
          extensions: { persistedQuery: { version, sha256Hash: hash } },
        }).body,
      })),
    fc.array(randomDocument, { minLength: 2, maxLength: 20 }).map((queries) => ({
      kind: 'batched',
      method: 'POST' as const,
      path: '/graphql',
      body: json(queries.map((query) => ({ query }))).body,
    })),
    fc
      .tuple(
        randomDocument,
        fc.constantFrom(
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/graphql',
          'application/json; charset=latin1',
        ),
      )
      .map(([query, type]) => ({
        kind: `content-type ${type.split(';')[0]}`,
        method: 'POST' as const,
        path: '/graphql',
        headers: { 'content-type': type },
        body: type.startsWith('multipart')
          ? `--x\r\ncontent-disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query })}\r\n--x--`
          : JSON.stringify({ query }),
      })),
    fc.tuple(randomDocument, fc.string({ maxLength: 50 })).map(([query, junk]) => ({
      kind: 'GET',
      method: 'GET' as const,
      path: `/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(junk)}`,
    })),
  );

/** One malformed request; `cookie` (a signed-in session) is attached to about half of them. */
export function fuzzRequests(cookie: string): fc.Arbitrary<FuzzRequest> {
  return fc.tuple(bodies, fc.boolean(), fc.boolean()).map(([request, signedIn, csrf]) => ({
    ...request,
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(csrf ? { 'x-graphql-yoga-csrf': '1' } : {}),
      ...(signedIn ? { cookie } : {}),
      ...request.headers,
    },
  }));
}
