// Starts the real server process (server/src/main.ts, as `pnpm start` runs it) on its own port and
// temp data directory, with the demo data already in place, for the load, fault and fuzz benches.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyMigrations } from '@amtsweg/prisma/migrate';
import type { Database } from '@amtsweg/server/src/db/database.ts';
import { openPgliteDatabase } from '@amtsweg/server/src/db/pglite.ts';
import { openPostgresDatabase } from '@amtsweg/server/src/db/postgres.ts';
import { seedDemoData } from '@amtsweg/server/src/seed/seed.ts';
import pg from 'pg';
import { PERSISTED } from './benchOperations.ts';
import { childPids } from './loadStats.ts';

const serverDir = fileURLToPath(new URL('../../server/', import.meta.url));

/**
 * The server runs as deployed (`NODE_ENV=production`: persisted operations only) once the SPA's
 * build has written the manifest; `BENCH_NODE_ENV` overrides it.
 */
export const PRODUCTION =
  (process.env.BENCH_NODE_ENV ?? (PERSISTED ? 'production' : 'bench')) === 'production';

export interface BenchServer {
  url: string;
  logFile: string;
  pid: number;
  child: ChildProcess;
  /** Whether the process has exited (it must not, under load, faults or fuzzing). */
  exited: () => { code: number | null; signal: string | null } | undefined;
  /** Resident set size of the server process in KiB, from /proc. */
  rssKiB: () => number;
  stderrTail: () => string;
  stop: () => Promise<void>;
}

/** Migrates and seeds the demo data in-process (demo data is never made in production mode). */
async function seed(db: Database) {
  try {
    await db.withMigrationConnection((c) => applyMigrations(c));
    await seedDemoData(db.prisma, { NODE_ENV: 'bench' });
  } finally {
    await db.close();
  }
}

/** A fresh database on a PostgreSQL server, migrated and seeded; `drop` removes it. */
export async function createSeededDatabase(adminUrl: string) {
  const name = `amtsweg_load_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  await seed(openPostgresDatabase(databaseUrl));
  return {
    databaseUrl,
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client
        .query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
        .finally(() => client.end());
    },
  };
}

/** Resident set size of a process and its child processes (the workers), in KiB. */
function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const own = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return own + childPids(pid).reduce((sum, child) => sum + rssOf(child), 0);
  } catch {
    return 0;
  }
}

async function waitUntilReady(url: string, server: BenchServer, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exited()) throw new Error(`server exited during start:\n${server.stderrTail()}`);
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server not ready after ${timeoutMs} ms:\n${server.stderrTail()}`);
}

/**
 * Spawns `node --import tsx src/main.ts` in server/ (so `pid` is the server itself, not a
 * wrapper). Without `databaseUrl` it uses PGlite in a fresh data directory, seeded beforehand.
 */
export async function startBenchServer(options: {
  port: number;
  databaseUrl?: string;
  env?: Record<string, string>;
  /** Extra node flags, e.g. --cpu-prof to see where the server spends its time. */
  nodeArgs?: string[];
}): Promise<BenchServer> {
  // A leftover server on the port would answer our readiness probe in place of the new one.
  const taken = await fetch(`http://127.0.0.1:${options.port}/healthz`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${options.port} is in use: stop that process or pick another`);
  const dataDir = mkdtempSync(join(tmpdir(), 'amtsweg-bench-'));
  if (!options.databaseUrl) await seed(await openPgliteDatabase(join(dataDir, 'pglite')));
  // The JSON log (warnings and errors only) stays after the run, for a look at what went wrong.
  const logFile = join(tmpdir(), `amtsweg-bench-server-${options.port}.log`);
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), '--import', 'tsx', 'src/main.ts'],
    {
      cwd: serverDir,
      stdio: ['ignore', openSync(logFile, 'w'), 'pipe'],
      env: {
        ...process.env,
        PORT: String(options.port),
        HOST: '127.0.0.1',
        AMTSWEG_DATA_DIR: dataDir,
        DATABASE_URL: options.databaseUrl ?? '',
        LOG_LEVEL: 'warn',
        RATE_LIMIT_MUTATIONS_PER_MINUTE: '1000000',
        NODE_ENV: PRODUCTION ? 'production' : 'bench',
        ...options.env,
      },
    },
  );
  let stderr = '';
  // A crash (uncaught exception, out of memory) ends up on stderr.
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  // Should the bench itself die, the server must not live on (it would hold the port).
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  let exit: { code: number | null; signal: string | null } | undefined;
  const exited = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      resolve();
    }),
  );
  const url = `http://127.0.0.1:${options.port}`;
  const server: BenchServer = {
    url,
    logFile,
    pid: child.pid ?? 0,
    child,
    exited: () => exit,
    rssKiB: () => rssOf(child.pid ?? 0),
    stderrTail: () => stderr,
    stop: async () => {
      process.off('exit', killOnExit);
      if (!exit) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
        if (!exit) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  try {
    await waitUntilReady(url, server);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}
