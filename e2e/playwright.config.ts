import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4100);
const baseURL = `http://127.0.0.1:${port}`;
// A second server in production mode (persisted operations only, no introspection), seeded
// beforehand because production never seeds demo data on its own.
const productionPort = port + 1;
const productionURL = `http://127.0.0.1:${productionPort}`;

// A fresh embedded database per run: the server seeds the demo data on its first start there.
// Set once in the main process; the test workers inherit it instead of making their own.
process.env.AMTSWEG_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'amtsweg-e2e-'));
process.env.AMTSWEG_E2E_PRODUCTION_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'amtsweg-e2e-prod-'));

export default defineConfig({
  testDir: './tests',
  globalSetup: './support/globalSetup.ts',
  // One shared database: run the specs one after another so they never race on the same rows.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  // No retries: the specs share one database, so a rerun would meet its own earlier changes.
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_500 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    locale: 'de-DE',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: /production\.spec\.ts/ },
    { name: 'production', testMatch: /production\.spec\.ts/, use: { baseURL: productionURL } },
  ],
  webServer: [
    {
      command: 'pnpm --filter @amtsweg/server start',
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      url: `${baseURL}/readyz`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        PORT: String(port),
        AMTSWEG_DATA_DIR: process.env.AMTSWEG_E2E_DATA_DIR,
        LOG_LEVEL: 'warn',
      },
    },
    {
      command:
        'pnpm --filter @amtsweg/server seed && NODE_ENV=production pnpm --filter @amtsweg/server start',
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      url: `${productionURL}/readyz`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        PORT: String(productionPort),
        AMTSWEG_DATA_DIR: process.env.AMTSWEG_E2E_PRODUCTION_DATA_DIR,
        LOG_LEVEL: 'warn',
      },
    },
  ],
});
