import { type MigrationConnection, readMigrations } from '@amtsweg/prisma/migrate';
import { BackupRefusal } from './errors.ts';
import type { Manifest } from './manifest.ts';
import { rowCounts, type SequenceState, type TableInfo } from './tables.ts';

/** An archive fits only a database with exactly the same migrations applied. */
export function assertSameMigrations(archive: string[], target: string[]) {
  if (archive.length === target.length && archive.every((name, i) => name === target[i])) return;
  const missing = archive.filter((name) => !target.includes(name));
  const extra = target.filter((name) => !archive.includes(name));
  const parts = [
    missing.length > 0 ? `only in the archive: ${missing.join(', ')}` : '',
    extra.length > 0 ? `only in this database: ${extra.join(', ')}` : '',
  ].filter(Boolean);
  throw new BackupRefusal(
    `The archive was made with other database migrations than this Amtsweg has (${parts.join('; ') || 'different order'}). Import it with the Amtsweg version that exported it, then upgrade: the newer version migrates the database at its start.`,
  );
}

/** Same migrations should mean the same tables; a schema changed by hand is refused, not guessed. */
export function assertSameTables(archive: Manifest['tables'], target: TableInfo[]) {
  const describe = (table: { name: string; columns: string[]; types: string[] }) =>
    `${table.name}(${table.columns.map((column, i) => `${column} ${table.types[i]}`).join(', ')})`;
  const want = archive.map(describe);
  const have = target.map(describe);
  const differ = [
    ...want.filter((t) => !have.includes(t)).map((t) => `archive ${t}`),
    ...have.filter((t) => !want.includes(t)).map((t) => `database ${t}`),
  ];
  if (differ.length > 0) {
    throw new BackupRefusal(
      `The archive's tables differ from this database's although the migrations match: ${differ.slice(0, 3).join('; ')}.`,
    );
  }
  if (want.some((t, i) => t !== have[i])) {
    throw new BackupRefusal("The archive's tables are not in the order this database needs.");
  }
}

export function assertSameSequences(archive: SequenceState[], target: SequenceState[]) {
  const want = archive.map((sequence) => sequence.name).sort();
  const have = target.map((sequence) => sequence.name).sort();
  if (want.length !== have.length || want.some((name, i) => name !== have[i])) {
    throw new BackupRefusal(
      `The archive's sequences (${want.join(', ') || 'none'}) differ from this database's (${have.join(', ') || 'none'}).`,
    );
  }
}

/**
 * Tables that migrations fill themselves (reference data such as the project topics), found in
 * the migration files' `INSERT INTO` statements. A fresh database has rows there; the archive's
 * rows replace them.
 */
export async function migrationSeededTables(): Promise<Set<string>> {
  const tables = new Set<string>();
  for (const migration of await readMigrations()) {
    for (const match of migration.sql.matchAll(/INSERT\s+INTO\s+(?:"?\w+"?\.)?"?(\w+)"?/gi)) {
      tables.add(match[1] as string);
    }
  }
  return tables;
}

/**
 * "Empty": migrations applied and no row in any table except the migration-seeded ones. Import
 * never merges into or overwrites someone's data.
 */
export async function assertEmpty(
  conn: MigrationConnection,
  schema: string,
  tables: TableInfo[],
  seeded: Set<string>,
) {
  const checked = tables.map((table) => table.name).filter((name) => !seeded.has(name));
  const counts = await rowCounts(conn, schema, checked);
  const filled = checked.filter((name) => (counts.get(name) ?? 0) > 0);
  if (filled.length > 0) {
    const list = filled.map((name) => `${name} (${counts.get(name)} rows)`).join(', ');
    throw new BackupRefusal(
      `The target database is not empty: ${list}. Import only into a new database: a fresh AMTSWEG_DATA_DIR, or an empty PostgreSQL database in DATABASE_URL.`,
    );
  }
}
