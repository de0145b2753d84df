import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createInMemoryProjectEventBus } from '../src/events/projectEvents.ts';
import { schema } from '../src/schema/index.ts';
import { download, exportPaths, gqlMultipart } from './support/fundingUploads.ts';
import {
  countingListeners,
  openProjectEvents,
  type StreamedResult,
} from './support/projectEventStreams.ts';
import { ADD_PROJECT_COMMENT } from './support/projectsOperations.ts';
import { type Attempt, type Ids, mergeTableParts } from './support/tenancy/attempts.ts';
import { cityAndPartnershipFields } from './support/tenancy/cityAndPartnershipFields.ts';
import {
  ALPHA_MAIL,
  BETA_USERS,
  databaseFingerprint,
  rawOf,
  SECRET,
  seedTenancyWorld,
  type TenancyWorld,
  unknownIds,
} from './support/tenancy/fixtures.ts';
import { fundingFields } from './support/tenancy/fundingFields.ts';
import { nodeFields, nodeTargets } from './support/tenancy/nodeTypes.ts';
import { processModelFields } from './support/tenancy/processModelFields.ts';
import { projectFields, reportYear, subscriptionAims } from './support/tenancy/projectFields.ts';
import { createTestApp, type GraphqlResponse, type TestApp } from './support/testApp.ts';

// Issue 7: for every query, mutation and subscription that takes an id, a user of another city
// gets nothing. The list of such fields is read from the executable schema, so a new field (or a
// new id argument of an old one) fails the coverage tests below until the table says how to aim
// it at alpha's private data. Every request runs as each of beta's users (one per city role) and
// once more with alpha's ids swapped for unknown ones: the two answers must be the same, so that
// an answer does not even tell whether alpha's object exists.

// ---------------------------------------------------------------------------------------------
// The fields that take an id, from the schema.

type RootName = 'Query' | 'Mutation' | 'Subscription';

/** Dotted paths of the ID-typed arguments below `type` (lists included, input objects walked). */
function idPaths(type: GraphQLInputType, path: string, seen: ReadonlySet<string>): string[] {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === 'ID' ? [path] : [];
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  const inside = new Set(seen).add(named.name);
  return Object.values(named.getFields()).flatMap((f) =>
    idPaths(f.type, `${path}.${f.name}`, inside),
  );
}

function rootFields(root: RootName): GraphQLField<unknown, unknown>[] {
  const type: GraphQLObjectType | null | undefined = {
    Query: schema.getQueryType(),
    Mutation: schema.getMutationType(),
    Subscription: schema.getSubscriptionType(),
  }[root];
  return Object.values(type?.getFields() ?? {});
}

/** `Root.field` → the id argument paths of every root field that has one. */
const fieldsTakingIds = new Map<string, string[]>(
  (['Query', 'Mutation', 'Subscription'] as const).flatMap((root) =>
    rootFields(root)
      .map((f): [string, string[]] => [
        `${root}.${f.name}`,
        f.args.flatMap((a) => idPaths(a.type, a.name, new Set())),
      ])
      .filter(([, paths]) => paths.length > 0),
  ),
);

const fieldsOf = (root: RootName) =>
  [...fieldsTakingIds.keys()].filter((key) => key.startsWith(`${root}.`));

const nodeInterface = schema.getType('Node');
const nodeTypes = isInterfaceType(nodeInterface)
  ? schema.getPossibleTypes(nodeInterface).map((t) => t.name)
  : [];

// ---------------------------------------------------------------------------------------------
// The table: how to aim each field at alpha's private data.

// Its parts, by domain, are in support/tenancy/ (merging throws if two parts name one field).
const table = mergeTableParts({
  cityAndPartnershipFields,
  fundingFields,
  nodeFields,
  processModelFields,
  projectFields,
});

// ---------------------------------------------------------------------------------------------
// Running an attempt and judging its answer.

/** Ids of alpha's that stay as they are in the "unknown ids" run: cities and shared lists. */
const PUBLIC_ID_KEYS: (keyof Ids)[] = ['alpha', 'beta', 'gamma', 'topic', 'programme'];

const REFUSAL_CODES = ['FORBIDDEN', 'NOT_FOUND'];

function fieldName(key: string): string {
  return key.split('.')[1] as string;
}

/** Nothing by shape: null, a NotFoundError, an empty list or connection, or zero. */
function isNothing(value: unknown): boolean {
  if (value === null || value === undefined || value === 0) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value !== 'object') return false;
  const object = value as { __typename?: string; edges?: unknown[] };
  if (object.__typename === 'NotFoundError') return true;
  return Array.isArray(object.edges) && object.edges.length === 0;
}

/** What of an answer must not differ between alpha's ids and unknown ones. */
function observable(res: GraphqlResponse, field: string) {
  return {
    status: res.status,
    codes: (res.errors ?? []).map((e) => e.extensions?.code),
    messages: (res.errors ?? []).map((e) => e.message),
    value: res.data?.[field] ?? null,
  };
}

/** Alpha's ids (global and row ids) that a request did not send itself. */
function alphaIdsNotIn(world: TenancyWorld, variables: Record<string, unknown>): string[] {
  const sent = JSON.stringify(variables);
  return Object.entries(world.ids)
    .filter(([key]) => !PUBLIC_ID_KEYS.includes(key as keyof Ids))
    .flatMap(([, value]) => (Array.isArray(value) ? value : [value]))
    .filter((id): id is string => typeof id === 'string' && !sent.includes(id))
    .flatMap((id) => [id, rawOf(id)]);
}

/** Why the answer to `attempt` is not "nothing", or null when it reveals nothing. */
function problemWith(
  res: GraphqlResponse,
  field: string,
  attempt: Attempt,
  secrets: string[],
): string | null {
  const text = JSON.stringify(res);
  for (const secret of [SECRET, ALPHA_MAIL, ...secrets]) {
    if (text.includes(secret)) return `leaked "${secret}": ${text}`;
  }
  const { codes, value } = observable(res, field);
  if (codes.length > 0) {
    if (codes.every((code) => REFUSAL_CODES.includes(code ?? '')) && value === null) return null;
    return `answered errors ${JSON.stringify(res.errors)}`;
  }
  if (isNothing(value) || attempt.empty?.(value)) return null;
  const typename = (value as { __typename?: string }).__typename;
  if (attempt.invalid && typename === 'ValidationError') return null;
  return `answered ${JSON.stringify(value)}`;
}

function send(
  app: TestApp,
  world: TenancyWorld,
  attempt: Attempt,
  ids: Ids,
  cookie?: string,
): Promise<GraphqlResponse> {
  const variables = attempt.variables(ids, world.betaIds);
  if (!attempt.upload) return app.gql(attempt.query, variables, { cookie });
  return gqlMultipart(
    app,
    attempt.query,
    variables,
    { 'variables.input.file': world.uploadFile },
    cookie,
  );
}

/** Differences between two fingerprints, by table. */
function changedTables(before: Record<string, string>, after: Record<string, string>) {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (table) => before[table] !== after[table],
  );
}

/**
 * Runs every attempt of `key` as each of beta's users, with alpha's ids and with unknown ones,
 * and returns what went wrong: leaks, answers that are not "nothing", changed rows, and answers
 * that tell alpha's ids from unknown ones.
 */
async function attemptsOf(
  app: TestApp,
  world: TenancyWorld,
  cookies: Record<string, string>,
  key: string,
): Promise<string[]> {
  const entry = table[key];
  if (!entry) return [`${key} has no entry in the table: add how to aim it at alpha's data`];
  const field = fieldName(key);
  const unknown = unknownIds(world.ids, PUBLIC_ID_KEYS);
  const problems: string[] = [];
  for (const attempt of entry.attempts) {
    for (const [role, cookie] of Object.entries(cookies)) {
      const where = `${key} (${attempt.name}) as beta's ${role}`;
      const before = await databaseFingerprint(app);
      const res = await send(app, world, attempt, world.ids, cookie);
      const changed = changedTables(before, await databaseFingerprint(app));
      if (changed.length > 0) problems.push(`${where} changed ${changed.join(', ')}`);
      const secrets = alphaIdsNotIn(world, attempt.variables(world.ids, world.betaIds));
      const problem = problemWith(res, field, attempt, secrets);
      if (problem) problems.push(`${where} ${problem}`);
      if (attempt.revealsExistence) continue;
      const control = await send(app, world, attempt, unknown, cookie);
      const [seen, unseen] = [observable(res, field), observable(control, field)];
      if (JSON.stringify(seen) !== JSON.stringify(unseen)) {
        problems.push(
          `${where} tells alpha's ids from unknown ones: ${JSON.stringify(seen)} vs ` +
            JSON.stringify(unseen),
        );
      }
    }
  }
  return problems;
}

async function signInBeta(app: TestApp): Promise<Record<string, string>> {
  const cookies: Record<string, string> = {};
  for (const [role, email] of Object.entries(BETA_USERS)) cookies[role] = await app.login(email);
  return cookies;
}

// ---------------------------------------------------------------------------------------------

describe('tenancy by id: the table covers every id argument of the schema', () => {
  it('finds the fields that take an id (the schema is where the list comes from)', () => {
    expect(fieldsTakingIds.size).toBeGreaterThan(40);
    expect(fieldsTakingIds.get('Query.node')).toEqual(['id']);
    expect(fieldsTakingIds.get('Mutation.createProject')).toContain('input.processModelIds');
  });

  it('has an entry for every field that takes an id', () => {
    const covered = new Set([...Object.keys(table), ...Object.keys(subscriptionAims)]);
    expect([...fieldsTakingIds.keys()].filter((key) => !covered.has(key))).toEqual([]);
  });

  it('has no entry for a field that does not exist or takes no id', () => {
    const keys = [...Object.keys(table), ...Object.keys(subscriptionAims)];
    expect(keys.filter((key) => !fieldsTakingIds.has(key))).toEqual([]);
  });

  it('aims every id argument at alpha’s data, or says why it is public', () => {
    const missing: string[] = [];
    const unknownPaths: string[] = [];
    for (const [key, paths] of fieldsTakingIds) {
      const entry = table[key];
      const aimed = new Set([
        ...(entry?.attempts.flatMap((a) => a.aims) ?? []),
        ...(subscriptionAims[key] ?? []),
        ...Object.keys(entry?.publicIds ?? {}),
      ]);
      missing.push(...paths.filter((path) => !aimed.has(path)).map((path) => `${key}(${path})`));
      unknownPaths.push(
        ...[...aimed].filter((path) => !paths.includes(path)).map((path) => `${key}(${path})`),
      );
    }
    expect({ missing, unknownPaths }).toEqual({ missing: [], unknownPaths: [] });
  });

  it('names alpha’s object of every Node type, or says why the type is public', () => {
    expect(nodeTypes.filter((type) => !(type in nodeTargets))).toEqual([]);
    expect(Object.keys(nodeTargets).filter((type) => !nodeTypes.includes(type))).toEqual([]);
  });
});

// Refused attempts change nothing (each one proves it), so each root type shares one world.
describe('Query: a user of another city gets nothing by id', () => {
  let app: TestApp;
  let world: TenancyWorld;
  let cookies: Record<string, string>;

  beforeAll(async () => {
    app = await createTestApp();
    world = await seedTenancyWorld(app);
    cookies = await signInBeta(app);
  });
  afterAll(() => app.close());

  it.each(fieldsOf('Query'))('%s', async (key) => {
    expect(await attemptsOf(app, world, cookies, key)).toEqual([]);
  });

  // The control: the same requests reach alpha's data for someone who may see it, so a refusal
  // above is the tenancy check at work, not a request that could never succeed.
  it('answers the same queries with alpha’s data to a global admin', async () => {
    const cookies = new Map<string, Promise<string>>();
    const signIn = (email: string) => {
      if (!cookies.has(email)) cookies.set(email, app.login(email));
      return cookies.get(email) as Promise<string>;
    };
    const refused: string[] = [];
    for (const key of fieldsOf('Query')) {
      for (const tried of table[key]?.attempts ?? []) {
        const cookie = await signIn(tried.controlAs ?? 'root@amtsweg.test');
        const res = await send(app, world, tried, world.ids, cookie);
        const value = res.data?.[fieldName(key)];
        if (res.errors || isNothing(value) || tried.empty?.(value)) {
          refused.push(`${key} (${tried.name}): ${JSON.stringify(res)}`);
        }
      }
    }
    expect(refused).toEqual([]);
  });
  // Not GraphQL fields, but they take the same ids: the files behind projectReport and
  // fundingApplication, fetched by URL.
  it('serves none of alpha’s report or application files, which a global admin gets', async () => {
    const reports = ['csv', 'xlsx', 'pdf'].flatMap((format) => [
      `/exports/project-report/city/${world.alpha.id}/${reportYear}.${format}`,
      `/exports/project-report/partnership/${rawOf(world.ids.partnership)}/${reportYear}.${format}`,
    ]);
    const paths = [...reports, ...Object.values(exportPaths(world.ids.draftApplication))];
    const served: string[] = [];
    for (const [role, cookie] of Object.entries(cookies)) {
      for (const path of paths) {
        const file = await download(app, path, cookie);
        if (![403, 404].includes(file.status) || file.text.includes(SECRET)) {
          served.push(`${path} as beta's ${role}: ${file.status}`);
        }
      }
    }
    expect(served).toEqual([]);
    const root = await app.login('root@amtsweg.test');
    const statuses = await Promise.all(
      paths.map(async (path) => (await download(app, path, root)).status),
    );
    expect(statuses).toEqual(paths.map(() => 200));
  });
});

describe('Mutation: a user of another city changes nothing and learns nothing by id', () => {
  let app: TestApp;
  let world: TenancyWorld;
  let cookies: Record<string, string>;

  beforeAll(async () => {
    app = await createTestApp();
    world = await seedTenancyWorld(app);
    cookies = await signInBeta(app);
  });
  afterAll(() => app.close());

  it.each(fieldsOf('Mutation'))('%s', async (key) => {
    expect(await attemptsOf(app, world, cookies, key)).toEqual([]);
  });

  it('would notice a changed row (the fingerprint above is not blind)', async () => {
    const where = { id: rawOf(world.ids.project) };
    const { description } = await app.prisma.project.findUniqueOrThrow({ where });
    const before = await databaseFingerprint(app);
    await app.prisma.project.update({ where, data: { description: 'geändert' } });
    expect(changedTables(before, await databaseFingerprint(app))).toEqual(['Project']);
    await app.prisma.project.update({ where, data: { description } });
    expect(await databaseFingerprint(app)).toEqual(before);
  });
});

describe('Subscription: a user of another city hears nothing of alpha’s project', () => {
  let app: TestApp;
  let world: TenancyWorld;
  let cookies: Record<string, string>;
  let listening: () => number;

  beforeAll(async () => {
    app = await createTestApp({
      projectEvents: () => {
        const counted = countingListeners(createInMemoryProjectEventBus());
        listening = counted.listening;
        return counted.bus;
      },
    });
    world = await seedTenancyWorld(app);
    cookies = await signInBeta(app);
  });
  afterAll(() => app.close());

  it.each(fieldsOf('Subscription'))('%s', async (key) => {
    expect(key).toBe('Subscription.projectEvents');
    const { ids } = world;
    const streams = [];
    try {
      for (const [role, cookie] of Object.entries(cookies)) {
        const before = listening();
        const stream = await openProjectEvents(app.yoga, { cookie, projectId: ids.project });
        // The server listens once the stream is first read: ask for the first result now. A
        // refusal up front (an error instead of listening) would do as well.
        let answered = false;
        const first = stream.next().finally(() => {
          answered = true;
        });
        await vi.waitFor(() => expect(answered || listening() > before).toBe(true), {
          timeout: 10_000,
        });
        streams.push({ role, first, stream });
      }
      const coordinator = await app.login('coordinator@alpha.test');
      const commentOnAlpha = async () => {
        const res = await app.gql(
          ADD_PROJECT_COMMENT,
          { projectId: ids.project, text: `${SECRET} live` },
          { cookie: coordinator },
        );
        expect(res.data.addProjectComment.__typename).toMatch(/Success$/);
      };
      await commentOnAlpha();
      // Now everyone may see the project: the first event beta hears must be the next one, which
      // proves the event of the private project above was withheld, not merely late.
      await app.prisma.project.update({
        where: { id: rawOf(ids.project) },
        data: { visibility: 'PUBLIC' },
      });
      await commentOnAlpha();
      for (const { role, first } of streams) {
        const result = (await first) as StreamedResult | 'complete';
        if (result !== 'complete' && result.errors) {
          expect(JSON.stringify(result)).not.toContain(SECRET);
          expect({ role, codes: result.errors.map((e) => e.extensions?.code) }).toEqual({
            role,
            codes: [expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/)],
          });
          continue;
        }
        const event = result === 'complete' ? null : result.data?.projectEvents;
        expect({ role, visibility: event?.project.visibility }).toEqual({
          role,
          visibility: 'PUBLIC',
        });
      }
    } finally {
      await Promise.all(streams.map(({ stream }) => stream.close()));
    }
  });
});
