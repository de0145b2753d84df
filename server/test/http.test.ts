import { mkdtemp, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpServer } from '../src/http/server.ts';
import { createLogger } from '../src/logger.ts';
import { createTestApp, type TestApp } from './support/testApp.ts';

describe('one origin: API, probes and the SPA', () => {
  let app: TestApp;
  let base: string;
  let server: ReturnType<typeof createHttpServer>;

  beforeEach(async () => {
    app = await createTestApp();
    const webDist = await mkdtemp(join(tmpdir(), 'amtsweg-web-'));
    await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Amtsweg</title>');
    server = createHttpServer({
      yoga: app.yoga,
      db: app.db,
      config: { ...app.config, webDist },
      log: createLogger('silent'),
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    await app.close().catch(() => undefined);
  });

  it('answers the liveness and readiness probes', async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect((await ready.json()).status).toBe('ready');
  });

  it('reports not ready once the database is gone', async () => {
    await app.db.close();
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('serves the SPA for deep links and the API on /graphql', async () => {
    const page = await fetch(`${base}/kommunen/alpha/mitglieder`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Amtsweg</title>');
    const api = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(await api.json()).toEqual({ data: { me: null } });
  });
});
