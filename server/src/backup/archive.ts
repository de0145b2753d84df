import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { BackupRefusal } from './errors.ts';

/** A .tar.gz written entry by entry; nothing is held in memory beyond the current entry. */
export interface ArchiveWriter {
  addBuffer(name: string, bytes: Buffer): Promise<void>;
  /** Streams a file of known size into the archive; resolves with its SHA-256. */
  addFile(name: string, path: string, size: number): Promise<string>;
  finish(): Promise<void>;
  /** Stops writing after a failure (the caller removes the partial file). */
  abort(): Promise<void>;
}

export function createArchiveWriter(path: string): ArchiveWriter {
  const pack = tar.pack();
  const written = pipeline(pack, createGzip(), createWriteStream(path, { flags: 'wx' }));
  // Surfaces a write failure (disk full) in whichever entry is being added.
  const failed = written.then(
    () => new Promise<never>(() => undefined),
    (error: unknown) => Promise.reject(error),
  );
  failed.catch(() => undefined);
  const mtime = new Date();

  function entry(name: string, size: number) {
    let stream!: ReturnType<typeof pack.entry>;
    const finished = new Promise<void>((resolve, reject) => {
      stream = pack.entry({ name, size, mtime, mode: 0o644 }, (error) =>
        error ? reject(error) : resolve(),
      );
    });
    return { stream, finished: Promise.race([finished, failed]) };
  }

  return {
    async addBuffer(name, bytes) {
      const { stream, finished } = entry(name, bytes.length);
      stream.end(bytes);
      await finished;
    },
    async addFile(name, path, size) {
      const { stream, finished } = entry(name, size);
      const hash = createHash('sha256');
      for await (const chunk of createReadStream(path)) {
        hash.update(chunk as Buffer);
        if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), failed]);
      }
      stream.end(undefined);
      await finished;
      return hash.digest('hex');
    },
    async finish() {
      pack.finalize();
      await written;
    },
    async abort() {
      pack.destroy(new Error('export aborted'));
      await written.catch(() => undefined);
    },
  };
}

type ExtractedEntry = ReturnType<typeof tar.extract> extends AsyncIterable<infer E> ? E : never;

export interface ArchiveEntry {
  name: string;
  type: string;
  size: number;
  content: AsyncIterable<Buffer>;
}

function damaged(error: unknown): BackupRefusal {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new BackupRefusal('The archive file does not exist.');
  if (code === 'EACCES' || code === 'EISDIR') {
    return new BackupRefusal(`The archive file cannot be read (${code}).`);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new BackupRefusal(`The archive is damaged or incomplete (${message}).`);
}

/**
 * The entries of a .tar.gz in order. gzip's CRC and length trailer and tar's header checksums are
 * checked as the stream goes, so a truncated or altered file fails here (as a BackupRefusal), at
 * the latest at its end. Each entry's content must be read or skipped before the next one comes.
 */
export async function* readArchive(path: string): AsyncGenerator<ArchiveEntry> {
  const extract = tar.extract();
  const reading = pipeline(createReadStream(path), createGunzip(), extract);
  let readError: unknown;
  reading.catch((error: unknown) => {
    readError = error;
  });
  // A gzip error reaches the entry as a bare "premature close"; report the cause instead.
  async function* guarded(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    try {
      for await (const part of stream) yield part;
    } catch (error) {
      await reading.catch(() => undefined);
      throw damaged(readError ?? error);
    }
  }
  const entries = extract[Symbol.asyncIterator]();
  let complete = false;
  try {
    while (true) {
      let next: IteratorResult<ExtractedEntry>;
      try {
        next = await entries.next();
      } catch (error) {
        await reading.catch(() => undefined);
        throw damaged(readError ?? error);
      }
      if (next.done) break;
      const stream = next.value;
      yield {
        name: stream.header.name,
        type: stream.header.type ?? 'file',
        size: stream.header.size ?? 0,
        content: guarded(stream as AsyncIterable<Buffer>),
      };
      // Whatever the consumer left unread must drain, or the extractor waits forever.
      stream.resume();
    }
    try {
      await reading;
    } catch (error) {
      throw damaged(error);
    }
    complete = true;
  } finally {
    // The consumer stopped early (an import failed): close the file instead of leaving it open.
    if (!complete) {
      extract.destroy();
      await reading.catch(() => undefined);
    }
  }
}

/** Reads an entry into memory (table chunks and the manifest: bounded by the export's chunking). */
export async function readContent(entry: ArchiveEntry): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of entry.content) parts.push(part);
  return Buffer.concat(parts);
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
