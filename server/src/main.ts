import cluster from 'node:cluster';
import { loadConfig } from './config.ts';
import { createLogger } from './logger.ts';

// `pnpm start`: one instance in this process, or with AMTSWEG_WORKERS > 1 a primary process that
// runs that many instances as workers sharing the port (one per core; see cluster/primary.ts).
const config = loadConfig();
if (config.workers > 1 && cluster.isPrimary) {
  const { runPrimary } = await import('./cluster/primary.ts');
  runPrimary(config.workers, createLogger(config.logLevel));
} else {
  await import('./instance.ts');
}
