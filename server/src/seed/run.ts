// `pnpm seed`: adds the demo data to the configured database (embedded or DATABASE_URL).
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/open.ts';
import { createLogger } from '../logger.ts';
import { seedDemoData } from './seed.ts';

const config = loadConfig();
const log = createLogger(config.logLevel);
const db = await openDatabase(config, log);
try {
  await seedDemoData(db.prisma);
  log.info('demo data present');
} finally {
  await db.close();
}
