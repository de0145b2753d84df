import { randomBytes } from 'node:crypto';
import { applyMigrations } from '@amtsweg/prisma/migrate';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Database } from '../../src/db/database.ts';
import { pgliteDatabase, pgliteMigrationConnection } from '../../src/db/pglite.ts';
import { openPostgresDatabase } from '../../src/db/postgres.ts';

/** Which database this test run uses; `pnpm test` runs the suite once per kind. */
export const testDatabaseKind = process.env.AMTSWEG_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

export const adminUrl =
  process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export const TEST_DB_PREFIX = 'amtsweg_test_';

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Waits until no session is connected to `name`. pg's `pool.end()` resolves before its connections
 * have closed; a `DROP DATABASE ... WITH (FORCE)` meanwhile terminates them mid-goodbye, which pg
 * reports as an uncaught "terminating connection due to administrator command".
 */
async function waitForNoSessions(name: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (let attempt = 0; attempt < 100; attempt++) {
      const { rows } = await client.query<{ sessions: number }>(
        'SELECT count(*)::int AS sessions FROM pg_stat_activity WHERE datname = $1',
        [name],
      );
      if (rows[0]?.sessions === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await client.end();
  }
}

/** Closes `db`, then drops its database once its connections are gone. */
async function closeAndDrop(db: Database, name: string) {
  await db.close();
  await waitForNoSessions(name);
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

// Migrating once per worker and copying the result keeps "a fresh database per test" cheap.
let pgliteTemplate: Promise<PGlite> | undefined;
let postgresTemplate: Promise<string> | undefined;

function migratedPglite(): Promise<PGlite> {
  pgliteTemplate ??= (async () => {
    const template = await PGlite.create();
    await applyMigrations(pgliteMigrationConnection(template));
    return template;
  })();
  return pgliteTemplate;
}

function migratedPostgresTemplate(): Promise<string> {
  postgresTemplate ??= (async () => {
    const name = `${TEST_DB_PREFIX}tpl_${process.pid}_${randomBytes(3).toString('hex')}`;
    await adminQuery(`CREATE DATABASE "${name}"`);
    const db = openPostgresDatabase(databaseUrl(name), 1);
    try {
      await db.withMigrationConnection((conn) => applyMigrations(conn));
    } finally {
      await db.close();
    }
    return name;
  })();
  return postgresTemplate;
}

/** An empty, migrated database of the kind under test; `close()` discards it. */
export async function createTestDatabase(): Promise<Database> {
  if (testDatabaseKind === 'pglite') {
    const clone = (await (await migratedPglite()).clone()) as PGlite;
    return pgliteDatabase(clone);
  }
  const template = await migratedPostgresTemplate();
  const name = `${TEST_DB_PREFIX}${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const db = openPostgresDatabase(databaseUrl(name), 5);
  return { ...db, close: () => closeAndDrop(db, name) };
}

/** A database with no migrations applied, for testing the migration runner itself. */
export async function createEmptyDatabase(): Promise<{ url?: string; db: Database }> {
  if (testDatabaseKind === 'pglite') return { db: pgliteDatabase(await PGlite.create()) };
  const name = `${TEST_DB_PREFIX}${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const db = openPostgresDatabase(databaseUrl(name), 5);
  return {
    url: databaseUrl(name),
    db: { ...db, close: () => closeAndDrop(db, name) },
  };
}
