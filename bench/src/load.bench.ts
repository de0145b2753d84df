// `pnpm --filter @amtsweg/bench bench:load`: autocannon against the real server process with the
// demo data, on PostgreSQL and on PGlite, at 50 and 200 connections (see loadScenario.ts for what
// the users do). Env: LOAD_SECONDS (60), LOAD_WARMUP_SECONDS (5), LOAD_CONNECTIONS ("50,200"),
// LOAD_DATABASES ("postgres,pglite"), BENCH_DATABASE_URL (the PostgreSQL server), LOAD_PORT,
// LOAD_WORKERS (server processes on PostgreSQL, AMTSWEG_WORKERS; "1"; more use BENCH_REDIS_URL),
// LOAD_MODES ("closed,1000"): "closed" is autocannon's closed loop — each connection sends its
// next request as soon as the answer is in (what the server can do at most); a number is users with
// think time (loadUsers.ts): each connection pauses that many ms on average before each request.
import autocannon from 'autocannon';
import { PERSISTED } from './benchOperations.ts';
import {
  type BenchServer,
  createSeededDatabase,
  PRODUCTION,
  startBenchServer,
} from './benchServer.ts';
import { type LoadFixture, loadScenario, prepareLoad } from './loadScenario.ts';
import { cpuSeconds, machineLoad, ms, percentile } from './loadStats.ts';
import { runUsers, type UsersResult } from './loadUsers.ts';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const WARMUP_SECONDS = Number(process.env.LOAD_WARMUP_SECONDS ?? 5);
const CONNECTIONS = (process.env.LOAD_CONNECTIONS ?? '50,200').split(',').map(Number);
const DATABASES = (process.env.LOAD_DATABASES ?? 'postgres,pglite').split(',');
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const PORT = Number(process.env.LOAD_PORT ?? 4611);
const WORKERS = Number(process.env.LOAD_WORKERS ?? 1);
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const MODES = (process.env.LOAD_MODES ?? 'closed,1000')
  .split(',')
  .map((mode) => (mode === 'closed' ? undefined : Number(mode)));
/** A directory: the server writes a V8 CPU profile there (summarise with loadProfile.ts). */
const CPU_PROFILE_DIR = process.env.LOAD_CPU_PROFILE;

interface Run {
  database: string;
  connections: number;
  /** Mean think time in ms before each request; undefined: closed loop. */
  thinkMs: number | undefined;
  seconds: number;
  result: UsersResult;
  scenario: ReturnType<typeof loadScenario>;
  serverCpu: number;
  benchCpu: number;
  load: string;
  rssMiB: number;
}

async function runLoad(
  server: BenchServer,
  fixture: LoadFixture,
  database: string,
  connections: number,
  seconds: number,
  thinkMs?: number,
): Promise<Run> {
  const scenario = loadScenario(fixture);
  const cpuBefore = cpuSeconds(server.pid);
  const benchBefore = process.cpuUsage();
  const result = thinkMs
    ? await runUsers({ url: server.url, scenario, users: connections, seconds, thinkMs })
    : await closedLoop(server.url, scenario, connections, seconds);
  const bench = process.cpuUsage(benchBefore);
  return {
    database,
    connections,
    thinkMs,
    seconds,
    result,
    scenario,
    serverCpu: (cpuSeconds(server.pid) - cpuBefore) / seconds,
    benchCpu: (bench.user + bench.system) / 1e6 / seconds,
    load: machineLoad(),
    rssMiB: server.rssKiB() / 1024,
  };
}

async function closedLoop(
  url: string,
  scenario: ReturnType<typeof loadScenario>,
  connections: number,
  seconds: number,
): Promise<UsersResult> {
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        requests: scenario.requests,
        initialContext: scenario.initialContext,
      },
      (error, r) => (error ? reject(error) : resolve(r)),
    );
    instance.on('response', (_client, _status, _bytes, latency) => scenario.onResponse(latency));
  });
  return {
    requestsPerSecond: result.requests.average,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

function modeLabel(thinkMs: number | undefined): string {
  return thinkMs ? `users, ${thinkMs} ms think time` : 'closed loop';
}

function allLatencies(run: Run): number[] {
  return [...run.scenario.stats.values()].flatMap((s) => s.latencies);
}

function notOk(outcomes: Map<string, number>): number {
  let count = 0;
  for (const [outcome, n] of outcomes) if (outcome !== 'ok') count += n;
  return count;
}

function printRuns(runs: Run[]) {
  console.log(
    '\n| Database | Connections | Mode | s | req/s | p50 ms | p95 ms | p99 ms | errors (conn/timeout) | non-2xx | GraphQL errors | server CPU | bench CPU | RSS MiB | load avg |',
  );
  console.log(
    '| --- | --: | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --- |',
  );
  for (const run of runs) {
    const latencies = allLatencies(run);
    const graphqlErrors = [...run.scenario.stats.values()].reduce(
      (sum, s) => sum + notOk(s.outcomes),
      0,
    );
    const r = run.result;
    console.log(
      `| ${run.database} | ${run.connections} | ${modeLabel(run.thinkMs)} | ${run.seconds} | ${r.requestsPerSecond.toFixed(0)} | ${ms(percentile(latencies, 0.5))} | ${ms(percentile(latencies, 0.95))} | ${ms(percentile(latencies, 0.99))} | ${r.errors} (${r.timeouts}) | ${r.non2xx} | ${graphqlErrors} | ${(run.serverCpu * 100).toFixed(0)} % | ${(run.benchCpu * 100).toFixed(0)} % | ${run.rssMiB.toFixed(0)} | ${run.load} |`,
    );
  }
  for (const run of runs) {
    console.log(
      `\n${run.database}, ${run.connections} connections, ${modeLabel(run.thinkMs)}, per operation:\n`,
    );
    console.log('| Operation | requests | p50 ms | p95 ms | p99 ms | not ok |');
    console.log('| --- | --: | --: | --: | --: | --- |');
    for (const [op, s] of [...run.scenario.stats].sort(([a], [b]) => a.localeCompare(b))) {
      const bad = [...s.outcomes].filter(([o]) => o !== 'ok').map(([o, n]) => `${o}: ${n}`);
      console.log(
        `| ${op} | ${s.latencies.length} | ${ms(percentile(s.latencies, 0.5))} | ${ms(percentile(s.latencies, 0.95))} | ${ms(percentile(s.latencies, 0.99))} | ${bad.join(', ') || '0'} |`,
      );
    }
  }
}

async function onDatabase(database: string): Promise<Run[]> {
  const pgDatabase = database === 'postgres' ? await createSeededDatabase(ADMIN_URL) : undefined;
  const server = await startBenchServer({
    port: PORT,
    databaseUrl: pgDatabase?.databaseUrl,
    env: pgDatabase && WORKERS > 1 ? { AMTSWEG_WORKERS: String(WORKERS), REDIS_URL } : {},
    nodeArgs: CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROFILE_DIR}`] : [],
  });
  const runs: Run[] = [];
  try {
    const scratchPerCity = Math.ceil(Math.max(...CONNECTIONS) / 21) + 2;
    const fixture = await prepareLoad(server.url, scratchPerCity);
    if (WARMUP_SECONDS > 0) await runLoad(server, fixture, database, 10, WARMUP_SECONDS);
    for (const connections of CONNECTIONS) {
      for (const thinkMs of MODES) {
        console.error(
          `${database}: ${connections} connections, ${modeLabel(thinkMs)}, ${SECONDS} s …`,
        );
        runs.push(await runLoad(server, fixture, database, connections, SECONDS, thinkMs));
        if (server.exited()) throw new Error(`server exited: ${server.stderrTail()}`);
      }
    }
  } finally {
    await server.stop();
    await pgDatabase?.drop();
  }
  return runs;
}

console.log(
  `load: NODE_ENV=${PRODUCTION ? 'production' : 'bench'}, ${WORKERS} server process(es) on PostgreSQL, operations sent ${PERSISTED ? 'as persisted hashes' : 'as query text'}, ${SECONDS} s per run, load avg before ${machineLoad()}`,
);
const runs: Run[] = [];
for (const database of DATABASES) runs.push(...(await onDatabase(database)));
printRuns(runs);
