import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testDatabaseKind } from './support/testDatabase.ts';

const serverDir = fileURLToPath(new URL('..', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function startServer(dataDir: string, port: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      AMTSWEG_DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('Amtsweg is listening')) {
        clearInterval(timer);
        resolve();
      }
    }, 100);
    void exited.then(() => {
      clearInterval(timer);
      reject(new Error(`server exited early:\n${output}`));
    });
  });
  // Awaited only by callers that expect the server to come up.
  listening.catch(() => undefined);
  return { child, exited, listening, output: () => output };
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
