import cluster, { type Worker } from 'node:cluster';
import type { Logger } from '../logger.ts';

/** A worker that dies sooner than this after its start counts as failing to start. */
const EARLY_EXIT_MS = 10_000;
/** This many early exits in a row mean something is broken for good (config, database): stop. */
const MAX_EARLY_EXITS = 3;

/**
 * Runs `count` instances of the server as worker processes on one port (the kernel hands each
 * new connection to one of them), so one machine's cores all serve requests. The instances share
 * nothing in memory — as behind a load balancer, they share the database and Redis — so a worker
 * that crashes is simply replaced. SIGTERM/SIGINT are passed on; each worker finishes its requests
 * and closes its connections (instance.ts), then the primary exits.
 */
export function runPrimary(count: number, log: Logger) {
  let stopping = false;
  let earlyExits = 0;
  const startedAt = new Map<number, number>();

  const fork = (): Worker => {
    const worker = cluster.fork();
    startedAt.set(worker.id, Date.now());
    return worker;
  };

  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
    startedAt.delete(worker.id);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        log.info('all workers stopped');
        process.exit(0);
      }
      return;
    }
    earlyExits = lived < EARLY_EXIT_MS ? earlyExits + 1 : 0;
    if (earlyExits >= MAX_EARLY_EXITS) {
      log.fatal({ code, signal }, 'workers keep failing right after their start: stopping');
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
      process.exitCode = 1;
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(1);
      return;
    }
    log.error({ pid: worker.process.pid, code, signal }, 'worker exited: starting a new one');
    fork();
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down the workers');
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    // Each worker bounds its own shutdown (10 s); this only guards against one that hangs.
    setTimeout(() => process.exit(1), 15_000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  log.info({ workers: count }, 'starting workers');
  for (let i = 0; i < count; i++) fork();
}
