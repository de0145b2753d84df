import { z } from 'zod';
import { BackupRefusal } from './errors.ts';

export const BACKUP_FORMAT = 'amtsweg-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

const chunkSchema = z.object({
  /** Archive entry: a JSON array of rows, each `{ column: text form of the value | null }`. */
  entry: z.string(),
  rows: z.number().int().nonnegative(),
  sha256: sha256Hex,
});

const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
  createdAt: z.string(),
  database: z.enum(['pglite', 'postgres']),
  /** Applied migrations of the exported database; import requires exactly these. */
  migrations: z.array(z.string()),
  /** In insertion order (parents first). */
  tables: z.array(
    z.object({
      name: z.string(),
      columns: z.array(z.string()),
      types: z.array(z.string()),
      rows: z.number().int().nonnegative(),
      chunks: z.array(chunkSchema),
    }),
  ),
  sequences: z.array(
    z.object({ name: z.string(), lastValue: z.string().regex(/^-?\d+$/), isCalled: z.boolean() }),
  ),
  /** Uploaded documents, stored as `documents/<sha256>` entries. */
  documents: z.array(z.object({ sha256: sha256Hex, size: z.number().int().nonnegative() })),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestChunk = z.infer<typeof chunkSchema>;

export function documentEntry(sha256: string): string {
  return `documents/${sha256}`;
}

export function chunkEntry(table: string, index: number): string {
  return `tables/${table}/${String(index).padStart(6, '0')}.json`;
}

export function parseManifest(bytes: Buffer): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new BackupRefusal('The archive is damaged: manifest.json is not valid JSON.');
  }
  const format = (json as { format?: unknown; version?: unknown } | null) ?? {};
  if (format.format !== BACKUP_FORMAT) {
    throw new BackupRefusal('This file is not an Amtsweg backup (manifest.json has no format).');
  }
  if (format.version !== BACKUP_FORMAT_VERSION) {
    throw new BackupRefusal(
      `The archive has backup format version ${String(format.version)}; this Amtsweg reads version ${BACKUP_FORMAT_VERSION}.`,
    );
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    throw new BackupRefusal(
      `The archive is damaged: manifest.json is invalid (${parsed.error.message}).`,
    );
  }
  return parsed.data;
}
