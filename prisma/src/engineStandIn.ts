// Stands in for Prisma's native `schema-engine` binary behind the Prisma CLI (started by
// ../bin/schema-engine.mjs), so `prisma migrate diff`, `migrate status`, `migrate deploy` … work
// without downloading the binary. It speaks the binary's protocol: JSON-RPC 2.0, one message per
// line on stdin/stdout, JSON log lines on stderr. The requests are served by the WebAssembly
// engine; they take the same parameters, because the CLI reads the migrations directory itself.
//
// Databases: the one in `--datasource` is reached through @prisma/adapter-pg; shadow databases,
// and the main database of a `diff` that needs none, are in-memory PGlite instances.

import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import type { DevDiagnosticInput } from '@prisma/schema-engine-wasm';
import pg from 'pg';
import {
  createSchemaEngine,
  type EngineHandle,
  engineVersion,
  ScriptAdapter,
} from './schemaEngine.ts';

const CHAR_OID = 18; // pg_catalog "char", used by the catalog columns the engine reads
const TEXT_OID = 25;

type Query = (config: unknown, values?: unknown) => Promise<pg.QueryResult>;

/**
 * A pg pool that relabels `"char"` result columns as text: @prisma/adapter-pg rejects OID 18 as an
 * unsupported type, but the engine's introspection queries select such columns (contype, relkind).
 */
function charAsTextPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 2 });
  const query = pool.query.bind(pool) as unknown as Query;
  const relabelled: Query = async (config, values) => {
    const result = await query(config, values);
    for (const field of result.fields ?? []) {
      if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
    return result;
  };
  (pool as unknown as { query: Query }).query = relabelled;
  return pool;
}

async function connectPostgres(url: string): Promise<SqlDriverAdapter> {
  const pool = charAsTextPool(url);
  const inner = await new PrismaPg(pool).connect();
  return new ScriptAdapter(
    inner,
    (sql) => pool.query(sql),
    () => pool.end(),
  );
}

interface Options {
  datamodels: string[];
  url: string | undefined;
  command: string[];
  version: boolean;
}

function parseOptions(argv: string[]): Options {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: false,
    allowPositionals: true,
    options: {
      datamodels: { type: 'string', multiple: true },
      datasource: { type: 'string' },
      version: { type: 'boolean', short: 'V' },
    },
  });
  const datamodels = (values.datamodels ?? []).filter((v): v is string => typeof v === 'string');
  const datasource = typeof values.datasource === 'string' ? values.datasource : undefined;
  const url = datasource ? (JSON.parse(datasource) as { url?: string }).url : undefined;
  return { datamodels, url, command: positionals, version: values.version === true };
}

/** A log line in the shape the CLI parses from the native engine's stderr. */
function logLine(level: 'INFO' | 'ERROR', fields: Record<string, string>): string {
  return JSON.stringify({
    timestamp: new Date().toISOString(),
    level,
    fields,
    target: 'schema_engine::logger',
  });
}

/** Prisma's error codes for the connection failures the CLI knows how to explain. */
function connectionErrorCode(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === '3D000') return 'P1003'; // database does not exist
  if (code === '28P01' || code === '28000') return 'P1000'; // authentication failed
  return 'P1001'; // cannot reach the server
}

/** `schema-engine --datasource … cli <command>`: one-shot commands run before some migrations. */
async function runCli(options: Options): Promise<number> {
  const [, command] = options.command;
  if (!options.url) throw new Error('The cli commands need --datasource with a url.');
  const target = new URL(options.url);
  const database = decodeURIComponent(target.pathname.slice(1));
  // The CLI skips the first stderr line and parses the rest as JSON.
  process.stderr.write(`${logLine('INFO', { message: `Running ${command}` })}\n`);
  try {
    if (command === 'can-connect-to-database') {
      const client = new pg.Client({ connectionString: options.url });
      await client.connect();
      await client.end();
    } else if (command === 'create-database') {
      target.pathname = '/postgres'; // CREATE DATABASE runs from the maintenance database
      const client = new pg.Client({ connectionString: target.toString() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
      } finally {
        await client.end();
      }
    } else {
      throw new Error(
        `The WebAssembly schema engine stand-in does not support \`cli ${command}\`.`,
      );
    }
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const fields = { error_code: connectionErrorCode(error), message };
    process.stderr.write(logLine('ERROR', fields));
    return 1;
  }
}

interface RpcRequest {
  id: number;
  method: string;
  params?: Record<string, unknown>;
}

/** A `diff` that reads no live database can run without one (no server needed). */
function needsLiveDatabase(request: RpcRequest): boolean {
  if (request.method !== 'diff') return true;
  const targets = [request.params?.from, request.params?.to];
  return targets.some((t) => (t as { tag?: string } | undefined)?.tag === 'schemaDatasource');
}

/** Calls the engine method of the same name; the CLI's `getDatabaseVersion` is `version` here. */
async function dispatch(handle: EngineHandle, request: RpcRequest): Promise<unknown> {
  const name = request.method === 'getDatabaseVersion' ? 'version' : request.method;
  const method = (handle.engine as unknown as Record<string, unknown>)[name];
  if (name === 'debugPanic' || name === 'free' || typeof method !== 'function') {
    throw new Error(
      `The WebAssembly schema engine stand-in does not support \`${request.method}\`.`,
    );
  }
  if (name === 'evaluateDataLoss' || name === 'createMigration') {
    // Inside these two the WebAssembly engine cannot open a PostgreSQL shadow database; it uses
    // the schema it cached when devDiagnostic replayed the same migrations on our PGlite shadow.
    // The CLI called devDiagnostic before applying pending migrations, so warm the cache again.
    const { migrationsList, filters } = request.params as unknown as DevDiagnosticInput;
    await handle.engine.devDiagnostic({ migrationsList, filters });
  }
  const result: unknown = await method.call(handle.engine, request.params ?? {});
  // The native engine prints a diff by sending the CLI a `print` request; the WebAssembly engine
  // returns it as `stdout` instead, which the CLI ignores.
  const diff = result as { exitCode: number; stdout: string | null };
  if (request.method === 'diff' && typeof diff.stdout === 'string') {
    const print = {
      jsonrpc: '2.0',
      id: nextPrintId++,
      method: 'print',
      params: { content: diff.stdout },
    };
    process.stdout.write(`${JSON.stringify(print)}\n`);
    return { ...diff, stdout: null };
  }
  return result ?? {};
}

// Ids of our own requests to the CLI; far from the CLI's ids, which count up from 1.
let nextPrintId = 1_000_000;

function errorResponse(id: number, error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  return {
    jsonrpc: '2.0',
    id,
    error: {
      code: 4466,
      message: 'An error happened. Check the data field for details.',
      data: { is_panic: false, message, error_code: typeof code === 'string' ? code : undefined },
    },
  };
}

async function serve(options: Options): Promise<void> {
  const datamodels = await Promise.all(
    options.datamodels.map(
      async (path): Promise<[string, string]> => [path, await readFile(path, 'utf8')],
    ),
  );
  const log = (line: string) => process.stderr.write(`${line}\n`);
  let handle: Promise<EngineHandle> | undefined;
  // The engine opens its main database on start; which one depends on the first request.
  const engineFor = (request: RpcRequest): Promise<EngineHandle> => {
    const url = options.url;
    handle ??= createSchemaEngine({
      datamodels: datamodels.length > 0 ? datamodels : undefined,
      connectMain: url && needsLiveDatabase(request) ? () => connectPostgres(url) : undefined,
      log,
    });
    return handle;
  };
  const shutdown = async (code: number) => {
    await (await handle?.catch(() => undefined))?.close();
    process.exit(code);
  };
  process.on('SIGTERM', () => void shutdown(0));
  process.on('SIGINT', () => void shutdown(0));

  let queue = Promise.resolve();
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  lines.on('line', (line) => {
    if (line.trim() === '') return;
    const request = JSON.parse(line) as RpcRequest;
    // Replies to requests the engine sent (it sends none here) have no method.
    if (typeof request.method !== 'string') return;
    // One request at a time, as the native engine does.
    queue = queue.then(async () => {
      const response = await engineFor(request)
        .then((h) => dispatch(h, request))
        .then(
          (result) => ({ jsonrpc: '2.0', id: request.id, result }),
          (error: unknown) => errorResponse(request.id, error),
        );
      process.stdout.write(`${JSON.stringify(response)}\n`);
    });
  });
  lines.on('close', () => void queue.then(() => shutdown(0)));
}

export async function main(argv: string[]): Promise<void> {
  const options = parseOptions(argv);
  if (options.version) {
    console.log(`schema-engine-cli ${await engineVersion()}`);
    return;
  }
  if (options.command[0] === 'cli') {
    process.exit(await runCli(options));
  }
  await serve(options);
}
