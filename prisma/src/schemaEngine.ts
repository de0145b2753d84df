// Prisma's schema engine as WebAssembly, with an in-memory PGlite as its database.
//
// Prisma 7's CLI wants a native `schema-engine` binary that it downloads on first use; offline
// that fails. The same engine ships as @prisma/schema-engine-wasm and talks to the database
// through a Prisma driver adapter, so an in-process PGlite can serve as the shadow database that
// `prisma migrate dev` would otherwise create on a real server.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import {
  bindMigrationAwareSqlAdapterFactory,
  type ConnectionInfo,
  DriverAdapterError,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
// The package's main entry does `import … from './schema_engine_bg.wasm'`, which Node only loads
// behind --experimental-wasm-modules. The generated glue module is importable on its own; we
// instantiate the .wasm ourselves and hand it the glue's imports (what the main entry would do).
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import { PrismaPGlite } from 'pglite-prisma-adapter';

export type { SchemaEngine };

/** Empty filter: this project has no externally managed tables or enums. */
export const noFilters = { externalTables: [], externalEnums: [] };

// Node has the WebAssembly global, but this package compiles without the DOM lib and
// @types/node 20 does not declare it; describe the two calls we make.
interface WasmApi {
  compile(bytes: Uint8Array): Promise<object>;
  instantiate(module: object, imports: object): Promise<{ exports: Record<string, unknown> }>;
}
const wasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

let initialised: Promise<void> | undefined;

/** Compiles and starts the engine's WebAssembly module once per process. */
function initWasm(): Promise<void> {
  initialised ??= (async () => {
    // The .wasm file is not in the package's exports map; it sits next to the glue module.
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmPath = join(dirname(gluePath), 'schema_engine_bg.wasm');
    const module = await wasmApi.compile(await readFile(wasmPath));
    const instance = await wasmApi.instantiate(module, { './schema_engine_bg.js': glue });
    glue.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (typeof start === 'function') start();
  })();
  return initialised;
}

/** The engine's git hash, as `schema-engine --version` reports it. */
export async function engineVersion(): Promise<string> {
  await initWasm();
  return glue.version();
}

let template: Promise<File | Blob> | undefined;

/**
 * The data directory of a freshly initialised database. Creating a PGlite runs initdb (1-3 s on
 * this machine); loading a saved data directory takes a fraction of that, and one engine run needs
 * three databases.
 */
function emptyDataDir(): Promise<File | Blob> {
  template ??= (async () => {
    const db = await PGlite.create();
    try {
      return await db.dumpDataDir('none');
    } finally {
      await db.close();
    }
  })();
  return template;
}

/** Fields that both PGlite's and node-postgres' `DatabaseError` carry. */
interface PostgresError extends Error {
  code: string;
  severity?: string;
  detail?: string;
  column?: string;
  hint?: string;
}

function isPostgresError(error: unknown): error is PostgresError {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string';
}

/**
 * Runs a migration script as one simple-protocol query, so PostgreSQL executes the whole file in
 * one implicit transaction, and reports failures the way driver adapters must.
 */
export async function runScript(script: string, exec: (sql: string) => Promise<unknown>) {
  try {
    await exec(script);
  } catch (error) {
    if (!isPostgresError(error) || error.severity === undefined) throw error;
    throw new DriverAdapterError({
      kind: 'postgres',
      code: error.code,
      severity: error.severity,
      message: error.message,
      detail: error.detail,
      column: error.column,
      hint: error.hint,
    });
  }
}

/**
 * Delegates to a driver adapter but runs scripts (migrations) itself. Both adapters get this wrong:
 * pglite-prisma-adapter 0.7.2 fires `client.exec(script)` without awaiting it, so a migration that
 * fails counts as applied (and the rejection surfaces later, unhandled); @prisma/adapter-pg splits
 * the script on `;`, which is not atomic and breaks `$$` function bodies.
 */
export class ScriptAdapter implements SqlDriverAdapter {
  readonly provider = 'postgres';
  readonly adapterName: string;

  constructor(
    private readonly inner: SqlDriverAdapter,
    private readonly exec: (sql: string) => Promise<unknown>,
    private readonly onDispose: () => Promise<void> = async () => {},
  ) {
    this.adapterName = inner.adapterName;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.inner.queryRaw(query);
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.inner.executeRaw(query);
  }

  executeScript(script: string): Promise<void> {
    return runScript(script, this.exec);
  }

  startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    return this.inner.startTransaction(isolationLevel);
  }

  getConnectionInfo(): ConnectionInfo {
    return this.inner.getConnectionInfo?.() ?? { supportsRelationJoins: true };
  }

  async dispose(): Promise<void> {
    await this.inner.dispose();
    await this.onDispose();
  }
}

/**
 * Adapter factory whose shadow databases are in-memory PGlite instances. Every
 * `connectToShadowDb()` gets a brand-new, empty database, because the engine replays the
 * migrations directory on it without resetting it first (the native engine creates and drops a
 * shadow database on the server instead). The main ("development") database is PGlite too unless
 * the caller connects it elsewhere.
 */
class PGliteFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName = 'amtsweg-pglite';
  private readonly opened: PGlite[] = [];

  constructor(private readonly connectMain?: () => Promise<SqlDriverAdapter>) {}

  private async open(): Promise<SqlDriverAdapter> {
    const client = await PGlite.create({ loadDataDir: await emptyDataDir() });
    this.opened.push(client);
    const inner = await new PrismaPGlite(client).connect();
    // The database stays open after the engine disposes a connection: the development database
    // must outlive it. closeAll() closes them all at the end.
    return new ScriptAdapter(inner, (sql) => client.exec(sql));
  }

  connect(): Promise<SqlDriverAdapter> {
    return this.connectMain ? this.connectMain() : this.open();
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.open();
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.opened.splice(0).map((client) => client.close()));
  }
}

/** The engine logs JSON lines through a callback; show them only when asked to (DEBUG=schema-engine). */
function logIfDebugging(line: string): void {
  if (process.env.DEBUG?.includes('schema-engine')) process.stderr.write(`${line}\n`);
}

export interface EngineOptions {
  /** [path, content] of the Prisma schema files, when the engine should know them up front. */
  datamodels?: [string, string][];
  /** Connects the engine's main database; defaults to a fresh in-memory PGlite. */
  connectMain?: () => Promise<SqlDriverAdapter>;
  /** Receives the engine's JSON log lines. */
  log?: (line: string) => void;
}

export interface EngineHandle {
  engine: SchemaEngine;
  /** Frees the engine and closes the PGlite databases it used. */
  close(): Promise<void>;
}

export async function createSchemaEngine(options: EngineOptions = {}): Promise<EngineHandle> {
  await initWasm();
  const factory = new PGliteFactory(options.connectMain);
  try {
    const bound = bindMigrationAwareSqlAdapterFactory(factory);
    const log = options.log ?? logIfDebugging;
    const engine = await glue.SchemaEngine.new({ datamodels: options.datamodels }, log, bound);
    return {
      engine,
      async close() {
        engine.free();
        await factory.closeAll();
      },
    };
  } catch (error) {
    await factory.closeAll();
    throw error;
  }
}

/** Runs `fn` with a fresh engine on fresh in-memory PGlite databases, and frees them afterwards. */
export async function withSchemaEngine<T>(fn: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { engine, close } = await createSchemaEngine();
  try {
    return await fn(engine);
  } finally {
    await close();
  }
}
