import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { applyMigrations } from '@amtsweg/prisma/migrate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../src/backup/archive.ts';
import { BackupRefusal } from '../src/backup/errors.ts';
import { type ExportSummary, exportDatabase } from '../src/backup/exportDatabase.ts';
import { importDatabase } from '../src/backup/importDatabase.ts';
import type { Manifest } from '../src/backup/manifest.ts';
import type { Database } from '../src/db/database.ts';
import { openPgliteDatabase } from '../src/db/pglite.ts';
import { storeDocument } from '../src/funding/documentStorage.ts';
import { seedDemoData } from '../src/seed/seed.ts';
import {
  createProbeTable,
  documentFiles,
  dump,
  editTarBytes,
  fillProbeTable,
  HUGE_CENTS,
  readEntries,
  seedBackupWorld,
  writeEntries,
} from './support/backupFixtures.ts';
import { createTestApp, type TestApp } from './support/testApp.ts';
import {
  createEmptyDatabase,
  createTestDatabase,
  testDatabaseKind,
} from './support/testDatabase.ts';

interface Target {
  db: Database;
  dataDir: string;
}

describe('backup and restore (export / import)', () => {
  let app: TestApp;
  let work: string;
  let archive: string;
  let exported: ExportSummary;
  let source: Record<string, string[]>;
  let sourceDocuments: Record<string, Buffer>;
  let emptyDump: Record<string, string[]>;
  const targets: Target[] = [];

  beforeAll(async () => {
    app = await createTestApp();
    await createProbeTable(app.db);
    await seedBackupWorld(app);
    await fillProbeTable(app.db);
    work = await mkdtemp(join(tmpdir(), 'amtsweg-backup-'));
    archive = join(work, 'backup.tar.gz');
    // Small chunks, so the bigger tables span several archive entries.
    exported = await app.db.withMigrationConnection((conn) =>
      exportDatabase(conn, {
        dataDir: app.config.dataDir,
        file: archive,
        database: app.db.kind,
        chunkChars: 20_000,
      }),
    );
    source = await dump(app.db);
    sourceDocuments = await documentFiles(app.config.dataDir);
    const fresh = await emptyTarget();
    emptyDump = await dump(fresh.db);
  }, 180_000);

  afterAll(async () => {
    for (const target of targets) await target.db.close();
    await app?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  /** A new, migrated database with no data, and a data dir of its own. */
  async function emptyTarget(): Promise<Target> {
    const db = await createTestDatabase();
    await createProbeTable(db);
    const target = { db, dataDir: await mkdtemp(join(work, 'data-')) };
    targets.push(target);
    return target;
  }

  const restore = (target: Target, file = archive) =>
    target.db.withMigrationConnection((conn) =>
      importDatabase(conn, { dataDir: target.dataDir, file }),
    );

  /** Nothing of the archive arrived: the same rows as a fresh database, no documents. */
  async function expectUntouched(target: Target) {
    expect(await dump(target.db)).toEqual(emptyDump);
    expect(await documentFiles(target.dataDir)).toEqual({});
  }

  /** A copy of the archive with its entries (and manifest) changed by `edit`. */
  async function editedArchive(
    name: string,
    edit: (manifest: Manifest, entries: Map<string, Buffer>) => void,
  ) {
    const entries = await readEntries(archive);
    const manifestEntry = entries.find((entry) => entry.name === 'manifest.json');
    const manifest = JSON.parse(manifestEntry?.bytes.toString() ?? '{}') as Manifest;
    const contents = new Map(entries.map((entry) => [entry.name, entry.bytes]));
    edit(manifest, contents);
    contents.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
    const file = join(work, name);
    await writeEntries(
      file,
      entries.map((entry) => ({ name: entry.name, bytes: contents.get(entry.name) as Buffer })),
    );
    return file;
  }

  it('restores every row of every table, the sequences and every document, exactly', async () => {
    // The fixture covers what is easy to lose: all demo tables, two uploads, a reply stored
    // before its parent, a cycle (adopted model ↔ version), a bigint above 2^53, bytea, json,
    // generated and identity columns in a table no migration knows.
    expect(Object.keys(source)).toEqual(
      expect.arrayContaining([
        'City',
        'User',
        'ProcessModel',
        'ProcessVersion',
        'Comment',
        'Project',
        'ProjectUpdate',
        'FundingApplication',
        'ApplicationDocument',
        'BackupProbe',
        'sequence BackupProbe_id_seq',
        'sequence backup_probe_counter',
      ]),
    );
    expect(source.City).toHaveLength(7);
    expect(
      await app.prisma.processModel.count({ where: { adoptedFromVersionId: { not: null } } }),
    ).toBeGreaterThan(0);
    expect(source.FundingProgramme?.join()).toContain(String(HUGE_CENTS));
    expect(Object.keys(sourceDocuments)).toHaveLength(2);
    expect(exported.documents).toBe(2);
    const manifest = (await readEntries(archive)).find((entry) => entry.name === 'manifest.json');
    const { tables } = JSON.parse(manifest?.bytes.toString() ?? '{}') as Manifest;
    expect(tables.find((table) => table.name === 'ProcessVersion')?.chunks.length).toBeGreaterThan(
      1,
    );

    const target = await emptyTarget();
    const summary = await restore(target);
    expect(summary).toEqual(exported);
    expect(await dump(target.db)).toEqual(source);
    expect(await documentFiles(target.dataDir)).toEqual(sourceDocuments);

    // The restored database goes on working: identities continue, triggers are on again.
    await target.db.withMigrationConnection(async (conn) => {
      const [row] = await conn.query<{ id: string }>(
        `INSERT INTO "BackupProbe" (big) VALUES (7) RETURNING id::text`,
      );
      expect(row?.id).toBe('3');
      const [trigger] = await conn.query<{ on: boolean }>(
        `SELECT tgenabled = 'O' AS on FROM pg_trigger WHERE tgname = 'ApplicationSnapshot_no_update'`,
      );
      expect(trigger?.on).toBe(true);
    });
    expect(await target.db.prisma.user.count()).toBe(29);
    const programme = await target.db.prisma.fundingProgramme.findFirstOrThrow({
      where: { capPerApplicationCents: HUGE_CENTS },
    });
    expect(programme.capPerApplicationCents).toBe(HUGE_CENTS);
  }, 120_000);

  it('refuses a database that holds data and leaves it as it was', async () => {
    const error = await restore({ db: app.db, dataDir: app.config.dataDir }).catch((e) => e);
    expect(error).toBeInstanceOf(BackupRefusal);
    expect(error.message).toMatch(/target database is not empty: .*City \(7 rows\)/);
    expect(await dump(app.db)).toEqual(source);
    expect(await documentFiles(app.config.dataDir)).toEqual(sourceDocuments);
  }, 60_000);

  it('refuses a damaged, truncated or foreign file before writing anything', async () => {
    const target = await emptyTarget();
    const png = Object.values(sourceDocuments).find((bytes) => bytes.length < 200) as Buffer;
    const flippedDocument = join(work, 'flipped-document.tar.gz');
    await editTarBytes(archive, flippedDocument, (tarBytes) => {
      const at = tarBytes.indexOf(png);
      expect(at).toBeGreaterThan(0);
      tarBytes[at + 40] = (tarBytes[at + 40] as number) ^ 0xff;
    });
    const original = await readFile(archive);
    const flippedGzip = join(work, 'flipped-gzip.tar.gz');
    const flipped = Buffer.from(original);
    const middle = Math.floor(flipped.length / 2);
    flipped[middle] = (flipped[middle] as number) ^ 0x01;
    await writeFile(flippedGzip, flipped);
    const truncated = join(work, 'truncated.tar.gz');
    await writeFile(truncated, original.subarray(0, Math.floor(original.length * 0.7)));
    const foreign = join(work, 'foreign.tar.gz');
    await writeFile(foreign, 'not an archive');

    const cases: [string, RegExp][] = [
      [flippedDocument, /damaged: documents\/[0-9a-f]{64} does not match its SHA-256/],
      [flippedGzip, /damaged/],
      [truncated, /damaged or incomplete/],
      [foreign, /damaged or incomplete/],
      [join(work, 'missing.tar.gz'), /does not exist/],
    ];
    for (const [file, message] of cases) {
      const error = await restore(target, file).catch((e) => e);
      expect(error, file).toBeInstanceOf(BackupRefusal);
      expect(error.message, file).toMatch(message);
      await expectUntouched(target);
    }
  }, 60_000);

  it('refuses an archive made with other migrations or sequences', async () => {
    const target = await emptyTarget();
    const older = await editedArchive('older.tar.gz', (manifest) => {
      manifest.migrations.pop();
    });
    await expect(restore(target, older)).rejects.toThrow(
      /other database migrations .*only in this database/,
    );
    const otherSequences = await editedArchive('sequences.tar.gz', (manifest) => {
      manifest.sequences.push({ name: 'no_such_sequence', lastValue: '1', isCalled: true });
    });
    await expect(restore(target, otherSequences)).rejects.toThrow(/sequences .* differ/);
    await expectUntouched(target);
  }, 60_000);

  it('leaves no row and no document behind when the restore fails half-way', async () => {
    const target = await emptyTarget();
    // A membership of a user who does not exist: the foreign key fails after cities and users
    // are already in.
    const badRow = await editedArchive('bad-row.tar.gz', (manifest, entries) => {
      const chunk = manifest.tables.find((t) => t.name === 'Membership')?.chunks[0];
      if (!chunk) throw new Error('no Membership chunk');
      const rows = JSON.parse((entries.get(chunk.entry) as Buffer).toString());
      rows[0].userId = '11111111-1111-4111-8111-111111111111';
      const bytes = Buffer.from(JSON.stringify(rows));
      entries.set(chunk.entry, bytes);
      chunk.sha256 = sha256Hex(bytes);
    });
    await expect(restore(target, badRow)).rejects.toThrow(/foreign key/);
    await expectUntouched(target);

    // A failure after the documents were written (the cycle-breaking update of an adopted
    // model finds no such version): they are removed again.
    const badAdoption = await editedArchive('bad-adoption.tar.gz', (manifest, entries) => {
      for (const chunk of manifest.tables.find((t) => t.name === 'ProcessModel')?.chunks ?? []) {
        const rows = JSON.parse((entries.get(chunk.entry) as Buffer).toString());
        for (const row of rows) {
          if (row.adoptedFromVersionId)
            row.adoptedFromVersionId = '22222222-2222-4222-8222-222222222222';
        }
        const bytes = Buffer.from(JSON.stringify(rows));
        entries.set(chunk.entry, bytes);
        chunk.sha256 = sha256Hex(bytes);
      }
    });
    await expect(restore(target, badAdoption)).rejects.toThrow(/foreign key/);
    await expectUntouched(target);

    // The same target then takes the intact archive.
    await restore(target);
    expect(await dump(target.db)).toEqual(source);
  }, 120_000);
});

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

/** The CLI as the README documents it: on the embedded database of `dataDir`, or `databaseUrl`. */
async function amtsweg(args: string[], cwd: string, dataDir: string, databaseUrl?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, INIT_CWD: cwd, AMTSWEG_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  try {
    const { stdout, stderr } = await run('pnpm', ['--dir', root, '--silent', 'amtsweg', ...args], {
      cwd,
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// The CLI always runs on the embedded database here; once is enough.
describe.skipIf(testDatabaseKind !== 'pglite')('pnpm amtsweg export / import', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'amtsweg-backup-cli-'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('exports an installation and imports it into a fresh data directory', async () => {
    const source = join(work, 'source');
    const db = await openPgliteDatabase(join(source, 'pglite'));
    await db.withMigrationConnection((conn) => applyMigrations(conn));
    // A little data is enough here: the round trip of everything is tested in-process above.
    const city = await db.prisma.city.create({
      data: {
        slug: 'esslingen',
        name: 'Esslingen am Neckar',
        ags: '08116019',
        federalState: 'BADEN_WUERTTEMBERG',
        population: 94_000,
      },
    });
    await db.prisma.user.create({
      data: {
        email: 'owner@esslingen.test',
        displayName: 'Prozessverantwortliche Esslingen',
        passwordHash: 'not-a-real-hash',
        memberships: { create: [{ cityId: city.id, role: 'PROCESS_OWNER' }] },
      },
    });
    await storeDocument(source, Buffer.from('%PDF-1.7\nAbsichtserklärung\n%%EOF\n'));
    // A running server holds the embedded database: export says so instead of waiting or failing.
    const locked = await amtsweg(['export', 'locked.tar.gz'], work, source);
    expect(locked.code).toBe(2);
    expect(locked.stderr).toMatch(/already in use by another Amtsweg process.*stop the server/);
    const before = await dump(db);
    await db.close();

    const exported = await amtsweg(['export', 'backup.tar.gz'], work, source);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const counts = /Exported (\d+) tables \((\d+) rows\) and 1 document to (.*)/.exec(
      exported.stdout,
    );
    expect(counts?.[3]).toBe(join(work, 'backup.tar.gz'));
    const rows = Object.entries(before)
      .filter(([name]) => !name.startsWith('sequence '))
      .reduce((sum, [, tableRows]) => sum + tableRows.length, 0);
    expect(Number(counts?.[2])).toBe(rows);
    const again = await amtsweg(['export', 'backup.tar.gz'], work, source);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/exists already/);

    const target = join(work, 'target');
    const imported = await amtsweg(['import', 'backup.tar.gz'], work, target);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toBe(
      `Imported ${counts?.[1]} tables (${counts?.[2]} rows) and 1 document from ${counts?.[3]}\n`,
    );
    const twice = await amtsweg(['import', 'backup.tar.gz'], work, target);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/import refused: The target database is not empty/);

    const restored = await openPgliteDatabase(join(target, 'pglite'));
    try {
      expect(await dump(restored)).toEqual(before);
    } finally {
      await restored.close();
    }
    expect(await documentFiles(target)).toEqual(await documentFiles(source));

    const nowhere = await amtsweg(['export', 'x.tar.gz'], work, join(work, 'nowhere'));
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toMatch(/no embedded database/);
    const usage = await amtsweg(['import'], work, target);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/usage: amtsweg export/);
  }, 300_000);
});

describe.skipIf(testDatabaseKind !== 'postgres')('pnpm amtsweg with DATABASE_URL', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'amtsweg-backup-cli-pg-'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('moves the demo installation into a new, empty PostgreSQL database', async () => {
    const source = await createEmptyDatabase();
    const target = await createEmptyDatabase();
    try {
      await source.db.withMigrationConnection((conn) => applyMigrations(conn));
      await seedDemoData(source.db.prisma, { NODE_ENV: 'test' });
      const sourceDir = join(work, 'source');
      await storeDocument(sourceDir, Buffer.from('%PDF-1.7\nGemeinderatsbeschluss\n%%EOF\n'));

      const exported = await amtsweg(['export', 'pg.tar.gz'], work, sourceDir, source.url);
      expect(exported.stderr).toBe('');
      expect(exported.code).toBe(0);
      // The target has not even been migrated: import does that, as a first server start would.
      const targetDir = join(work, 'target');
      const imported = await amtsweg(['import', 'pg.tar.gz'], work, targetDir, target.url);
      expect(imported.stderr).toBe('');
      expect(imported.code).toBe(0);
      expect(imported.stdout.replace('Imported', 'Exported').replace(' from ', ' to ')).toBe(
        exported.stdout,
      );
      expect(await dump(target.db)).toEqual(await dump(source.db));
      expect(await documentFiles(targetDir)).toEqual(await documentFiles(sourceDir));
    } finally {
      await source.db.close();
      await target.db.close();
    }
  }, 300_000);
});
