// `pnpm bench`: opening a 1,000-element model in the editor in headless Chromium, from navigation
// until the last shape is drawn. Target: < 2 s. Needs web/dist (the script builds it first).
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateBpmnModel } from '@amtsweg/server/src/bpmn/fixtures/generateBpmn.ts';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.BENCH_PORT ?? 4290);
const base = `http://127.0.0.1:${PORT}`;
const serverDir = fileURLToPath(new URL('../../server', import.meta.url));
const RUNS = 5;

async function startServer() {
  const dataDir = await mkdtemp(join(tmpdir(), 'amtsweg-bench-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: { ...process.env, PORT: String(PORT), AMTSWEG_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Amtsweg läuft')) resolve();
    });
    child.on('exit', () => reject(new Error('server exited')));
  });
  return child;
}

async function gql(query: string, variables: Record<string, unknown>, cookie = '') {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  return { body: (await res.json()) as { data: Record<string, never> }, res };
}

const server = await startServer();
try {
  const login = await gql(
    'mutation { login(email: "owner@esslingen.demo", password: "amtsweg-demo") { __typename } }',
    {},
  );
  const cookie = login.res.headers.get('set-cookie')?.split(';')[0] ?? '';
  const city = await gql('{ city(slug: "esslingen") { id } }', {}, cookie);
  const imported = await gql(
    `mutation($cityId: ID!, $xml: String!) {
      importProcessModel(cityId: $cityId, xml: $xml, title: "Benchmark 1000") {
        ... on MutationImportProcessModelSuccess { data { id } }
      }
    }`,
    {
      cityId: (city.body.data.city as unknown as { id: string }).id,
      xml: generateBpmnModel({ elements: 1000 }),
    },
    cookie,
  );
  const modelId = (imported.body.data.importProcessModel as unknown as { data: { id: string } })
    .data.id;

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const [name, value] = cookie.split('=') as [string, string];
  const samples: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const context = await browser.newContext();
    await context.addCookies([{ name, value, url: base }]);
    const page = await context.newPage();
    const start = performance.now();
    await page.goto(`${base}/prozesse/${encodeURIComponent(modelId)}`);
    // The end event is the last shape of the generated chain: when it is drawn, all are.
    await page.locator('.djs-container g.djs-element[data-element-id="End"]').waitFor({
      timeout: 30_000,
    });
    const elapsed = performance.now() - start;
    if (run > 0) samples.push(elapsed); // the first run warms the server and the HTTP cache
    await context.close();
  }
  await browser.close();
  samples.sort((a, b) => a - b);
  console.log(['step', 'runs', 'median ms', 'max ms'].join('\t'));
  console.log(
    [
      'open 1,000-element model in the editor',
      RUNS,
      samples[Math.floor(RUNS / 2)]?.toFixed(0),
      samples.at(-1)?.toFixed(0),
    ].join('\t'),
  );
} finally {
  server.kill('SIGTERM');
}
