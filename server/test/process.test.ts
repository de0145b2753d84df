import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, startServerProcess } from './support/serverProcess.ts';
import { testDatabaseKind } from './support/testDatabase.ts';

function startServer(dataDir: string, port: number) {
  const server = startServerProcess({
    PORT: String(port),
    AMTSWEG_DATA_DIR: dataDir,
  });
  const listening = server.until(
    () => server.output().includes('Amtsweg is listening'),
    'listening',
  );
  // Awaited only by callers that expect the server to come up.
  listening.catch(() => undefined);
  return { ...server, listening };
}

// The embedded-database process: what `pnpm start` runs. Only meaningful once, not per database.
describe.runIf(testDatabaseKind === 'pglite')('the server process', () => {
  it('starts with demo data, prints the login, stops cleanly on SIGTERM and restarts', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'amtsweg-process-'));
    const port = await freePort();
    const first = startServer(dataDir, port);
    await first.listening;
    expect(first.output()).toContain('owner@esslingen.demo / amtsweg-demo');

    const login = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation { login(email: "owner@esslingen.demo", password: "amtsweg-demo") { __typename } }',
      }),
    });
    expect(await login.json()).toEqual({ data: { login: { __typename: 'MutationLoginSuccess' } } });

    const second = startServer(dataDir, await freePort());
    expect(await second.exited).not.toBe(0);
    expect(second.output()).toMatch(/already in use by another Amtsweg process/);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('shutting down');

    const restarted = startServer(dataDir, port);
    await restarted.listening;
    expect(restarted.output()).toMatch(/"seeded":false/);
    restarted.child.kill('SIGTERM');
    expect(await restarted.exited).toBe(0);
  }, 90_000);
});
