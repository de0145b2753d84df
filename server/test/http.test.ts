import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHttpServer } from './support/httpServer.ts';
import { createTestApp, type TestApp } from './support/testApp.ts';

describe('one origin: API, probes and the SPA', () => {
  let app: TestApp;
  let base: string;
  let server: Awaited<ReturnType<typeof startHttpServer>>;

  beforeEach(async () => {
    app = await createTestApp();
    server = await startHttpServer(app);
    base = server.base;
  });
  afterEach(async () => {
    await server.close();
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
