import type { MigrationConnection } from '@amtsweg/prisma/migrate';
import { BackupRefusal } from './errors.ts';
import { type ForeignKey, insertionOrder } from './insertionOrder.ts';

/**
 * What backup and restore need to know about the tables, read from the PostgreSQL catalog rather
 * than from the Prisma schema: a table added by a later migration (or by hand) is included without
 * anyone touching this code.
 */
export interface TableInfo {
  name: string;
  /** Every column that takes a value on INSERT (generated columns excluded), in table order. */
  columns: string[];
  /** Their SQL types as format_type prints them, e.g. `timestamp(3) with time zone`. */
  types: string[];
  primaryKey: string[];
  /** Nullable foreign-key columns filled in after every table is loaded, to break FK cycles. */
  deferredColumns: string[];
}

export interface SequenceState {
  name: string;
  /** bigint as text: a JS number would round values above 2^53. */
  lastValue: string;
  isCalled: boolean;
}

interface ColumnRow {
  table: string;
  column: string;
  type: string;
  notNull: boolean;
  generated: boolean;
}

interface ConstraintRow {
  name: string;
  kind: 'p' | 'f';
  table: string;
  refTable: string | null;
  columns: string[];
}

export const MIGRATIONS_TABLE = '_prisma_migrations';

/** Double-quotes an identifier for SQL. */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The schema that holds Prisma's migrations table (normally `public`); refuses without one. */
export async function amtswegSchema(conn: MigrationConnection): Promise<string> {
  const rows = await conn.query<{ schema: string | null }>(
    `SELECT n.nspname::text AS schema FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.oid = to_regclass('${ident(MIGRATIONS_TABLE)}')`,
  );
  const schema = rows[0]?.schema;
  if (!schema) {
    throw new BackupRefusal(
      `The database has no ${MIGRATIONS_TABLE} table: it is not an Amtsweg database.`,
    );
  }
  return schema;
}

/** Names of the migrations applied (finished, not rolled back), in order. */
export async function appliedMigrations(conn: MigrationConnection): Promise<string[]> {
  const rows = await conn.query<{ name: string }>(
    `SELECT migration_name AS name FROM ${ident(MIGRATIONS_TABLE)}
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.name);
}

async function readCatalog(conn: MigrationConnection, schema: string) {
  const columns = await conn.query<ColumnRow>(
    `SELECT c.relname::text AS table, a.attname::text AS column,
            format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS "notNull",
            a.attgenerated <> '' AS generated
     FROM pg_attribute a
     JOIN pg_class c ON c.oid = a.attrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind = 'r' AND c.relname <> $2
       AND a.attnum > 0 AND NOT a.attisdropped
     ORDER BY c.relname, a.attnum`,
    [schema, MIGRATIONS_TABLE],
  );
  const constraints = await conn.query<ConstraintRow>(
    `SELECT con.conname::text AS name, CASE con.contype WHEN 'p' THEN 'p' ELSE 'f' END AS kind,
            c.relname::text AS table, rc.relname::text AS "refTable",
            ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(num, ord)
                  JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num
                  ORDER BY k.ord) AS columns
     FROM pg_constraint con
     JOIN pg_class c ON c.oid = con.conrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     LEFT JOIN pg_class rc ON rc.oid = con.confrelid AND rc.relnamespace = n.oid
     WHERE n.nspname = $1 AND c.relkind = 'r' AND c.relname <> $2 AND con.contype IN ('p', 'f')
     ORDER BY c.relname, con.conname`,
    [schema, MIGRATIONS_TABLE],
  );
  return { columns, constraints };
}

/**
 * Every table of the schema except Prisma's migrations table, parents before children. Foreign-key
 * cycles (ProcessModel.adoptedFromVersionId ↔ ProcessVersion.modelId, Comment.parentId) are
 * broken at a nullable edge: those columns are inserted as NULL and set once all rows exist, so
 * neither the rows' order in a table nor chunking matters. Ties are broken by name, so export and
 * import of the same schema compute the same order.
 */
export async function readTables(conn: MigrationConnection, schema: string): Promise<TableInfo[]> {
  const { columns, constraints } = await readCatalog(conn, schema);
  const tables = new Map<
    string,
    { columns: string[]; types: string[]; primaryKey: string[]; nullable: Set<string> }
  >();
  for (const row of columns) {
    let table = tables.get(row.table);
    if (!table) {
      table = { columns: [], types: [], primaryKey: [], nullable: new Set() };
      tables.set(row.table, table);
    }
    if (!row.generated) {
      table.columns.push(row.column);
      table.types.push(row.type);
    }
    if (!row.notNull) table.nullable.add(row.column);
  }
  const foreignKeys: ForeignKey[] = [];
  for (const con of constraints) {
    const table = tables.get(con.table);
    if (!table) continue;
    if (con.kind === 'p') table.primaryKey = con.columns;
    else if (con.refTable && tables.has(con.refTable)) {
      foreignKeys.push({
        name: con.name,
        table: con.table,
        refTable: con.refTable,
        columns: con.columns,
        nullable: con.columns.every((column) => table.nullable.has(column)),
      });
    }
  }
  const { order, deferred } = insertionOrder([...tables.keys()].sort(), foreignKeys);
  return order.map((name) => {
    const table = tables.get(name) as { columns: string[]; types: string[]; primaryKey: string[] };
    const deferredColumns = [
      ...new Set(deferred.filter((fk) => fk.table === name).flatMap((fk) => fk.columns)),
    ];
    if (deferredColumns.length > 0 && table.primaryKey.length === 0) {
      throw new BackupRefusal(`Table ${name} references itself or a cycle but has no primary key.`);
    }
    const { columns, types, primaryKey } = table;
    return { name, columns, types, primaryKey, deferredColumns };
  });
}

/**
 * Fixes every setting that changes how values print as text, so that export and import agree
 * whatever the server's defaults are (as pg_dump does). Only inside the current transaction.
 */
export async function setTextFormats(conn: MigrationConnection) {
  await conn.exec(`SET LOCAL DateStyle = 'ISO, YMD'; SET LOCAL IntervalStyle = 'postgres';
    SET LOCAL TimeZone = 'UTC'; SET LOCAL extra_float_digits = 1; SET LOCAL bytea_output = 'hex'`);
}

/** `schema.table`, quoted. */
export function qualified(schema: string, table: string): string {
  return `${ident(schema)}.${ident(table)}`;
}

/** Row counts of the given tables, in one round trip. */
export async function rowCounts(
  conn: MigrationConnection,
  schema: string,
  tables: string[],
): Promise<Map<string, number>> {
  if (tables.length === 0) return new Map();
  const sql = tables
    .map((name, i) => `SELECT ${i} AS i, count(*)::int AS n FROM ${qualified(schema, name)}`)
    .join(' UNION ALL ');
  const rows = await conn.query<{ i: number; n: number }>(sql);
  return new Map(rows.map((row) => [tables[row.i] as string, row.n]));
}

/** The state of every sequence in the schema (identity and serial columns, and any other). */
export async function readSequences(
  conn: MigrationConnection,
  schema: string,
): Promise<SequenceState[]> {
  const names = await conn.query<{ name: string }>(
    `SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind = 'S' ORDER BY c.relname`,
    [schema],
  );
  const states: SequenceState[] = [];
  for (const { name } of names) {
    const [row] = await conn.query<{ lastValue: string; isCalled: boolean }>(
      `SELECT last_value::text AS "lastValue", is_called AS "isCalled" FROM ${qualified(schema, name)}`,
    );
    if (row) states.push({ name, lastValue: row.lastValue, isCalled: row.isCalled });
  }
  return states;
}
