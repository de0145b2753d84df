// What the simulated users of the load bench do: signed-in owners, coordinators and funding
// officers of all seven demo cities open the process list, a model, a comparison and the project
// dashboard; process owners also save a new version of a model of their own.
import type { Request as AutocannonRequest } from 'autocannon';
import {
  callOperation,
  DEMO_CITIES,
  DEMO_ROLES,
  operationBody,
  signIn,
} from './benchOperations.ts';

interface Scratch {
  id: string;
  baseVersion: number;
}

interface LoadUser {
  email: string;
  cookie: string;
  owner: boolean;
  modelIds: string[];
  /** Latest-version ids of two models to compare (same service in two cities where possible). */
  pairs: [string, string][];
  /** Models this city's owners save to, one connection at a time (so saves never conflict). */
  scratch: Scratch[];
}

export interface LoadFixture {
  users: LoadUser[];
  xml: string;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

// biome-ignore lint/suspicious/noExplicitAny: list answers as the SPA reads them
type Edge = { node: any };

/**
 * Signs every demo owner, coordinator and funding officer in, looks up what each sees, and gives
 * each city `scratchPerCity` private models to save to.
 */
export async function prepareLoad(url: string, scratchPerCity: number): Promise<LoadFixture> {
  const users: LoadUser[] = [];
  let xml = '';
  for (const city of DEMO_CITIES) {
    const scratch: Scratch[] = [];
    for (const role of DEMO_ROLES) {
      const email = `${role}@${city}.demo`;
      const cookie = await signIn(url, email);
      const list = await callOperation(url, 'ProcessListModels', { first: 50 }, cookie);
      const models = (list.data?.processModels?.edges ?? []).map((e: Edge) => e.node);
      const pairs: [string, string][] = [];
      for (const a of models) {
        for (const b of models) {
          if (a.id < b.id && a.serviceKey && a.serviceKey === b.serviceKey) {
            pairs.push([a.latestVersion.id, b.latestVersion.id]);
          }
        }
      }
      if (pairs.length === 0 && models.length > 1) {
        pairs.push([models[0].latestVersion.id, models[1].latestVersion.id]);
      }
      if (!xml && models[0]) {
        const versionId = models[0].latestVersion.id;
        const version = await callOperation(
          url,
          'ProcessPageVersionXml',
          { id: versionId },
          cookie,
        );
        xml = version.data?.node?.xml ?? '';
      }
      const owner = role === 'owner';
      if (owner) {
        const me = await callOperation(url, 'Me', {}, cookie);
        const cityId = me.data?.me?.memberships?.[0]?.city?.id;
        for (let i = 0; i < scratchPerCity; i++) {
          const created = await callOperation(
            url,
            'ProcessImportModel',
            { cityId, xml, title: `Lasttest ${city} ${i + 1}`, visibility: 'PRIVATE' },
            cookie,
          );
          const id = created.data?.importProcessModel?.data?.id;
          if (!id) throw new Error(`import failed: ${JSON.stringify(created).slice(0, 300)}`);
          scratch.push({ id, baseVersion: 1 });
        }
      }
      const modelIds = models.map((m: { id: string }) => m.id);
      users.push({ email, cookie, owner, modelIds, pairs, scratch });
    }
  }
  return { users, xml };
}

export interface OperationStats {
  latencies: number[];
  outcomes: Map<string, number>;
}

/** Per connection and pass through the sequence: who, and which scratch model it holds. */
interface PassContext {
  user: LoadUser;
  scratch?: Scratch;
  op?: string;
}

/**
 * The autocannon request sequence and the per-operation bookkeeping. Each connection plays one
 * user per pass through the sequence; users rotate from pass to pass.
 */
export function loadScenario(fixture: LoadFixture) {
  const stats = new Map<string, OperationStats>();
  let lastOp = '';
  let lastOutcome = '';
  let nextUser = 0;

  const record = (op: string, outcome: string, latency: number) => {
    let entry = stats.get(op);
    if (!entry) {
      entry = { latencies: [], outcomes: new Map() };
      stats.set(op, entry);
    }
    entry.latencies.push(latency);
    entry.outcomes.set(outcome, (entry.outcomes.get(outcome) ?? 0) + 1);
  };

  // autocannon deep-clones its options once per connection (evaluating this getter: each
  // connection gets its own number) and the resulting plain context again for every pass, so
  // the context only names the connection; its current pass lives here. The first request of
  // the sequence starts a new pass with the next user.
  let nextClient = 0;
  const initialContext = {
    get client(): number {
      return nextClient++;
    },
  };
  const passes = new Map<number, PassContext>();
  const passOf = (context: unknown) =>
    passes.get((context as { client: number }).client) as PassContext;
  const startPass = (context: unknown) => {
    const client = (context as { client: number }).client;
    const previous = passes.get(client);
    // A save whose answer never came (end of a run): give the model back as it was.
    if (previous?.scratch) previous.user.scratch.push(previous.scratch);
    const user = fixture.users[nextUser++ % fixture.users.length] as LoadUser;
    passes.set(client, { user, scratch: user.owner ? user.scratch.shift() : undefined });
  };

  const graphqlRequest = (
    build: (pass: PassContext) => [string, Record<string, unknown>],
    after?: (pass: PassContext, data: Record<string, unknown> | undefined) => void,
    first = false,
  ): AutocannonRequest => ({
    method: 'POST',
    path: '/graphql',
    setupRequest: (request, context) => {
      if (first) startPass(context);
      const pass = passOf(context);
      const [op, variables] = build(pass);
      pass.op = op;
      return {
        ...request,
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'x-graphql-yoga-csrf': '1',
          cookie: pass.user.cookie,
        },
        body: operationBody(op, variables),
      };
    },
    onResponse: (status, body, context) => {
      const pass = passOf(context);
      lastOp = pass.op ?? '?';
      const { outcome, data } = outcomeOf(status, body, EXPECTED[lastOp]);
      lastOutcome = outcome;
      after?.(pass, data);
    },
  });

  const requests: AutocannonRequest[] = [
    graphqlRequest(() => ['Me', {}], undefined, true),
    graphqlRequest(() => ['ProcessListModels', { first: 20 }]),
    graphqlRequest((p) => ['ProcessPageModel', { id: pick(p.user.modelIds) }]),
    graphqlRequest((p) => {
      const [leftVersionId, rightVersionId] = pick(p.user.pairs);
      return ['ProcessComparison', { leftVersionId, rightVersionId }];
    }),
    graphqlRequest(
      (p) =>
        p.scratch
          ? [
              'ProcessPageSaveVersion',
              {
                modelId: p.scratch.id,
                baseVersion: p.scratch.baseVersion,
                xml: fixture.xml,
                message: 'Lasttest',
              },
            ]
          : ['ProcessPageModel', { id: pick(p.user.modelIds) }],
      (p, data) => {
        // Give the model back with the version the next save builds on (after a conflict: the
        // newest one, as the SPA does after a reload).
        if (!p.scratch) return;
        const saved = data?.saveProcessVersion as
          | { data?: { number?: number }; currentVersion?: number }
          | undefined;
        const number = saved?.data?.number ?? saved?.currentVersion ?? p.scratch.baseVersion;
        p.user.scratch.push({ id: p.scratch.id, baseVersion: number });
        p.scratch = undefined;
      },
    ),
    graphqlRequest(() => ['ProjectPortfolio', {}]),
  ];

  return {
    requests,
    initialContext,
    stats,
    /** autocannon's `response` event, right after onResponse: attach the latency to the op. */
    onResponse: (latency: number) => record(lastOp, lastOutcome, latency),
  };
}

/** Result types that mean success for operations answering with a union. */
const EXPECTED: Record<string, string> = {
  ProcessComparison: 'QueryCompareProcessesSuccess',
  ProcessPageSaveVersion: 'MutationSaveProcessVersionSuccess',
};

/** `ok`, or what went wrong: HTTP status, GraphQL error code, unexpected result type. */
function outcomeOf(
  status: number,
  body: string,
  expect: string | undefined,
): { outcome: string; data?: Record<string, unknown> } {
  let parsed: { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] };
  try {
    parsed = JSON.parse(body);
  } catch {
    return { outcome: `http ${status} (not JSON)` };
  }
  const code = parsed.errors?.[0]?.extensions?.code;
  if (status !== 200) return { outcome: `http ${status}${code ? ` ${code}` : ''}` };
  if (parsed.errors?.length) return { outcome: `error ${code ?? '?'}` };
  const data = parsed.data ?? {};
  if (!expect) return { outcome: 'ok', data };
  const typename = (Object.values(data)[0] as { __typename?: string } | undefined)?.__typename;
  return { outcome: typename === expect ? 'ok' : `result ${typename}`, data };
}
