import { createHash } from 'node:crypto';
import { readArchive, readContent } from './archive.ts';
import { BackupRefusal } from './errors.ts';
import { documentEntry, MANIFEST_ENTRY, type Manifest, parseManifest } from './manifest.ts';

const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;

/**
 * Reads the whole archive once before anything is written: every entry's SHA-256 and size against
 * the manifest, no entry missing, none extra, in the order import will apply them. A damaged,
 * truncated or hand-edited archive is refused here, with the database and data dir untouched.
 */
export async function verifyArchive(file: string): Promise<Manifest> {
  const seen = new Map<string, { sha256: string; size: number }>();
  const order: string[] = [];
  let manifestBytes: Buffer | undefined;
  for await (const entry of readArchive(file)) {
    if (entry.type !== 'file') {
      throw new BackupRefusal(`The archive holds an unexpected ${entry.type} entry ${entry.name}.`);
    }
    if (seen.has(entry.name) || (entry.name === MANIFEST_ENTRY && manifestBytes)) {
      throw new BackupRefusal(`The archive holds ${entry.name} twice.`);
    }
    if (entry.name === MANIFEST_ENTRY) {
      if (entry.size > MAX_MANIFEST_BYTES) throw new BackupRefusal('manifest.json is too large.');
      manifestBytes = await readContent(entry);
      continue;
    }
    const hash = createHash('sha256');
    let size = 0;
    for await (const part of entry.content) {
      hash.update(part);
      size += part.length;
    }
    seen.set(entry.name, { sha256: hash.digest('hex'), size });
    order.push(entry.name);
  }
  if (!manifestBytes) {
    throw new BackupRefusal(
      'The archive has no manifest.json: it is not an Amtsweg backup, or it is incomplete.',
    );
  }
  const manifest = parseManifest(manifestBytes);
  const expected: string[] = [];
  for (const table of manifest.tables) {
    let rows = 0;
    for (const chunk of table.chunks) {
      const found = seen.get(chunk.entry);
      if (!found) throw new BackupRefusal(`The archive is incomplete: ${chunk.entry} is missing.`);
      if (found.sha256 !== chunk.sha256) {
        throw new BackupRefusal(
          `The archive is damaged: ${chunk.entry} does not match its SHA-256.`,
        );
      }
      rows += chunk.rows;
      expected.push(chunk.entry);
    }
    if (rows !== table.rows) {
      throw new BackupRefusal(`The archive is damaged: the row counts of ${table.name} disagree.`);
    }
  }
  for (const document of manifest.documents) {
    const name = documentEntry(document.sha256);
    const found = seen.get(name);
    if (!found) throw new BackupRefusal(`The archive is incomplete: ${name} is missing.`);
    if (found.sha256 !== document.sha256 || found.size !== document.size) {
      throw new BackupRefusal(`The archive is damaged: ${name} does not match its SHA-256.`);
    }
    expected.push(name);
  }
  const listed = new Set(expected);
  const extra = order.filter((name) => !listed.has(name));
  if (extra.length > 0) {
    throw new BackupRefusal(`The archive holds entries its manifest does not list: ${extra[0]}.`);
  }
  if (order.some((name, i) => name !== expected[i])) {
    throw new BackupRefusal('The archive is damaged: its entries are not in the manifest order.');
  }
  return manifest;
}
