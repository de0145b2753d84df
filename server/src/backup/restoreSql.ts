import type { MigrationConnection } from '@amtsweg/prisma/migrate';
import { ident, qualified, type TableInfo } from './tables.ts';

export interface RestoreStatements {
  /** `$1`: a JSON array of rows; answers `n`, the rows inserted. */
  insert: string;
  /** Set when the table has deferred (cycle-breaking) columns. */
  createDeferred?: string;
  captureDeferred?: string;
  applyDeferred?: string;
}

/**
 * The SQL that restores one table from the export's chunks: every value arrives as its text form
 * and is cast to the column's type inside PostgreSQL, which reads it back exactly. Deferred
 * columns go in as NULL and are kept in a temporary table until every row exists.
 */
export function createRestoreStatements(schema: string, table: TableInfo): RestoreStatements {
  const target = qualified(schema, table.name);
  const definition = table.columns.map((column) => `${ident(column)} text`).join(', ');
  const rows = `json_to_recordset($1::json) AS r(${definition})`;
  const typeOf = new Map(table.columns.map((column, i) => [column, table.types[i] as string]));
  const value = (column: string) => `r.${ident(column)}::${typeOf.get(column)}`;
  const deferred = new Set(table.deferredColumns);
  const values = table.columns.map((column) =>
    deferred.has(column) ? `NULL::${typeOf.get(column)}` : value(column),
  );
  const insert = `WITH inserted AS (
      INSERT INTO ${target} (${table.columns.map(ident).join(', ')}) OVERRIDING SYSTEM VALUE
      SELECT ${values.join(', ')} FROM ${rows} RETURNING 1)
    SELECT count(*)::int AS n FROM inserted`;
  if (deferred.size === 0) return { insert };

  const holding = ident(`amtsweg_restore_${table.name}`);
  const kept = [...table.primaryKey, ...table.deferredColumns];
  const notNull = table.deferredColumns.map((column) => `r.${ident(column)} IS NOT NULL`);
  return {
    insert,
    createDeferred: `CREATE TEMP TABLE ${holding} ON COMMIT DROP AS
      SELECT ${kept.map(ident).join(', ')} FROM ${target} WITH NO DATA`,
    captureDeferred: `INSERT INTO pg_temp.${holding}
      SELECT ${kept.map(value).join(', ')} FROM ${rows} WHERE ${notNull.join(' OR ')}`,
    applyDeferred: `UPDATE ${target} AS t
      SET ${table.deferredColumns.map((column) => `${ident(column)} = d.${ident(column)}`).join(', ')}
      FROM pg_temp.${holding} d
      WHERE ${table.primaryKey.map((column) => `t.${ident(column)} = d.${ident(column)}`).join(' AND ')}`,
  };
}

export interface TriggerSwitch {
  disable: string;
  enable: string;
}

/** The schema's own enabled triggers (not the internal ones that enforce foreign keys). */
export async function userTriggers(
  conn: MigrationConnection,
  schema: string,
): Promise<TriggerSwitch[]> {
  const rows = await conn.query<{ table: string; name: string }>(
    `SELECT c.relname::text AS table, tg.tgname::text AS name
     FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND NOT tg.tgisinternal AND tg.tgenabled = 'O'
     ORDER BY c.relname, tg.tgname`,
    [schema],
  );
  return rows.map(({ table, name }) => ({
    disable: `ALTER TABLE ${qualified(schema, table)} DISABLE TRIGGER ${ident(name)}`,
    enable: `ALTER TABLE ${qualified(schema, table)} ENABLE TRIGGER ${ident(name)}`,
  }));
}
