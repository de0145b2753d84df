// `pnpm --filter @amtsweg/bench bench:fault`: the database goes away under load. A throw-away
// PostgreSQL 15 cluster (benchCluster.ts; never the shared server) is stopped with `-m immediate`
// for FAULT_DOWN_SECONDS (10) while FAULT_WORKERS (20) clients keep reading and saving, then
// started again. Checks: failures are fast 503 SERVICE_UNAVAILABLE, the process survives, /readyz
// follows the database, requests succeed again soon after, and every acknowledged save is stored.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createBenchCluster } from './benchCluster.ts';
import { callOperation, DEMO_CITIES, signIn } from './benchOperations.ts';
import { createSeededDatabase, startBenchServer } from './benchServer.ts';
import { machineLoad, ms, percentile } from './loadStats.ts';

const DOWN_SECONDS = Number(process.env.FAULT_DOWN_SECONDS ?? 10);
const BEFORE_SECONDS = Number(process.env.FAULT_BEFORE_SECONDS ?? 5);
const AFTER_SECONDS = Number(process.env.FAULT_AFTER_SECONDS ?? 10);
const WORKERS = Number(process.env.FAULT_WORKERS ?? 20);
const PORT = Number(process.env.FAULT_PORT ?? 4621);

type Phase = 'before' | 'down' | 'after';
interface Sample {
  phase: Phase;
  op: string;
  start: number;
  end: number;
  outcome: string;
}

const sleep = (msec: number) => new Promise((r) => setTimeout(r, msec));

const cluster = createBenchCluster();
let phase: Phase = 'before';
let backAt = 0;
const samples: Sample[] = [];
const readiness: { phase: Phase; at: number; status: number }[] = [];
const acknowledged = new Set<string>();

try {
  await cluster.start();
  const database = await createSeededDatabase(cluster.url());
  const server = await startBenchServer({ port: PORT, databaseUrl: database.databaseUrl });
  try {
    // One owner per city, each with a model of its own to save to (one worker per model).
    const owners = await Promise.all(
      DEMO_CITIES.map(async (city) => {
        const cookie = await signIn(server.url, `owner@${city}.demo`);
        const list = await callOperation(server.url, 'ProcessListModels', { first: 50 }, cookie);
        const me = await callOperation(server.url, 'Me', {}, cookie);
        return { cookie, list, cityId: me.data?.me?.memberships?.[0]?.city?.id as string };
      }),
    );
    const first = owners[0]?.list.data?.processModels?.edges?.[0]?.node;
    const xmlAnswer = await callOperation(
      server.url,
      'ProcessPageVersionXml',
      { id: first?.latestVersion?.id },
      owners[0]?.cookie,
    );
    const xml = xmlAnswer.data?.node?.xml as string;

    // Each worker saves to a model of its own, created before the clock starts.
    const models = await Promise.all(
      Array.from({ length: WORKERS }, async (_, index) => {
        const owner = owners[index % owners.length];
        const created = await callOperation(
          server.url,
          'ProcessImportModel',
          { cityId: owner?.cityId, xml, title: `Ausfalltest ${index + 1}`, visibility: 'PRIVATE' },
          owner?.cookie,
        );
        return created.data?.importProcessModel?.data?.id as string;
      }),
    );

    async function worker(index: number) {
      const owner = owners[index % owners.length];
      const modelId = models[index];
      if (!owner || !modelId) throw new Error('setup failed');
      let baseVersion = 1;
      for (let i = 0; phase !== 'after' || Date.now() - backAt < AFTER_SECONDS * 1000; i++) {
        const save = i % 2 === 1;
        const message = `fault-${randomUUID()}`;
        const [op, variables] = save
          ? (['ProcessPageSaveVersion', { modelId, baseVersion, xml, message }] as const)
          : (['ProcessListModels', { first: 20 }] as const);
        const started = { phase, start: performance.now() };
        let outcome: string;
        try {
          const answer = await callOperation(server.url, op, variables, owner.cookie);
          const code = answer.errors?.[0]?.extensions?.code;
          const message0 = answer.errors?.[0]?.message;
          outcome = `${answer.status} ${code ?? (message0 ? `"${message0}"` : 'ok')}`;
          const saved = answer.data?.saveProcessVersion;
          if (saved?.__typename === 'MutationSaveProcessVersionSuccess') {
            acknowledged.add(message);
            baseVersion = saved.data.number;
          } else if (saved?.__typename === 'ProcessVersionConflict') {
            // A save that failed for the client but committed: carry on from the newest version.
            baseVersion = saved.currentVersion;
          }
        } catch (error) {
          outcome = `network ${(error as Error).message}`;
        }
        samples.push({ ...started, op, end: performance.now(), outcome });
      }
    }

    async function watchReadiness() {
      while (phase !== 'after' || Date.now() - backAt < AFTER_SECONDS * 1000) {
        const status = await fetch(`${server.url}/readyz`).then(
          (r) => r.status,
          () => 0,
        );
        readiness.push({ phase, at: performance.now(), status });
        await sleep(250);
      }
    }

    const t0 = performance.now();
    const running = [...Array.from({ length: WORKERS }, (_, i) => worker(i)), watchReadiness()];
    await sleep(BEFORE_SECONDS * 1000);
    const downAt = performance.now();
    phase = 'down';
    await cluster.stop();
    await sleep(DOWN_SECONDS * 1000);
    await cluster.start();
    const upAt = performance.now();
    backAt = Date.now();
    phase = 'after';
    await Promise.all(running);

    const alive = !server.exited();
    const health = await fetch(`${server.url}/healthz`).then(
      (r) => r.status,
      () => 0,
    );
    report({ t0, downAt, upAt, alive, health });
    timeline(downAt);

    // Every acknowledged save must be stored.
    const client = new pg.Client({ connectionString: database.databaseUrl });
    await client.connect();
    const stored = new Set(
      (
        await client.query<{ message: string }>(
          `SELECT message FROM "ProcessVersion" WHERE message LIKE 'fault-%'`,
        )
      ).rows.map((r) => r.message),
    );
    await client.end();
    const missing = [...acknowledged].filter((m) => !stored.has(m));
    const extra = [...stored].filter((m) => !acknowledged.has(m)).length;
    console.log(
      `\nacknowledged saves: ${acknowledged.size}, stored: ${stored.size}, acknowledged but missing: ${missing.length}, stored without acknowledgement (failed for the client, committed): ${extra}`,
    );
    if (missing.length > 0 || !alive) process.exitCode = 1;
  } finally {
    await server.stop();
  }
} finally {
  cluster.destroy();
}

function report(times: {
  t0: number;
  downAt: number;
  upAt: number;
  alive: boolean;
  health: number;
}) {
  const { t0, downAt, upAt } = times;
  console.log(
    `fault: ${WORKERS} clients, database down ${DOWN_SECONDS} s (pg_ctl stop -m immediate), load avg ${machineLoad()}`,
  );
  console.log(
    '\n| Phase | requests | outcome (HTTP status, error code) | p50 ms | p99 ms | max ms |',
  );
  console.log('| --- | --: | --- | --: | --: | --: |');
  for (const p of ['before', 'down', 'after'] as Phase[]) {
    const inPhase = samples.filter((s) => s.phase === p);
    const byOutcome = new Map<string, number[]>();
    for (const s of inPhase)
      byOutcome.set(s.outcome, [...(byOutcome.get(s.outcome) ?? []), s.end - s.start]);
    for (const [outcome, latencies] of byOutcome) {
      console.log(
        `| ${p} | ${latencies.length} | ${outcome} | ${ms(percentile(latencies, 0.5))} | ${ms(percentile(latencies, 0.99))} | ${ms(Math.max(...latencies))} |`,
      );
    }
  }
  // Recovery: the first request started after the database accepted connections again that
  // succeeded, and the first ready probe.
  const firstOk = samples
    .filter((s) => s.start >= upAt && s.outcome === '200 ok')
    .sort((a, b) => a.end - b.end)[0];
  const firstReady = readiness.find((r) => r.at >= upAt && r.status === 200);
  const firstNotReady = readiness.find((r) => r.at >= downAt && r.status !== 200);
  const downStatuses = [
    ...new Set(readiness.filter((r) => r.phase === 'down').map((r) => r.status)),
  ];
  console.log(
    `\nserver process alive: ${times.alive}, /healthz ${times.health}; /readyz while down: ${downStatuses.join(', ')} (first non-200 ${firstNotReady ? ms(firstNotReady.at - downAt) : '–'} ms after the stop)`,
  );
  console.log(
    `after restart (pg_ctl start returned at ${ms((upAt - t0) / 1000)} s): first successful request ${firstOk ? ms(firstOk.end - upAt) : 'never'} ms later, /readyz 200 ${firstReady ? ms(firstReady.at - upAt) : 'never'} ms later`,
  );
}

/** Requests by second relative to the stop: what clients saw while it happened. */
function timeline(downAt: number) {
  console.log('\n| s after stop (by request start) | requests | outcomes | max ms |');
  console.log('| --: | --: | --- | --: |');
  const buckets = new Map<number, Sample[]>();
  for (const s of samples) {
    const second = Math.floor((s.start - downAt) / 1000);
    buckets.set(second, [...(buckets.get(second) ?? []), s]);
  }
  for (const [second, inSecond] of [...buckets].sort(([a], [b]) => a - b)) {
    const counts = new Map<string, number>();
    for (const s of inSecond) counts.set(s.outcome, (counts.get(s.outcome) ?? 0) + 1);
    const outcomes = [...counts].map(([o, n]) => `${o}: ${n}`).join(', ');
    const max = Math.max(...inSecond.map((s) => s.end - s.start));
    console.log(`| ${second} | ${inSecond.length} | ${outcomes} | ${ms(max)} |`);
  }
}
