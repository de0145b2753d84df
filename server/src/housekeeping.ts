import { deleteOldAuditEntries } from './audit/auditRetention.ts';
import { deleteExpiredSessions } from './auth/session.ts';
import type { Config } from './config.ts';
import type { PrismaClient } from './generated/prisma/client.ts';
import type { Logger } from './logger.ts';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Removes expired sessions (they no longer sign anyone in) and audit entries past their retention,
 * at start and then hourly; every instance may run it, deleting twice deletes nothing. Failures
 * are logged, never thrown. Hands back a function that stops it.
 */
export function startHousekeeping(
  prisma: PrismaClient,
  config: Pick<Config, 'auditRetentionDays'>,
  log: Logger,
): () => void {
  const run = () => {
    deleteExpiredSessions(prisma).then(
      (count) => count > 0 && log.info({ count }, 'expired sessions removed'),
      (error: unknown) => log.warn({ err: error }, 'session cleanup failed'),
    );
    deleteOldAuditEntries(prisma, config.auditRetentionDays).then(
      (count) => count > 0 && log.info({ count }, 'audit entries past their retention removed'),
      (error: unknown) => log.warn({ err: error }, 'audit log cleanup failed'),
    );
  };
  run();
  const timer = setInterval(run, HOUR_MS);
  timer.unref();
  return () => clearInterval(timer);
}
