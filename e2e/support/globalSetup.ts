import { existsSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Each run leaves its database (~40 MB) behind; no run lasts an hour, so older ones are leftovers.
const STALE_AFTER_MS = 60 * 60 * 1000;

/** Fails early with a useful message, and tidies up databases of earlier runs. */
export default async function globalSetup(): Promise<void> {
  const webDist = fileURLToPath(new URL('../../web/dist/index.html', import.meta.url));
  if (!existsSync(webDist)) {
    throw new Error('web/dist is missing: run `pnpm --filter @amtsweg/web build` first.');
  }
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    throw new Error(
      `Chromium not found at ${chromium}: apt-get install chromium or set CHROMIUM_PATH.`,
    );
  }

  const current = process.env.AMTSWEG_E2E_DATA_DIR;
  const now = Date.now();
  for (const entry of await readdir(tmpdir())) {
    if (!entry.startsWith('amtsweg-e2e-')) continue;
    const path = join(tmpdir(), entry);
    if (path === current) continue;
    const { mtimeMs } = await stat(path);
    if (now - mtimeMs > STALE_AFTER_MS) await rm(path, { recursive: true, force: true });
  }
}
