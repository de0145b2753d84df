import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  diffMigrationsToSchema,
  MIGRATION_LOCK,
  newMigration,
  validateMigrationName,
} from './newMigration.ts';

const prismaDir = fileURLToPath(new URL('..', import.meta.url));
const schemaPath = join(prismaDir, 'schema.prisma');
const migrationsDir = join(prismaDir, 'migrations');

// Every engine run starts PGlite databases: seconds each on a busy machine.
const SLOW = 120_000;

const tempDirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'amtsweg-migration-'));
  tempDirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** schema.prisma with an optional `phone` column added to User. */
async function schemaWithPhone(): Promise<string> {
  const schema = await readFile(schemaPath, 'utf8');
  const anchor = '  isGlobalAdmin Boolean      @default(false)\n';
  expect(schema).toContain(anchor);
  return schema.replace(anchor, `${anchor}  phone         String?\n`);
}

describe('committed migrations', () => {
  it(
    'match schema.prisma (edit the schema → run `pnpm migration:new <name>`)',
    async () => {
      const schema = await readFile(schemaPath, 'utf8');
      expect(await diffMigrationsToSchema(schema, migrationsDir)).toBe('');
    },
    SLOW,
  );

  it('are locked to PostgreSQL in the format Prisma writes', async () => {
    expect(await readFile(join(migrationsDir, 'migration_lock.toml'), 'utf8')).toBe(MIGRATION_LOCK);
  });
});

describe('diffMigrationsToSchema', () => {
  it(
    'renders an added column as Prisma does',
    async () => {
      expect(await diffMigrationsToSchema(await schemaWithPhone(), migrationsDir)).toBe(
        '-- AlterTable\nALTER TABLE "User" ADD COLUMN     "phone" TEXT;\n',
      );
    },
    SLOW,
  );

  it(
    'fails on a migration that does not apply, instead of counting it as applied',
    async () => {
      const dir = await tempDir();
      await cp(migrationsDir, dir, { recursive: true });
      await mkdir(join(dir, '20991231000000_broken'));
      await writeFile(
        join(dir, '20991231000000_broken', 'migration.sql'),
        'ALTER TABLE "NoSuchTable" ADD COLUMN "x" INTEGER;\n',
      );
      const schema = await readFile(schemaPath, 'utf8');
      await expect(diffMigrationsToSchema(schema, dir)).rejects.toThrow(/NoSuchTable/);
    },
    SLOW,
  );
});

describe('newMigration', () => {
  it(
    'writes <timestamp>_<name>/migration.sql, after which the history matches the schema',
    async () => {
      const dir = await tempDir();
      const migrations = join(dir, 'migrations');
      await cp(migrationsDir, migrations, { recursive: true });
      const schema = join(dir, 'schema.prisma');
      await writeFile(schema, await schemaWithPhone());

      const paths = { schemaPath: schema, migrationsDir: migrations };
      const file = await newMigration('add_user_phone', paths);
      expect(file).toMatch(/[/\\]\d{14}_add_user_phone[/\\]migration\.sql$/);
      expect(await readFile(file ?? '', 'utf8')).toContain('ADD COLUMN     "phone" TEXT;');

      expect(await newMigration('again', paths)).toBeNull();
    },
    SLOW,
  );

  it('rejects names that are not lowercase snake case', () => {
    for (const bad of ['', 'Add_Phone', 'add-phone', 'add phone', '../x', 'a'.repeat(201)]) {
      expect(() => validateMigrationName(bad), bad).toThrow(/Invalid migration name/);
    }
    expect(() => validateMigrationName('add_phone_2')).not.toThrow();
  });
});
