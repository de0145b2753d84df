import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Uploaded documents lie under `<data dir>/documents/ab/abcdef…` by their SHA-256. Content
 * addressing means a file is never overwritten with other bytes: a snapshot's hash keeps pointing
 * at what was submitted even after the item gets a new upload, and two uploads of the same file
 * share one copy.
 */
export function documentPath(dataDir: string, sha256: string): string {
  if (!SHA256_HEX.test(sha256)) throw new Error('Not a SHA-256 hex digest.');
  return join(dataDir, 'documents', sha256.slice(0, 2), sha256);
}

/** Writes the bytes (atomically: temp file + rename) unless that content is already stored. */
export async function storeDocument(dataDir: string, bytes: Uint8Array): Promise<string> {
  const sha256 = sha256Hex(bytes);
  const target = documentPath(dataDir, sha256);
  const exists = await stat(target).then(
    () => true,
    () => false,
  );
  if (!exists) {
    await mkdir(join(target, '..'), { recursive: true });
    const temporary = `${target}.${randomBytes(6).toString('hex')}.part`;
    await writeFile(temporary, bytes);
    await rename(temporary, target);
  }
  return sha256;
}
