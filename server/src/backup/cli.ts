import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Config, loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { openDatabase } from '../db/open.ts';
import { DataDirLockedError, openPgliteDatabase } from '../db/pglite.ts';
import { openPostgresDatabase } from '../db/postgres.ts';
import { createLogger } from '../logger.ts';
import { BackupRefusal } from './errors.ts';
import { exportDatabase } from './exportDatabase.ts';
import { importDatabase } from './importDatabase.ts';
import { verifyArchive } from './verifyArchive.ts';

const USAGE = 'usage: amtsweg export <file.tar.gz> | amtsweg import <file.tar.gz>';

/**
 * Export reads the database as it is: it neither creates an embedded database nor migrates one,
 * so a wrong AMTSWEG_DATA_DIR is reported instead of exported as an empty installation.
 */
async function openForExport(config: Config): Promise<Database> {
  if (config.databaseUrl) return openPostgresDatabase(config.databaseUrl, 1);
  const dir = join(config.dataDir, 'pglite');
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    throw new BackupRefusal(
      `There is no embedded database in ${dir}. Set AMTSWEG_DATA_DIR to the data directory (or DATABASE_URL for a PostgreSQL server).`,
    );
  }
  return openPgliteDatabase(dir);
}

async function run(command: 'export' | 'import', file: string, config: Config) {
  if (command === 'export') {
    if (existsSync(file)) throw new BackupRefusal(`${file} exists already; choose another name.`);
    const db = await openForExport(config);
    try {
      return await db.withMigrationConnection((conn) =>
        exportDatabase(conn, { dataDir: config.dataDir, file, database: db.kind }),
      );
    } finally {
      await db.close();
    }
  }
  // A damaged file is refused before a data directory or database is even created.
  const verified = await verifyArchive(file);
  // Import creates and migrates the target as the server would at its first start.
  const db = await openDatabase(config, createLogger(process.env.LOG_LEVEL ?? 'warn'));
  try {
    return await db.withMigrationConnection((conn) =>
      importDatabase(conn, { dataDir: config.dataDir, file, verified }),
    );
  } finally {
    await db.close();
  }
}

/** `amtsweg export|import <file>`; resolves with the exit status (2: refused, 1: failed). */
export async function runBackupCommand(
  command: 'export' | 'import',
  args: string[],
): Promise<number> {
  const [path, ...rest] = args;
  if (!path || path.startsWith('--') || rest.length > 0) {
    process.stderr.write(`amtsweg: ${USAGE}\n`);
    return 2;
  }
  // pnpm runs scripts from the workspace root; INIT_CWD is where the user typed the command.
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), path);
  try {
    const summary = await run(command, file, loadConfig());
    const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
    const what = `${count(summary.tables, 'table')} (${count(summary.rows, 'row')}) and ${count(summary.documents, 'document')}`;
    process.stdout.write(
      command === 'export' ? `Exported ${what} to ${file}\n` : `Imported ${what} from ${file}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      process.stderr.write(
        `amtsweg: ${error.message} The embedded database serves one process at a time: stop the server, then run ${command} again.\n`,
      );
      return 2;
    }
    if (error instanceof BackupRefusal) {
      process.stderr.write(`amtsweg: ${command} refused: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    const nothing = command === 'import' ? ' Nothing was imported.' : '';
    process.stderr.write(`amtsweg: ${command} failed: ${message}.${nothing}\n`);
    return 1;
  }
}
