// Unit tests import the generated operation documents, so make sure they exist and are current.
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const webRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/codegen.ts'], {
    cwd: webRoot,
    stdio: 'inherit',
  });
}
