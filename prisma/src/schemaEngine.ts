// Prisma's schema engine as WebAssembly, with an in-memory PGlite as its database.
//
// Prisma 7's CLI wants a native `schema-engine` binary that it downloads on first use; offline
// that fails. The same engine ships as @prisma/schema-engine-wasm and talks to the database
// through a Prisma driver adapter, so an in-process PGlite can serve as the shadow database that
// `prisma migrate dev` would otherwise create on a real server.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { messages, PGlite } from '@electric-sql/pglite';
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

let initialised: Promise<void> | undefined;

/** Compiles and starts the engine's WebAssembly module once per process. */
function initWasm(): Promise<void> {
  initialised ??= (async () => {
    // The .wasm file is not in the package's exports map; it sits next to the glue module.
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmPath = join(dirname(gluePath), 'schema_engine_bg.wasm');
    const module = await WebAssembly.compile(await readFile(wasmPath));
    const instance = await WebAssembly.instantiate(module, { './schema_engine_bg.js': glue });
    glue.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (typeof start === 'function') start();
  })();
  return initialised;
}

/**
 * pglite-prisma-adapter 0.7.2's `executeScript` fires `client.exec(script)` without awaiting it,
 * so a migration that fails on the shadow database would count as applied (and the rejection
 * would surface later as an unhandled error). This wrapper awaits the script and reports
 * PostgreSQL errors the way driver adapters must; everything else is delegated.
 */
class AwaitingPGliteAdapter implements SqlDriverAdapter {
  readonly provider = 'postgres';
  readonly adapterName: string;

  constructor(
    private readonly client: PGlite,
    private readonly inner: SqlDriverAdapter,
  ) {
    this.adapterName = inner.adapterName;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.inner.queryRaw(query);
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.inner.executeRaw(query);
  }

  async executeScript(script: string): Promise<void> {
    try {
      // One simple-protocol query: PostgreSQL runs the whole file in one implicit transaction.
      await this.client.exec(script);
    } catch (error) {
      if (error instanceof messages.DatabaseError) {
        throw new DriverAdapterError({
          kind: 'postgres',
          code: error.code ?? 'N/A',
          severity: error.severity ?? 'N/A',
          message: error.message,
          detail: error.detail,
          column: error.column,
          hint: error.hint,
        });
      }
      throw error;
    }
  }

  startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    return this.inner.startTransaction(isolationLevel);
  }

  getConnectionInfo(): ConnectionInfo {
    return this.inner.getConnectionInfo?.() ?? { supportsRelationJoins: true };
  }

  // The database itself is closed by PGliteFactory.closeAll once the engine is done.
  async dispose(): Promise<void> {}
}

/**
 * Adapter factory over in-memory PGlite databases. `connect()` is the engine's "development
 * database"; every `connectToShadowDb()` gets a brand-new, empty database, because the engine
 * replays the migrations directory on it without resetting it first (the native engine would
 * create and drop a shadow database on a server instead).
 */
class PGliteFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName = 'amtsweg-pglite';
  private readonly opened: PGlite[] = [];

  private async open(): Promise<SqlDriverAdapter> {
    const client = await PGlite.create();
    this.opened.push(client);
    return new AwaitingPGliteAdapter(client, await new PrismaPGlite(client).connect());
  }

  connect(): Promise<SqlDriverAdapter> {
    return this.open();
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.open();
  }

  /** Closes every database this factory opened; the engine's `dispose` calls leave them open. */
  async closeAll(): Promise<void> {
    await Promise.all(this.opened.splice(0).map((client) => client.close()));
  }
}

/** The engine logs JSON lines through a callback; show them only when asked to (DEBUG=schema-engine). */
function logEngine(line: string): void {
  if (process.env.DEBUG?.includes('schema-engine')) process.stderr.write(`${line}\n`);
}

/**
 * Runs `fn` with a fresh engine whose development and shadow databases are fresh in-memory
 * PGlite instances, and frees all of them afterwards.
 */
export async function withSchemaEngine<T>(fn: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  await initWasm();
  const factory = new PGliteFactory();
  try {
    const bound = bindMigrationAwareSqlAdapterFactory(factory);
    const engine = await glue.SchemaEngine.new({ datamodels: undefined }, logEngine, bound);
    try {
      return await fn(engine);
    } finally {
      engine.free();
    }
  } finally {
    await factory.closeAll();
  }
}
