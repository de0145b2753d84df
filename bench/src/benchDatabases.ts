import { randomBytes } from 'node:crypto';
import { applyMigrations } from '@amtsweg/prisma/migrate';
import type { Database } from '@amtsweg/server/src/db/database.ts';
import { pgliteDatabase } from '@amtsweg/server/src/db/pglite.ts';
import { openPostgresDatabase } from '@amtsweg/server/src/db/postgres.ts';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/**
 * Runs `fn` on a fresh, migrated in-memory PGlite and then on a throw-away database on the
 * PostgreSQL server (skipped with a note when the server is not reachable).
 */
export async function onEachDatabase(fn: (kind: string, db: Database) => Promise<void>) {
  const lite = pgliteDatabase(await PGlite.create());
  await lite.withMigrationConnection((c) => applyMigrations(c));
  await fn('pglite', lite);
  await lite.close();

  const name = `amtsweg_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const server = openPostgresDatabase(url.toString());
    await server.withMigrationConnection((c) => applyMigrations(c));
    await fn('postgres', server);
    await server.close();
    await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
  } catch (error) {
    console.log(`postgres\tskipped: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await admin.end().catch(() => undefined);
  }
}
