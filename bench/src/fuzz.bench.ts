// `pnpm --filter @amtsweg/bench bench:fuzz`: generated malformed BPMN uploads (through
// importProcessModel, the API's import path) and malformed GraphQL requests against the real
// server process. Passes when nothing answers 5xx except the masked "Unexpected error." (and no
// 503/429 at all), the process survives, and its memory stays flat. Env: FUZZ_BPMN_RUNS (10000),
// FUZZ_GRAPHQL_RUNS (10000), FUZZ_CONCURRENCY (8), FUZZ_SEED, FUZZ_DATABASE_URL (else PGlite).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { callOperation, operationBody, signIn } from './benchOperations.ts';
import { type BenchServer, startBenchServer } from './benchServer.ts';
import { malformedBpmn } from './fuzzBpmn.ts';
import { type FuzzRequest, fuzzRequests } from './fuzzGraphql.ts';
import { machineLoad } from './loadStats.ts';

const BPMN_RUNS = Number(process.env.FUZZ_BPMN_RUNS ?? 10_000);
const GRAPHQL_RUNS = Number(process.env.FUZZ_GRAPHQL_RUNS ?? 10_000);
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 8);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const PORT = Number(process.env.FUZZ_PORT ?? 4631);
const LONG_LABELS = process.env.FUZZ_LONG_LABELS !== '0';
/** A V8 heap limit for the server (MB): a leak then ends in a crash the bench reports. */
const MAX_OLD_SPACE_MB = process.env.FUZZ_MAX_OLD_SPACE_MB;
/** A request not answered within this long makes the bench check whether the server still lives. */
const REQUEST_TIMEOUT_MS = 30_000;

interface Tally {
  /** "HTTP status · what the body said" → count. */
  outcomes: Map<string, number>;
  failures: string[];
  /** Set when the server stopped answering even /healthz: the input that did it. */
  unresponsive?: string;
}

const memory: { at: string; rssMiB: number }[] = [];
/** Requests that took over 5 s: a generated input the server is slow on is worth a look. */
const slow: string[] = [];
const outcomeOf = (status: number, text: string) => `${status} ${text.slice(0, 100)}`;

function sampleMemory(server: BenchServer, at: string) {
  memory.push({ at, rssMiB: server.rssKiB() / 1024 });
}

/** What a response amounts to, and whether it breaks the rules. */
function judge(status: number, text: string): { outcome: string; bad: boolean } {
  let body: {
    data?: Record<string, { __typename?: string } | null>;
    errors?: { message?: string; extensions?: { code?: string } }[];
  } = {};
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (e.g. a 404 page): the status says enough.
  }
  const error = body.errors?.[0];
  const masked = error?.message === 'Unexpected error.';
  const typename = body.data ? Object.values(body.data)[0]?.__typename : undefined;
  const what = masked
    ? 'Unexpected error.'
    : (error?.extensions?.code ?? (error ? 'error' : (typename ?? (body.data ? 'data' : '–'))));
  const bad = status === 503 || status === 429 || (status >= 500 && !masked);
  return { outcome: `${status} · ${what}`, bad };
}

async function send(server: BenchServer, request: FuzzRequest, tally: Tally) {
  let status = 0;
  let text = '';
  const started = performance.now();
  try {
    const response = await fetch(server.url + request.path, {
      method: request.method,
      headers: request.headers,
      body: request.method === 'POST' ? request.body : undefined,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    text = (error as Error).message;
    const alive = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(5_000) }).then(
      () => true,
      () => false,
    );
    if (!alive && !tally.unresponsive) {
      tally.unresponsive = `${request.kind}, ${(request.body ?? '').length} bytes: ${(request.body ?? request.path).slice(0, 300)}`;
    }
  }
  const took = performance.now() - started;
  if (took > 5_000)
    slow.push(
      `${(took / 1000).toFixed(1)} s for ${request.kind} (${(request.body ?? '').length} bytes): ${outcomeOf(status, text)}`,
    );
  const { outcome, bad } =
    status === 0 ? { outcome: `no response · ${text}`, bad: true } : judge(status, text);
  tally.outcomes.set(outcome, (tally.outcomes.get(outcome) ?? 0) + 1);
  if (bad && tally.failures.length < 20) {
    tally.failures.push(
      `${outcome} for ${request.kind}: ${(request.body ?? request.path).slice(0, 200)}`,
    );
  }
}

/** Sends `total` generated requests, CONCURRENCY at a time, generating in batches of 100. */
async function campaign(
  server: BenchServer,
  name: string,
  arbitrary: fc.Arbitrary<FuzzRequest>,
  total: number,
): Promise<Tally & { seconds: number }> {
  const tally: Tally = { outcomes: new Map(), failures: [] };
  const started = performance.now();
  sampleMemory(server, `${name}: start`);
  for (let batch = 0; batch * 100 < total; batch++) {
    const requests = fc.sample(arbitrary, {
      numRuns: Math.min(100, total - batch * 100),
      seed: SEED + batch,
    });
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < requests.length && !tally.unresponsive) {
          const request = requests[next++];
          if (request) await send(server, request, tally);
        }
      }),
    );
    process.stderr.write(`${name}: ${Math.min(total, (batch + 1) * 100)}/${total}\r`);
    if (((batch + 1) * 100) % 1000 === 0)
      sampleMemory(server, `${name}: after ${(batch + 1) * 100}`);
    if (server.exited() || tally.unresponsive) break;
  }
  sampleMemory(server, `${name}: end`);
  return { ...tally, seconds: (performance.now() - started) / 1000 };
}

function printTally(title: string, tally: Tally & { seconds: number }, total: number) {
  console.log(`\n${title}: ${total} requests in ${tally.seconds.toFixed(0)} s\n`);
  console.log('| HTTP status · result | count |');
  console.log('| --- | --: |');
  for (const [outcome, count] of [...tally.outcomes].sort((a, b) => b[1] - a[1])) {
    console.log(`| ${outcome.replaceAll('|', '\\|')} | ${count} |`);
  }
  for (const failure of tally.failures) console.log(`  FAIL ${failure}`);
  if (tally.unresponsive) {
    console.log(`  FAIL server stopped answering (even /healthz) after: ${tally.unresponsive}`);
  }
}

/** Distinct causes of the errors the server logged (its JSON log at LOG_LEVEL=warn), grouped. */
function loggedCauses(server: BenchServer): Map<string, number> {
  const causes = new Map<string, number>();
  for (const line of readFileSync(server.logFile, 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue;
    const entry = JSON.parse(line) as {
      level: number;
      msg?: string;
      err?: { type?: string; message?: string };
      0?: { message?: string };
    };
    if (entry.level < 50) continue;
    // graphql-yoga's own error log carries the GraphQLError as its first argument.
    const message = entry.err?.message ?? entry['0']?.message ?? '';
    const shape = message
      .replace(/Invalid `[^`]*` invocation in[\s\S]*?→[^\n]*\n/, '')
      .replace(/^(Invalid global ID:|ID:).*?( is not of type:.*)?$/s, '$1 …$2')
      .replace(/"[^"]*"|'[^']*'/g, '"…"')
      .replace(/\d+/g, 'N')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 140);
    // Yoga's own error lines arrive as `{"0":{}}`: the error object is lost in the log adapter.
    const key = `${entry.msg ?? 'graphql-yoga'}: ${entry.err?.type ?? ''} ${shape || '(no details logged)'}`;
    causes.set(key, (causes.get(key) ?? 0) + 1);
  }
  return causes;
}

const server = await startBenchServer({
  port: PORT,
  databaseUrl: process.env.FUZZ_DATABASE_URL,
  // Arbitrary query text is refused in production; fuzz the wider surface that accepts it.
  env: { NODE_ENV: 'bench' },
  nodeArgs: MAX_OLD_SPACE_MB ? [`--max-old-space-size=${MAX_OLD_SPACE_MB}`] : [],
});
try {
  console.log(
    `fuzz: seed ${SEED}, ${CONCURRENCY} concurrent requests, long labels ${LONG_LABELS ? 'on' : 'off'}, server heap limit ${MAX_OLD_SPACE_MB ?? 'default'} MB, load avg ${machineLoad()}`,
  );
  const cookie = await signIn(server.url, 'owner@esslingen.demo');
  const me = await callOperation(server.url, 'Me', {}, cookie);
  const cityId = me.data?.me?.memberships?.[0]?.city?.id as string;

  const uploads = malformedBpmn(LONG_LABELS).map(
    (xml): FuzzRequest => ({
      kind: 'BPMN upload',
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', cookie },
      body: operationBody('ProcessImportModel', { cityId, xml, title: 'Fuzz-Import' }),
    }),
  );
  const bpmn = await campaign(server, 'BPMN', uploads, BPMN_RUNS);
  printTally('Malformed BPMN through importProcessModel', bpmn, BPMN_RUNS);
  // A blocked server would only time every request out: then the GraphQL part is skipped.
  const graphqlRuns = bpmn.unresponsive ? 0 : GRAPHQL_RUNS;
  const graphql = await campaign(server, 'GraphQL', fuzzRequests(cookie), graphqlRuns);
  printTally('Malformed GraphQL requests', graphql, graphqlRuns);

  const exit = server.exited();
  const health = await fetch(`${server.url}/healthz`).then(
    (r) => r.status,
    () => 0,
  );
  console.log(
    `\nserver process: ${exit ? `EXITED ${JSON.stringify(exit)} ${server.stderrTail()}` : 'alive'}, /healthz ${health}`,
  );
  console.log('\n| Memory sample | server RSS MiB |');
  console.log('| --- | --: |');
  for (const m of memory) console.log(`| ${m.at} | ${m.rssMiB.toFixed(0)} |`);
  console.log(`\nRequests slower than 5 s: ${slow.length}`);
  for (const line of slow.slice(0, 20)) console.log(`  ${line}`);
  console.log('\nErrors the server logged (masked as "Unexpected error."):');
  for (const [cause, count] of loggedCauses(server)) console.log(`  ${count} × ${cause}`);
  if (
    exit ||
    bpmn.unresponsive ||
    graphql.unresponsive ||
    bpmn.failures.length + graphql.failures.length > 0
  ) {
    process.exitCode = 1;
  }
} finally {
  await server.stop();
}
