import { randomBytes } from 'node:crypto';
import { link, rm } from 'node:fs/promises';
import type { MigrationConnection } from '@amtsweg/prisma/migrate';
import type { DatabaseKind } from '../db/database.ts';
import { type ArchiveWriter, createArchiveWriter, sha256Hex } from './archive.ts';
import { listStoredDocuments } from './documents.ts';
import { BackupRefusal } from './errors.ts';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  chunkEntry,
  documentEntry,
  MANIFEST_ENTRY,
  type Manifest,
  type ManifestChunk,
} from './manifest.ts';
import {
  amtswegSchema,
  appliedMigrations,
  ident,
  qualified,
  readSequences,
  readTables,
  setTextFormats,
  type TableInfo,
} from './tables.ts';

export interface ExportOptions {
  /** Where uploaded documents lie (`<data dir>/documents`). */
  dataDir: string;
  /** The archive to write; refused if it exists. */
  file: string;
  database: DatabaseKind;
  /** Rows per archive entry are collected up to about this many characters of JSON. */
  chunkChars?: number;
}

export interface ExportSummary {
  tables: number;
  rows: number;
  documents: number;
}

// Rows can be large (a version's XML and graph): fetch few at a time.
const FETCH_ROWS = 100;
const CURSOR = 'amtsweg_backup_rows';

/**
 * Writes the whole database and the uploaded documents to one .tar.gz. The rows are read in one
 * REPEATABLE READ transaction, so the archive is a consistent state even while a server on the
 * same PostgreSQL keeps writing. The archive appears under its name only when it is complete.
 */
export async function exportDatabase(
  conn: MigrationConnection,
  options: ExportOptions,
): Promise<ExportSummary> {
  const partial = `${options.file}.${randomBytes(4).toString('hex')}.partial`;
  await conn.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  let summary: ExportSummary;
  try {
    await setTextFormats(conn);
    const schema = await amtswegSchema(conn);
    const migrations = await appliedMigrations(conn);
    const tables = await readTables(conn, schema);
    const sequences = await readSequences(conn, schema);
    // Listed after the snapshot began: an upload's file is stored before its row is committed, so
    // every document the snapshot refers to is on disk by now.
    const documents = await listStoredDocuments(options.dataDir);
    const writer = createArchiveWriter(partial);
    try {
      const manifestTables: Manifest['tables'] = [];
      for (const table of tables) {
        const chunks = await exportTable(conn, writer, schema, table, options.chunkChars);
        const rows = chunks.reduce((sum, chunk) => sum + chunk.rows, 0);
        const { name, columns, types } = table;
        manifestTables.push({ name, columns, types, rows, chunks });
      }
      for (const document of documents) {
        const actual = await writer.addFile(
          documentEntry(document.sha256),
          document.path,
          document.size,
        );
        if (actual !== document.sha256) {
          throw new BackupRefusal(
            `The stored document ${document.path} is damaged: its content no longer matches its SHA-256. Restore it from an older backup or remove it, then export again.`,
          );
        }
      }
      const manifest: Manifest = {
        format: BACKUP_FORMAT,
        version: BACKUP_FORMAT_VERSION,
        createdAt: new Date().toISOString(),
        database: options.database,
        migrations,
        tables: manifestTables,
        sequences,
        documents: documents.map(({ sha256, size }) => ({ sha256, size })),
      };
      // Last, because it holds the checksum of every entry before it.
      await writer.addBuffer(MANIFEST_ENTRY, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
      await writer.finish();
      summary = {
        tables: manifestTables.length,
        rows: manifestTables.reduce((sum, table) => sum + table.rows, 0),
        documents: documents.length,
      };
    } catch (error) {
      await writer.abort();
      await rm(partial, { force: true });
      throw error;
    }
    await conn.query('COMMIT');
  } catch (error) {
    await conn.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  try {
    // link() refuses an existing name: an earlier backup is never overwritten.
    await link(partial, options.file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new BackupRefusal(`${options.file} exists already; choose another file name.`);
    }
    throw error;
  } finally {
    await rm(partial, { force: true });
  }
  return summary;
}

/** A SQL string literal. */
function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * One table through a cursor, ordered by primary key. Every value leaves PostgreSQL in its text
 * form (the one COPY and pg_dump use), which its input function reads back exactly: bigint and
 * numeric keep every digit, a JSON `null` stays distinct from SQL NULL, timestamps keep their
 * microseconds. The JSON is never parsed here.
 */
async function exportTable(
  conn: MigrationConnection,
  writer: ArchiveWriter,
  schema: string,
  table: TableInfo,
  chunkChars = 4_000_000,
): Promise<ManifestChunk[]> {
  const order = table.primaryKey.map((column) => `t.${ident(column)}`).join(', ');
  const keys = table.columns.map(literal).join(', ');
  const values = table.columns.map((column) => `t.${ident(column)}::text`).join(', ');
  await conn.query(
    `DECLARE ${CURSOR} NO SCROLL CURSOR FOR
     SELECT json_object(ARRAY[${keys}]::text[], ARRAY[${values}]::text[])::text AS row
     FROM ${qualified(schema, table.name)} t${order ? ` ORDER BY ${order}` : ''}`,
  );
  const chunks: ManifestChunk[] = [];
  let rows: string[] = [];
  let chars = 0;
  const flush = async () => {
    if (rows.length === 0) return;
    const bytes = Buffer.from(`[${rows.join(',\n')}]\n`);
    const entry = chunkEntry(table.name, chunks.length + 1);
    await writer.addBuffer(entry, bytes);
    chunks.push({ entry, rows: rows.length, sha256: sha256Hex(bytes) });
    rows = [];
    chars = 0;
  };
  while (true) {
    const batch = await conn.query<{ row: string }>(`FETCH ${FETCH_ROWS} FROM ${CURSOR}`);
    for (const { row } of batch) {
      rows.push(row);
      chars += row.length;
      if (chars >= chunkChars) await flush();
    }
    if (batch.length < FETCH_ROWS) break;
  }
  await flush();
  await conn.query(`CLOSE ${CURSOR}`);
  return chunks;
}
