import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));

/** A TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * The real server process as `pnpm start` runs it (`src/main.ts`), with `env` on top of the test's
 * environment; its stdout and stderr are collected for assertions.
 */
export function startServerProcess(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  /** Process ids of the instances that have logged "Amtsweg is listening", in order. */
  const listeningPids = () =>
    output
      .split('\n')
      .filter((line) => line.includes('"msg":"Amtsweg is listening"'))
      .map((line) => (JSON.parse(line) as { pid: number }).pid);
  /** Resolves once `condition` holds; fails if the process exits first or after 60 s. */
  const until = async (condition: () => boolean, what: string) => {
    for (let i = 0; i < 600 && !condition(); i++) {
      if (child.exitCode !== null) {
        throw new Error(`server exited while waiting for ${what}:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (!condition()) throw new Error(`timed out waiting for ${what}:\n${output}`);
  };
  return { child, exited, listeningPids, until, output: () => output };
}
