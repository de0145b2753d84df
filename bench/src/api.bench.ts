// `pnpm bench`: latency of the requests every page load makes (sign-in, `me`, dashboard), on the
// embedded PGlite and — when reachable — a PostgreSQL server (BENCH_DATABASE_URL).
import { loadConfig } from '@amtsweg/server/src/config.ts';
import type { Database } from '@amtsweg/server/src/db/database.ts';
import { createLogger } from '@amtsweg/server/src/logger.ts';
import { seedDemoData } from '@amtsweg/server/src/seed/seed.ts';
import { createAmtswegYoga } from '@amtsweg/server/src/yoga.ts';
import { onEachDatabase } from './benchDatabases.ts';
import { measure } from './timing.ts';

const DASHBOARD = `{ me { displayName memberships { role city { name slug } } }
  partnerships(first: 50) { edges { node { name leadCity { name } members { status city { name } } } } } }`;

async function timeIt(label: string, runs: number, fn: () => unknown) {
  return { label, ...(await measure(runs, fn)) };
}

async function measureApi(kind: string, db: Database) {
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
await onEachDatabase(measureApi);
