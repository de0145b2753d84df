import { mkdir } from 'node:fs/promises';
import type { MigrationConnection } from '@amtsweg/prisma/migrate';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import lockfile from 'proper-lockfile';
import { PrismaClient } from '../generated/prisma/client.ts';
import type { Database } from './database.ts';

export class DataDirLockedError extends Error {
  constructor(dir: string) {
    super(
      `The embedded database in ${dir} is already in use by another Amtsweg process. Stop it, or set AMTSWEG_DATA_DIR to another directory (or DATABASE_URL for a PostgreSQL server).`,
    );
    this.name = 'DataDirLockedError';
  }
}

export function pgliteMigrationConnection(pg: PGlite): MigrationConnection {
  return {
    // PGlite's exec sends the script as one simple query: one implicit transaction.
    exec: async (sql) => {
      await pg.exec(sql);
    },
    query: async <Row>(sql: string, params?: unknown[]) =>
      (await pg.query<Row>(sql, params as unknown[])).rows,
  };
}

/** Wraps an already open PGlite instance (tests use in-memory clones). */
export function pgliteDatabase(pg: PGlite, onClose?: () => Promise<void>): Database {
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pg) });
  return {
    kind: 'pglite',
    prisma,
    withMigrationConnection: (fn) => fn(pgliteMigrationConnection(pg)),
    ping: async () => {
      await pg.query('SELECT 1');
    },
    close: async () => {
      await prisma.$disconnect();
      await pg.close();
      await onClose?.();
    },
  };
}

/**
 * Opens the embedded database in `dir`, creating it on first use. PGlite neither creates parent
 * directories nor guards against a second process opening the same files (which corrupts them),
 * so we do both.
 */
export async function openPgliteDatabase(dir: string): Promise<Database> {
  await mkdir(dir, { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dir, { stale: 15_000, update: 5_000, realpath: false });
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') throw new DataDirLockedError(dir);
    throw error;
  }
  try {
    const pg = await PGlite.create(dir);
    return pgliteDatabase(pg, release);
  } catch (error) {
    await release();
    throw error;
  }
}
