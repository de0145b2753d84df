import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { MigrationConnection } from '@amtsweg/prisma/migrate';
import tar from 'tar-stream';
import { expect } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { DEMO_PASSWORD } from '../../src/seed/demoData.ts';
import { seedDemoData } from '../../src/seed/seed.ts';
import { UPLOAD_DOCUMENT } from './fundingOperations.ts';
import { gqlMultipart, pdfFile } from './fundingUploads.ts';
import { globalId, type TestApp } from './testApp.ts';

// A 1×1 PNG: a second document type.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** Beyond 2^53: a JS number would round it, so it proves no value passes through one. */
export const HUGE_CENTS = 9_007_199_254_740_993n;

/**
 * A table no migration knows, standing for any table a later migration adds: identity and
 * generated columns, bytea, json (not jsonb), numeric, arrays, a self-reference and a sequence.
 * Created in source and target alike (the same schema is a precondition of import).
 */
export async function createProbeTable(db: Database) {
  await db.withMigrationConnection((conn) =>
    conn.exec(`
      CREATE TABLE "BackupProbe" (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        "parentId" bigint REFERENCES "BackupProbe"(id),
        payload bytea,
        doc json,
        amount numeric(40, 12),
        big bigint NOT NULL,
        doubled bigint GENERATED ALWAYS AS (big * 2) STORED,
        at timestamp(6),
        tags text[]
      );
      CREATE SEQUENCE "backup_probe_counter";`),
  );
}

export async function fillProbeTable(db: Database) {
  await db.withMigrationConnection(async (conn) => {
    await conn.exec(`
      INSERT INTO "BackupProbe" (payload, doc, amount, big, at, tags) VALUES
        ('\\x00ff10'::bytea, '{ "b": 1,\n  "a": [1.50, "x\\ny"] }', 1234567890123456789.123456789012,
         4611686018427387000, '2028-02-29 23:59:59.123456', ARRAY['ä', 'b,"c"', NULL]),
        (NULL, 'null', NULL, -1, NULL, '{}');
      UPDATE "BackupProbe" SET "parentId" = 2 WHERE id = 1;
      SELECT setval('"backup_probe_counter"', 42);`);
  });
}

/** The demo installation plus what it lacks: uploaded documents, a reply thread, a huge amount. */
export async function seedBackupWorld(app: TestApp) {
  await seedDemoData(app.prisma, { NODE_ENV: 'test' });
  const application = await app.prisma.fundingApplication.findFirstOrThrow({
    include: { programme: true, partners: { include: { city: true } } },
  });
  const cityOf = (slug: string) =>
    application.partners.find((partner) => partner.city.slug === slug)?.city.id as string;
  const pdf = await pdfFile('Projektbeschreibung Neckar-Verbund', 'projektbeschreibung.pdf');
  const uploads = [
    { slug: 'esslingen', requirement: application.programme.requiredDocuments[0], file: pdf.file },
    { slug: 'ludwigsburg', requirement: '', file: new File([PNG], 'absicht.png') },
  ];
  for (const { slug, requirement, file } of uploads) {
    const cookie = await app.login(`funding@${slug}.demo`, DEMO_PASSWORD);
    const input = {
      applicationId: globalId('FundingApplication', application.id),
      cityId: globalId('City', cityOf(slug)),
      requirement,
      file: null,
    };
    const res = await gqlMultipart(
      app,
      UPLOAD_DOCUMENT,
      { input },
      { 'variables.input.file': file },
      cookie,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.uploadApplicationDocument.__typename).toBe(
      'MutationUploadApplicationDocumentSuccess',
    );
  }
  // A reply whose id sorts before its parent's: restoring in key order alone would break it.
  const model = await app.prisma.processModel.findFirstOrThrow({ include: { versions: true } });
  const parent = await app.prisma.comment.create({
    data: {
      id: 'ffffffff-0000-4000-8000-000000000001',
      modelId: model.id,
      versionId: model.versions[0]?.id ?? null,
      authorId: model.createdById,
      body: 'Zeile 1\nZeile 2 – „Anführung“ \u{1F3DB}',
    },
  });
  await app.prisma.comment.create({
    data: {
      id: '00000000-0000-4000-8000-000000000002',
      modelId: model.id,
      parentId: parent.id,
      authorId: model.createdById,
      body: 'Antwort',
    },
  });
  await app.prisma.fundingProgramme.update({
    where: { id: application.programmeId },
    data: { capPerApplicationCents: HUGE_CENTS },
  });
}

/** Every table's rows as PostgreSQL prints them (`t::text`, generated columns included). */
export async function dumpDatabase(conn: MigrationConnection): Promise<Record<string, string[]>> {
  const tables = await conn.query<{ name: string }>(
    `SELECT table_name::text AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
     ORDER BY 1`,
  );
  const dump: Record<string, string[]> = {};
  for (const { name } of tables) {
    const rows = await conn.query<{ row: string }>(
      `SELECT t::text AS row FROM "${name}" t ORDER BY 1`,
    );
    dump[name] = rows.map((row) => row.row);
  }
  // pg_class, not information_schema.sequences: that view leaves out identity columns' sequences.
  const sequences = await conn.query<{ name: string }>(
    `SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY 1`,
  );
  for (const { name } of sequences) {
    const rows = await conn.query<{ row: string }>(
      `SELECT last_value::text || ' ' || is_called::text AS row FROM "${name}"`,
    );
    dump[`sequence ${name}`] = rows.map((row) => row.row);
  }
  return dump;
}

export function dump(db: Database) {
  return db.withMigrationConnection(dumpDatabase);
}

/** Every file under `<dataDir>/documents`, by relative path, with its bytes. */
export async function documentFiles(dataDir: string): Promise<Record<string, Buffer>> {
  const root = join(dataDir, 'documents');
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  const files: Record<string, Buffer> = {};
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    files[relative(root, path)] = await readFile(path);
  }
  return files;
}

/** The entries of a .tar.gz, in memory (test archives are small). */
export async function readEntries(file: string): Promise<{ name: string; bytes: Buffer }[]> {
  const extract = tar.extract();
  Readable.from([gunzipSync(await readFile(file))]).pipe(extract);
  const entries: { name: string; bytes: Buffer }[] = [];
  for await (const entry of extract) {
    const parts: Buffer[] = [];
    for await (const part of entry) parts.push(part as Buffer);
    entries.push({ name: entry.header.name, bytes: Buffer.concat(parts) });
  }
  return entries;
}

export async function writeEntries(file: string, entries: { name: string; bytes: Buffer }[]) {
  const pack = tar.pack();
  const parts: Buffer[] = [];
  const collected = (async () => {
    for await (const part of pack) parts.push(part as Buffer);
  })();
  for (const { name, bytes } of entries) pack.entry({ name, size: bytes.length }, bytes);
  pack.finalize();
  await collected;
  await writeFile(file, gzipSync(Buffer.concat(parts)));
}

/** The archive's tar bytes, edited in place and gzipped again: damage gzip's CRC cannot see. */
export async function editTarBytes(from: string, to: string, edit: (tarBytes: Buffer) => void) {
  const tarBytes = gunzipSync(await readFile(from));
  edit(tarBytes);
  await writeFile(to, gzipSync(tarBytes));
}
