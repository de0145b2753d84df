import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The two things the runner needs from a database connection. Both the PGlite instance and a
 * single `pg` client satisfy it, so the same code migrates the embedded and the server database.
 */
export interface MigrationConnection {
  /** Runs a script through the simple-query protocol: several statements, one implicit transaction. */
  exec(sql: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migrationName?: string,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

export const defaultMigrationsDir = fileURLToPath(new URL('../migrations', import.meta.url));

// Any constant works as long as every instance uses the same one; Prisma's engine uses its own key,
// so a concurrent `prisma migrate deploy` is not excluded by it — do not mix both at the same time.
const ADVISORY_LOCK_KEY = 72707369;

// Exactly the table Prisma's schema engine creates, so `prisma migrate status/deploy` run elsewhere
// read our rows as its own.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export async function readMigrations(dir = defaultMigrationsDir): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(join(dir, name, 'migration.sql'));
      return {
        name,
        sql: bytes.toString('utf8'),
        checksum: createHash('sha256').update(bytes).digest('hex'),
      };
    }),
  );
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/**
 * Applies every migration not yet recorded, each atomically, under an advisory lock so that several
 * API instances starting at once migrate exactly once.
 */
export async function applyMigrations(
  db: MigrationConnection,
  dir = defaultMigrationsDir,
): Promise<MigrationResult> {
  const migrations = await readMigrations(dir);
  await db.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK_KEY]);
  try {
    await db.exec(CREATE_MIGRATIONS_TABLE);
    const rows = await db.query<AppliedRow>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"',
    );
    const failed = rows.find((r) => r.finished_at === null && r.rolled_back_at === null);
    if (failed) {
      throw new MigrationError(
        `Migration ${failed.migration_name} failed earlier and was not resolved. Fix the database, then mark it rolled back (UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${failed.migration_name}').`,
        failed.migration_name,
      );
    }
    const done = new Map(
      rows.filter((r) => r.finished_at !== null).map((r) => [r.migration_name, r.checksum]),
    );
    const applied: string[] = [];
    for (const m of migrations) {
      const knownChecksum = done.get(m.name);
      if (knownChecksum !== undefined) {
        if (knownChecksum !== m.checksum) {
          // Prisma only warns here; we do the same rather than refuse to start a running system.
          process.emitWarning(`Migration ${m.name} was edited after it was applied.`);
        }
        continue;
      }
      const id = randomUUID();
      await db.query(
        'INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ($1, $2, $3)',
        [id, m.checksum, m.name],
      );
      try {
        await db.exec(m.sql);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await db.query('UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1', [id, message]);
        throw new MigrationError(`Migration ${m.name} failed: ${message}`, m.name);
      }
      await db.query(
        'UPDATE "_prisma_migrations" SET applied_steps_count = 1, finished_at = now() WHERE id = $1',
        [id],
      );
      applied.push(m.name);
    }
    return { applied, alreadyApplied: migrations.length - applied.length };
  } finally {
    await db.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCK_KEY]);
  }
}
