import { rm } from 'node:fs/promises';
import type { MigrationConnection } from '@amtsweg/prisma/migrate';
import { type ArchiveEntry, readArchive, readContent, sha256Hex } from './archive.ts';
import { restoreDocument } from './documents.ts';
import { BackupRefusal } from './errors.ts';
import { documentEntry, MANIFEST_ENTRY, type Manifest, type ManifestChunk } from './manifest.ts';
import { createRestoreStatements, type RestoreStatements, userTriggers } from './restoreSql.ts';
import {
  amtswegSchema,
  appliedMigrations,
  qualified,
  readSequences,
  readTables,
  rowCounts,
  setTextFormats,
} from './tables.ts';
import {
  assertEmpty,
  assertSameMigrations,
  assertSameSequences,
  assertSameTables,
  migrationSeededTables,
} from './targetChecks.ts';
import { verifyArchive } from './verifyArchive.ts';

export interface ImportOptions {
  /** Where restored documents go (`<data dir>/documents`). */
  dataDir: string;
  file: string;
  /** The manifest, if the caller ran verifyArchive already (before opening the database). */
  verified?: Manifest;
}

export interface ImportSummary {
  tables: number;
  rows: number;
  documents: number;
}

/**
 * Restores an archive into an empty, migrated database: first the whole archive is verified, then
 * every row goes in within ONE transaction, documents are written beside it, and only a complete
 * restore commits. On any failure the transaction rolls back and the documents it wrote are
 * removed, so the target is as empty as before.
 */
export async function importDatabase(
  conn: MigrationConnection,
  options: ImportOptions,
): Promise<ImportSummary> {
  const manifest = options.verified ?? (await verifyArchive(options.file));
  const schema = await amtswegSchema(conn);
  assertSameMigrations(manifest.migrations, await appliedMigrations(conn));
  const tables = await readTables(conn, schema);
  assertSameTables(manifest.tables, tables);
  assertSameSequences(manifest.sequences, await readSequences(conn, schema));
  const seeded = await migrationSeededTables();
  const chunks = new Map<string, { table: string; chunk: ManifestChunk }>();
  for (const table of manifest.tables) {
    for (const chunk of table.chunks) chunks.set(chunk.entry, { table: table.name, chunk });
  }
  const documents = new Map(manifest.documents.map((d) => [documentEntry(d.sha256), d.sha256]));
  const statements = new Map(tables.map((t) => [t.name, createRestoreStatements(schema, t)]));
  const created: string[] = [];
  await conn.query('BEGIN');
  try {
    await setTextFormats(conn);
    // A server on the same PostgreSQL waits until the restore is committed instead of writing
    // into a half-restored database (the embedded one is guarded by its lock file).
    await conn.query(`SET LOCAL lock_timeout = '30s'`);
    await conn.query(
      `LOCK TABLE ${tables.map((t) => qualified(schema, t.name)).join(', ')} IN ACCESS EXCLUSIVE MODE`,
    );
    await assertEmpty(conn, schema, tables, seeded);
    for (const table of [...tables].reverse()) {
      if (seeded.has(table.name)) await conn.query(`DELETE FROM ${qualified(schema, table.name)}`);
    }
    // Rows are restored as they were, not re-processed by business triggers (e.g. immutability
    // guards); only triggers that are normally enabled are switched off, and back on before commit.
    const triggers = await userTriggers(conn, schema);
    for (const trigger of triggers) await conn.query(trigger.disable);
    for (const s of statements.values()) if (s.createDeferred) await conn.query(s.createDeferred);

    for await (const entry of readArchive(options.file)) {
      if (entry.name === MANIFEST_ENTRY) continue;
      const target = chunks.get(entry.name);
      if (target) {
        await restoreChunk(conn, statements.get(target.table) as RestoreStatements, target, entry);
      } else {
        const document = documents.get(entry.name);
        if (!document) {
          throw new BackupRefusal(`The archive changed while importing: ${entry.name} is new.`);
        }
        const path = await restoreDocument(options.dataDir, document, entry.content);
        if (path) created.push(path);
      }
    }
    for (const s of statements.values()) if (s.applyDeferred) await conn.query(s.applyDeferred);
    for (const trigger of triggers) await conn.query(trigger.enable);
    await assertCounts(conn, schema, manifest);
    // setval is not transactional: it comes last, when nothing but COMMIT can fail any more.
    for (const sequence of manifest.sequences) {
      await conn.query('SELECT setval($1::regclass, $2::bigint, $3)', [
        qualified(schema, sequence.name),
        sequence.lastValue,
        sequence.isCalled,
      ]);
    }
    await conn.query('COMMIT');
  } catch (error) {
    await conn.query('ROLLBACK').catch(() => undefined);
    for (const path of created) await rm(path, { force: true });
    throw error;
  }
  return {
    tables: manifest.tables.length,
    rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0),
    documents: manifest.documents.length,
  };
}

async function restoreChunk(
  conn: MigrationConnection,
  statements: RestoreStatements,
  target: { table: string; chunk: ManifestChunk },
  entry: ArchiveEntry,
) {
  const bytes = await readContent(entry);
  // Checked again: the file could have changed since it was verified.
  if (sha256Hex(bytes) !== target.chunk.sha256) {
    throw new BackupRefusal(
      `The archive is damaged: ${target.chunk.entry} changed while importing.`,
    );
  }
  const json = bytes.toString('utf8');
  const [row] = await conn.query<{ n: number }>(statements.insert, [json]);
  if (row?.n !== target.chunk.rows) {
    throw new BackupRefusal(
      `The archive is damaged: ${target.chunk.entry} holds ${row?.n} rows of ${target.table}, its manifest says ${target.chunk.rows}.`,
    );
  }
  if (statements.captureDeferred) await conn.query(statements.captureDeferred, [json]);
}

async function assertCounts(conn: MigrationConnection, schema: string, manifest: Manifest) {
  const counts = await rowCounts(
    conn,
    schema,
    manifest.tables.map((table) => table.name),
  );
  for (const table of manifest.tables) {
    if (counts.get(table.name) !== table.rows) {
      throw new Error(
        `Restored ${counts.get(table.name)} rows of ${table.name}, expected ${table.rows}.`,
      );
    }
  }
}
