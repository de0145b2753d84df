import { join } from 'node:path';
import { applyMigrations } from '@amtsweg/prisma/migrate';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { Database } from './database.ts';
import { openPgliteDatabase } from './pglite.ts';
import { openPostgresDatabase } from './postgres.ts';

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  const db = config.databaseUrl
    ? openPostgresDatabase(config.databaseUrl, 10, (err) =>
        log.warn({ err }, 'idle connection lost'),
      )
    : await openPgliteDatabase(join(config.dataDir, 'pglite'));
  try {
    const result = await db.withMigrationConnection((conn) => applyMigrations(conn));
    log.info({ database: db.kind, ...result }, 'database ready');
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}
