import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mailDirectory } from '../../src/mail/mailer.ts';

// The `.eml` files the mailer writes without SMTP_URL, decoded far enough to assert on: headers
// with RFC 2047 encoded words, a single text part in quoted-printable, base64 or plain 7/8 bit.

export interface MailFile {
  file: string;
  from: string;
  to: string;
  subject: string;
  text: string;
}

function hexBytes(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i] as string, 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?') // whitespace between encoded words is not part of the text
    .replace(
      /=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi,
      (_all, _charset, encoding: string, data: string) =>
        encoding.toUpperCase() === 'B'
          ? Buffer.from(data, 'base64').toString('utf8')
          : hexBytes(data.replace(/_/g, ' ')).toString('utf8'),
    );
}

export function parseMail(file: string, raw: string): MailFile {
  const source = raw.replace(/\r\n/g, '\n');
  const split = source.indexOf('\n\n');
  const headerBlock = source.slice(0, split).replace(/\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of headerBlock.split('\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  const body = source.slice(split + 2);
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  const text =
    encoding === 'quoted-printable'
      ? hexBytes(body.replace(/=\n/g, '')).toString('utf8')
      : encoding === 'base64'
        ? Buffer.from(body, 'base64').toString('utf8')
        : body;
  return {
    file,
    from: decodeHeader(headers.get('from') ?? ''),
    to: decodeHeader(headers.get('to') ?? ''),
    subject: decodeHeader(headers.get('subject') ?? ''),
    text,
  };
}

/** Every mail written under `dataDir`, oldest first (file names start with the time). */
export async function mailsIn(dataDir: string): Promise<MailFile[]> {
  const directory = mailDirectory(dataDir);
  const files = (await readdir(directory).catch(() => [] as string[]))
    .filter((name) => name.endsWith('.eml'))
    .sort();
  return Promise.all(
    files.map(async (name) => parseMail(name, await readFile(join(directory, name), 'utf8'))),
  );
}
