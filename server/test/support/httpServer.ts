import { mkdtemp, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../../src/config.ts';
import { createHttpServer } from '../../src/http/server.ts';
import { createLogger } from '../../src/logger.ts';
import type { TestApp } from './testApp.ts';

/** The real HTTP server around a test app, with a one-page SPA, on a free local port. */
export async function startHttpServer(app: TestApp, config: Partial<Config> = {}) {
  const webDist = await mkdtemp(join(tmpdir(), 'amtsweg-web-'));
  await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Amtsweg</title>');
  const server = createHttpServer({
    yoga: app.yoga,
    db: app.db,
    config: { ...app.config, webDist, ...config },
    log: createLogger('silent'),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
