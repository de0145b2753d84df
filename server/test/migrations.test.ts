import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations, defaultMigrationsDir, readMigrations } from '@amtsweg/prisma/migrate';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.ts';
import { createEmptyDatabase, testDatabaseKind } from './support/testDatabase.ts';

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
}

async function rows(db: Database) {
  return db.withMigrationConnection((c) =>
    c.query<MigrationRow>(
      'SELECT migration_name, checksum, finished_at, logs, applied_steps_count FROM "_prisma_migrations" ORDER BY started_at',
    ),
  );
}

async function tableExists(db: Database, table: string) {
  const [row] = await db.withMigrationConnection((c) =>
    c.query<{ exists: boolean }>('SELECT to_regclass($1) IS NOT NULL AS exists', [`"${table}"`]),
  );
  return row?.exists;
}

/** A copy of the real migrations plus one extra, so a test can add a broken step. */
async function migrationsWith(extraName: string, sql: string) {
  const dir = await mkdtemp(join(tmpdir(), 'amtsweg-migrations-'));
  await cp(defaultMigrationsDir, dir, { recursive: true });
  await mkdir(join(dir, extraName));
  await writeFile(join(dir, extraName, 'migration.sql'), sql);
  return dir;
}

describe('migrations at start', () => {
  let db: Database | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('applies every migration once and records it as Prisma does', async () => {
    db = (await createEmptyDatabase()).db;
    const first = await db.withMigrationConnection((c) => applyMigrations(c));
    const files = await readMigrations();
    expect(first.applied).toEqual(files.map((f) => f.name));
    const second = await db.withMigrationConnection((c) => applyMigrations(c));
    expect(second).toEqual({ applied: [], alreadyApplied: files.length });

    const recorded = await rows(db);
    expect(recorded.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, row] of recorded.entries()) {
      expect(row.checksum).toBe(files[i]?.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    expect(await tableExists(db, 'City')).toBe(true);
  });

  it('leaves nothing of a failing migration behind and refuses to go on until resolved', async () => {
    db = (await createEmptyDatabase()).db;
    const dir = await migrationsWith(
      '99990101000000_broken',
      'CREATE TABLE "Half" (id int);\nINSERT INTO "Nope" VALUES (1);\n',
    );
    await expect(db.withMigrationConnection((c) => applyMigrations(c, dir))).rejects.toThrow(
      /99990101000000_broken failed/,
    );
    expect(await tableExists(db, 'Half')).toBe(false);
    expect(await tableExists(db, 'City')).toBe(true);
    const broken = (await rows(db)).find((r) => r.migration_name === '99990101000000_broken');
    expect(broken?.finished_at).toBeNull();
    expect(broken?.logs).toMatch(/Nope/);

    await expect(db.withMigrationConnection((c) => applyMigrations(c, dir))).rejects.toThrow(
      /failed earlier/,
    );
  });

  it.runIf(testDatabaseKind === 'postgres')(
    'migrates exactly once when several instances start at the same time',
    async () => {
      const empty = await createEmptyDatabase();
      db = empty.db;
      const target = db;
      const results = await Promise.all(
        [1, 2, 3].map(() => target.withMigrationConnection((c) => applyMigrations(c))),
      );
      const files = await readMigrations();
      expect(results.flatMap((r) => r.applied)).toEqual(files.map((f) => f.name));
      expect(await rows(target)).toHaveLength(files.length);
    },
  );
});
