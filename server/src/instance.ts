import { nodeLexicon } from '@amtsweg/shared/matching/node';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/open.ts';
import { createProjectEventBus } from './events/createProjectEventBus.ts';
import { startDeadlineReminders } from './funding/deadlineReminders.ts';
import { startHousekeeping } from './housekeeping.ts';
import { createHttpServer } from './http/server.ts';
import { createLogger } from './logger.ts';
import { createMailer, mailDirectory } from './mail/mailer.ts';
import { mailProjectEvents } from './mail/projectMails.ts';
import { DEMO_PASSWORD } from './seed/demoData.ts';
import { isEmpty, seedDemoData } from './seed/seed.ts';
import { createAmtswegYoga } from './yoga.ts';

// One Amtsweg instance: the database, the background jobs and the HTTP server. `main.ts` runs it
// directly, or in each worker process when AMTSWEG_WORKERS > 1.
const config = loadConfig();
const log = createLogger(config.logLevel);

const db = await openDatabase(config, log).catch((error: unknown) => {
  // Start-up failures a person can fix (locked directory, failed migration): say so and stop.
  log.fatal({ err: error }, error instanceof Error ? error.message : 'cannot open the database');
  process.exit(1);
});
// The embedded database is the try-it-out mode: give it demo data on its first start.
const seeded = !config.databaseUrl && !config.production && (await isEmpty(db.prisma));
if (seeded) await seedDemoData(db.prisma);

// Expired sessions and audit entries past AUDIT_RETENTION_DAYS: at start and hourly.
const stopHousekeeping = startHousekeeping(db.prisma, config, log);

// Deadline reminders (14, 7, 1 days ahead) at start and hourly; each is sent once even when
// several instances run this (see deadlineReminders.ts).
const stopReminders = startDeadlineReminders(db.prisma, (error) =>
  log.warn({ err: error }, 'deadline reminders failed'),
);

// Loading WordNet for the matching engine takes most of a second; pay it before listening rather
// than in the first comparison or save request.
nodeLexicon();

// Live project events (through Redis with REDIS_URL). Mails go out from the instance where the
// change happened, never from the ones that receive the event: exactly once per event.
const mailer = createMailer(config, log);
const projectEvents = createProjectEventBus(config, log, {
  onPublish: mailProjectEvents({ prisma: db.prisma, mailer, config, log }),
});

const yoga = createAmtswegYoga({ prisma: db.prisma, config, log, projectEvents });
const server = createHttpServer({ yoga, db, config, log });

server.listen(config.port, config.host, () => {
  const url = `http://localhost:${config.port}`;
  const events = config.redisUrl ? 'redis' : 'in-memory';
  const mail = config.smtpUrl ? 'smtp' : `files in ${mailDirectory(config.dataDir)}`;
  log.info({ url, database: db.kind, seeded, events, mail }, 'Amtsweg is listening');
  // A human-readable line for whoever ran `pnpm start`, next to the JSON log.
  process.stdout.write(
    `\nAmtsweg läuft auf ${url}\nDemo-Anmeldung: owner@esslingen.demo / ${DEMO_PASSWORD} (weitere im README)\n\n`,
  );
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  const timer = setTimeout(() => {
    log.error('graceful shutdown timed out');
    process.exit(1);
  }, 10_000);
  timer.unref();
  stopHousekeeping();
  stopReminders();
  // Running requests finish before the database closes under them; live-update streams never
  // finish on their own, so whatever is still open after a few seconds is cut (browsers reconnect).
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
  server.closeAllConnections();
  try {
    // Mails of changes already made still go out; then Redis, then the database.
    await projectEvents.close().catch((error: unknown) => {
      log.warn({ err: error }, 'error while closing project events');
    });
    mailer.close();
    await db.close();
    process.exit(0);
  } catch (error) {
    log.error({ err: error }, 'error while closing the database');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
