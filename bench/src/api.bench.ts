// `pnpm bench`: latency of the requests every page load makes (sign-in, `me`, dashboard), on the
// embedded PGlite and — when reachable — a PostgreSQL server (BENCH_DATABASE_URL).
import { randomBytes } from 'node:crypto';
import { applyMigrations } from '@amtsweg/prisma/migrate';
import { loadConfig } from '@amtsweg/server/src/config.ts';
import type { Database } from '@amtsweg/server/src/db/database.ts';
import { pgliteDatabase } from '@amtsweg/server/src/db/pglite.ts';
import { openPostgresDatabase } from '@amtsweg/server/src/db/postgres.ts';
import { createLogger } from '@amtsweg/server/src/logger.ts';
import { seedDemoData } from '@amtsweg/server/src/seed/seed.ts';
import { createAmtswegYoga } from '@amtsweg/server/src/yoga.ts';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DASHBOARD = `{ me { displayName memberships { role city { name slug } } }
  partnerships(first: 50) { edges { node { name leadCity { name } members { status city { name } } } } } }`;

async function timeIt(label: string, runs: number, fn: () => unknown) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const pick = (q: number) =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { label, runs, p50: pick(0.5).toFixed(1), p95: pick(0.95).toFixed(1) };
}

async function measure(kind: string, db: Database) {
  await db.withMigrationConnection((c) => applyMigrations(c));
  await seedDemoData(db.prisma, { NODE_ENV: 'bench' });
  const config = loadConfig({ NODE_ENV: 'bench' });
  const yoga = createAmtswegYoga({ prisma: db.prisma, config, log: createLogger('silent') });
  const post = (query: string, cookie?: string) =>
    yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query }),
    });
  const login =
    'mutation { login(email: "owner@esslingen.demo", password: "amtsweg-demo") { __typename } }';
  const cookie = (await post(login)).headers.get('set-cookie')?.split(';')[0] ?? '';
  const rows = [
    await timeIt('login (argon2id verify)', 30, () => post(login)),
    await timeIt('me', 300, () => post('{ me { id displayName } }', cookie)),
    await timeIt('dashboard query', 300, () => post(DASHBOARD, cookie)),
  ];
  for (const row of rows) console.log([kind, row.label, row.runs, row.p50, row.p95].join('\t'));
}

console.log(['database', 'request', 'runs', 'p50 ms', 'p95 ms'].join('\t'));
const lite = pgliteDatabase(await PGlite.create());
await measure('pglite', lite);
await lite.close();

const name = `amtsweg_bench_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: adminUrl });
try {
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const server = openPostgresDatabase(url.toString());
  await measure('postgres', server);
  await server.close();
  await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
} catch (error) {
  console.log(`postgres\tskipped: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await admin.end().catch(() => undefined);
}
