import { mkdtemp } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/password.ts';
import { TEST_REDIS_URL } from './support/projectEventStreams.ts';
import { freePort, startServerProcess } from './support/serverProcess.ts';
import { createEmptyDatabase, testDatabaseKind } from './support/testDatabase.ts';

// AMTSWEG_WORKERS: one machine's cores serve requests through several server processes on one
// port. Real processes on a real PostgreSQL and Redis; the embedded database cannot be shared.

/** One request on a connection of its own, so the kernel may hand it to any worker. */
function post(port: number, body: unknown, cookie?: string) {
  return new Promise<{ status: number; body: string; setCookie?: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: text,
            setCookie: res.headers['set-cookie']?.[0]?.split(';')[0],
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe.runIf(testDatabaseKind === 'postgres')(
  'several server processes (AMTSWEG_WORKERS)',
  () => {
    const cleanup: (() => Promise<unknown>)[] = [];
    afterEach(async () => {
      for (const step of cleanup.splice(0).reverse()) await step();
    });

    it('serve one port, share sign-ins, replace a crashed worker and stop together', async () => {
      const { url, db } = await createEmptyDatabase();
      cleanup.push(() => db.close());
      const port = await freePort();
      const server = startServerProcess({
        AMTSWEG_WORKERS: '2',
        DATABASE_URL: url ?? '',
        REDIS_URL: TEST_REDIS_URL,
        PORT: String(port),
        HOST: '127.0.0.1',
        AMTSWEG_DATA_DIR: await mkdtemp(join(tmpdir(), 'amtsweg-cluster-')),
      });
      cleanup.push(async () => {
        if (server.child.exitCode === null) server.child.kill('SIGKILL');
      });
      // Both workers migrate the empty database at once (one waits for the other's lock).
      await server.until(() => server.listeningPids().length === 2, 'two workers');
      const workers = server.listeningPids();
      expect(new Set(workers).size).toBe(2);
      expect(workers).not.toContain(server.child.pid);

      const city = await db.prisma.city.create({
        data: {
          name: 'Esslingen',
          slug: 'esslingen',
          ags: '08116019',
          federalState: 'BADEN_WUERTTEMBERG',
          population: 90_000,
        },
      });
      await db.prisma.user.create({
        data: {
          email: 'anna@esslingen.example',
          displayName: 'Anna',
          passwordHash: await hashPassword('correct horse battery'),
          memberships: { create: { cityId: city.id, role: 'PROCESS_OWNER' } },
        },
      });
      const login = await post(port, {
        query:
          'mutation { login(email: "anna@esslingen.example", password: "correct horse battery") { __typename } }',
      });
      expect(login.body).toContain('MutationLoginSuccess');
      const me = { query: '{ me { displayName memberships { city { name } } } }' };
      const meAnswer = JSON.stringify({
        data: { me: { displayName: 'Anna', memberships: [{ city: { name: 'Esslingen' } }] } },
      });
      // Twenty connections: whichever process takes one, the session is valid there.
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => post(port, me, login.setCookie)),
      );
      for (const answer of answers) expect(answer.body).toBe(meAnswer);

      // A worker that dies is replaced; the port keeps answering meanwhile.
      process.kill(workers[0] as number, 'SIGKILL');
      await server.until(() => server.listeningPids().length === 3, 'a replacement worker');
      expect(server.output()).toContain('worker exited: starting a new one');
      expect((await post(port, me, login.setCookie)).body).toBe(meAnswer);

      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      for (const pid of server.listeningPids()) expect(isRunning(pid)).toBe(false);
    }, 120_000);

    it('refuses to start several processes without Redis', async () => {
      const server = startServerProcess({
        AMTSWEG_WORKERS: '2',
        DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/postgres',
        REDIS_URL: '',
        PORT: String(await freePort()),
      });
      expect(await server.exited).not.toBe(0);
      expect(server.output()).toContain(
        'AMTSWEG_WORKERS > 1 needs DATABASE_URL (PostgreSQL) and REDIS_URL',
      );
    }, 60_000);
  },
);
