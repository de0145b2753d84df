import { execFile, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readMigrationsList } from './newMigration.ts';

const prismaDir = fileURLToPath(new URL('..', import.meta.url));
const bin = join(prismaDir, 'bin', 'schema-engine.mjs');

interface Message {
  id: number;
  method?: string;
  params?: { content?: string };
  result?: { exitCode?: number };
  error?: unknown;
}

/** Sends one JSON-RPC request the way the Prisma CLI does and collects what comes back. */
async function rpc(method: string, params: object): Promise<Message[]> {
  const child = spawn(process.execPath, [bin], { stdio: ['pipe', 'pipe', 'ignore'] });
  const received: Message[] = [];
  const done = new Promise<void>((resolve) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const message = JSON.parse(line) as Message;
      received.push(message);
      if (message.method === undefined) resolve();
    });
  });
  child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id: 1, method, params })}\n`);
  await done;
  child.stdin.end();
  await new Promise((resolve) => child.on('exit', resolve));
  return received;
}

describe('bin/schema-engine.mjs (stand-in for the native schema engine)', () => {
  it('reports the WebAssembly engine version', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [bin, '--version']);
    expect(stdout).toMatch(/^schema-engine-cli [0-9a-f]{40}\n$/);
  });

  it('answers `prisma migrate diff --from-migrations … --to-schema …` over JSON-RPC', async () => {
    const schema = join(prismaDir, 'schema.prisma');
    const [print, response] = await rpc('diff', {
      from: { tag: 'migrations', ...(await readMigrationsList(join(prismaDir, 'migrations'))) },
      to: {
        tag: 'schemaDatamodel',
        files: [{ path: schema, content: await readFile(schema, 'utf8') }],
      },
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    // Like the native engine, the diff reaches the CLI's stdout through a `print` request.
    expect(print?.method).toBe('print');
    expect(print?.params?.content).toBe('-- This is an empty migration.\n');
    expect(response).toMatchObject({ id: 1, result: { exitCode: 0 } });
  }, 120_000);
});
