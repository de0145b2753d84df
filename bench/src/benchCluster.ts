// A throw-away PostgreSQL 15 cluster in a temp directory on its own port, for the fault bench:
// stopping it hurts nobody (the shared server at 5432 is never touched).
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

// initdb and postgres refuse to run as root; run them as the `postgres` system user then.
function pgCommand(tool: string, args: string[]) {
  const command = join(BIN, tool);
  return process.getuid?.() === 0
    ? { file: 'runuser', args: ['-u', 'postgres', '--', command, ...args] }
    : { file: command, args };
}

function run(tool: string, args: string[]) {
  const { file, args: all } = pgCommand(tool, args);
  execFileSync(file, all, { stdio: ['ignore', 'ignore', 'inherit'] });
}

// Asynchronous, so the bench keeps timing its requests while pg_ctl waits.
const execFileAsync = promisify(execFile);
async function runAsync(tool: string, args: string[]) {
  const { file, args: all } = pgCommand(tool, args);
  await execFileAsync(file, all);
}

export interface BenchCluster {
  url: (database?: string) => string;
  start(): Promise<void>;
  /** Immediate shutdown: like a crash, without a checkpoint; clients see their sockets die. */
  stop(): Promise<void>;
  destroy(): void;
}

export function createBenchCluster(
  port = Number(process.env.FAULT_PG_PORT ?? 55432),
): BenchCluster {
  const dir = mkdtempSync(join(tmpdir(), 'amtsweg-fault-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const logFile = join(dir, 'log');
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir]);
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=100`;
  let running = false;
  const cluster: BenchCluster = {
    url: (database = 'postgres') => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    async start() {
      await runAsync('pg_ctl', ['-D', data, '-l', logFile, '-o', options, '-w', 'start']);
      running = true;
    },
    async stop() {
      await runAsync('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      running = false;
    },
    destroy() {
      try {
        if (running) run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  return cluster;
}
