// `pnpm --filter @amtsweg/bench bench:load`: autocannon against the real server process with the
// demo data, on PostgreSQL and on PGlite, at 50 and 200 connections (see loadScenario.ts for what
// the users do). Env: LOAD_SECONDS (60), LOAD_WARMUP_SECONDS (5), LOAD_CONNECTIONS ("50,200"),
// LOAD_DATABASES ("postgres,pglite"), BENCH_DATABASE_URL (the PostgreSQL server), LOAD_PORT,
// LOAD_WORKERS (server processes on PostgreSQL, AMTSWEG_WORKERS; "1"; more use BENCH_REDIS_URL),
// LOAD_PACES ("closed,1,2"): "closed" sends each connection's next request as soon as the answer
// is in (what the server can do at most); a number lets each connection (a user) send that many
// requests per second, with the rest of the second as think time (latency at a given load).
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

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const WARMUP_SECONDS = Number(process.env.LOAD_WARMUP_SECONDS ?? 5);
const CONNECTIONS = (process.env.LOAD_CONNECTIONS ?? '50,200').split(',').map(Number);
const DATABASES = (process.env.LOAD_DATABASES ?? 'postgres,pglite').split(',');
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const PORT = Number(process.env.LOAD_PORT ?? 4611);
const WORKERS = Number(process.env.LOAD_WORKERS ?? 1);
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PACES = (process.env.LOAD_PACES ?? 'closed,1,2')
  .split(',')
  .map((pace) => (pace === 'closed' ? undefined : Number(pace)));
/** A directory: the server writes a V8 CPU profile there (summarise with loadProfile.ts). */
const CPU_PROFILE_DIR = process.env.LOAD_CPU_PROFILE;

interface Run {
  database: string;
  connections: number;
  /** Requests per second per connection; undefined: closed loop. */
  pace: number | undefined;
  seconds: number;
  result: autocannon.Result;
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
  pace?: number,
): Promise<Run> {
  const scenario = loadScenario(fixture);
  const cpuBefore = cpuSeconds(server.pid);
  const benchBefore = process.cpuUsage();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: server.url,
        connections,
        ...(pace ? { connectionRate: pace } : {}),
        duration: seconds,
        requests: scenario.requests,
        initialContext: scenario.initialContext,
      },
      (error, r) => (error ? reject(error) : resolve(r)),
    );
    instance.on('response', (_client, _status, _bytes, latency) => scenario.onResponse(latency));
  });
  const bench = process.cpuUsage(benchBefore);
  return {
    database,
    connections,
    pace,
    seconds,
    result,
    scenario,
    serverCpu: (cpuSeconds(server.pid) - cpuBefore) / seconds,
    benchCpu: (bench.user + bench.system) / 1e6 / seconds,
    load: machineLoad(),
    rssMiB: server.rssKiB() / 1024,
  };
}

function paceLabel(pace: number | undefined): string {
  return pace ? `${pace}/s each` : 'closed loop';
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
    '\n| Database | Connections | Pace | s | req/s | p50 ms | p95 ms | p99 ms | errors (conn/timeout) | non-2xx | GraphQL errors | server CPU | bench CPU | RSS MiB | load avg |',
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
      `| ${run.database} | ${run.connections} | ${paceLabel(run.pace)} | ${run.seconds} | ${r.requests.average.toFixed(0)} | ${ms(percentile(latencies, 0.5))} | ${ms(percentile(latencies, 0.95))} | ${ms(percentile(latencies, 0.99))} | ${r.errors} (${r.timeouts}) | ${r.non2xx} | ${graphqlErrors} | ${(run.serverCpu * 100).toFixed(0)} % | ${(run.benchCpu * 100).toFixed(0)} % | ${run.rssMiB.toFixed(0)} | ${run.load} |`,
    );
  }
  for (const run of runs) {
    console.log(
      `\n${run.database}, ${run.connections} connections, ${paceLabel(run.pace)}, per operation:\n`,
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
      for (const pace of PACES) {
        console.error(
          `${database}: ${connections} connections, ${paceLabel(pace)}, ${SECONDS} s …`,
        );
        runs.push(await runLoad(server, fixture, database, connections, SECONDS, pace));
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
