import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { documentPath } from '../funding/documentStorage.ts';
import { BackupRefusal } from './errors.ts';

const SHA256_HEX = /^[0-9a-f]{64}$/;

export interface StoredDocument {
  sha256: string;
  size: number;
  path: string;
}

/**
 * The uploaded documents under `<data dir>/documents/<2 hex>/<sha256>`. Files of another shape
 * (an upload's `.part` file caught mid-write) are not documents yet and stay out of the backup.
 */
export async function listStoredDocuments(dataDir: string): Promise<StoredDocument[]> {
  const root = join(dataDir, 'documents');
  const buckets = await readdir(root, { withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  const documents: StoredDocument[] = [];
  for (const bucket of buckets) {
    if (!bucket.isDirectory()) continue;
    for (const file of await readdir(join(root, bucket.name), { withFileTypes: true })) {
      if (!file.isFile() || !SHA256_HEX.test(file.name) || !file.name.startsWith(bucket.name)) {
        continue;
      }
      const path = documentPath(dataDir, file.name);
      documents.push({ sha256: file.name, size: (await stat(path)).size, path });
    }
  }
  return documents.sort((a, b) => a.sha256.localeCompare(b.sha256));
}

/**
 * Restores one document from the archive: written under a temporary name, checked against its
 * hash, then renamed into place. Resolves with the path if it created a file (so a failed import
 * can remove it) or null when that content was already stored.
 */
export async function restoreDocument(
  dataDir: string,
  sha256: string,
  content: AsyncIterable<Buffer>,
): Promise<string | null> {
  const target = documentPath(dataDir, sha256);
  const exists = await stat(target).then(
    () => true,
    () => false,
  );
  const hash = createHash('sha256');
  if (exists) {
    for await (const part of content) hash.update(part);
    return verified(sha256, hash.digest('hex'), null);
  }
  await mkdir(join(target, '..'), { recursive: true });
  const temporary = `${target}.${randomBytes(6).toString('hex')}.part`;
  const out = createWriteStream(temporary, { flags: 'wx' });
  try {
    for await (const part of content) {
      hash.update(part);
      if (!out.write(part)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'close');
    verified(sha256, hash.digest('hex'), null);
    await rename(temporary, target);
    return target;
  } catch (error) {
    out.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}

function verified(expected: string, actual: string, result: string | null): string | null {
  if (actual !== expected) {
    throw new BackupRefusal(
      `The archive is damaged: document ${expected} does not match its SHA-256 (${actual}).`,
    );
  }
  return result;
}
