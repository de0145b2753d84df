import { createHash, randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { UPLOAD_DOCUMENT } from './fundingOperations.ts';
import { type CityKey, type FundingWorld, fundingOfficerOf, type Person } from './fundingWorld.ts';
import type { GraphqlResponse, TestApp } from './testApp.ts';

// ---------------------------------------------------------------------------------------------
// Files: multipart uploads, downloads, test documents.

/** A GraphQL request per the multipart request spec, with `files` at the given variable paths. */
export async function gqlMultipart(
  app: TestApp,
  query: string,
  variables: Record<string, unknown>,
  files: Record<string, File>,
  cookie?: string,
): Promise<GraphqlResponse> {
  const form = new FormData();
  const paths = Object.keys(files);
  form.set('operations', JSON.stringify({ query, variables }));
  form.set('map', JSON.stringify(Object.fromEntries(paths.map((path, i) => [i, [path]]))));
  for (const [i, path] of paths.entries()) form.set(String(i), files[path] as File);
  const response = await app.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    // As the SPA does: a multipart POST without this header is refused (CSRF).
    headers: { 'x-graphql-yoga-csrf': '1', ...(cookie ? { cookie } : {}) },
    body: form,
  });
  const text = await response.text();
  let body: Omit<GraphqlResponse, 'status' | 'setCookie'>;
  try {
    body = JSON.parse(text);
  } catch {
    body = { data: undefined, errors: [{ message: text }] };
  }
  return { ...body, status: response.status, setCookie: response.headers.get('set-cookie') };
}

export async function upload(
  w: FundingWorld,
  input: { applicationId: string; city: CityKey; requirement: string; file: File },
  as: Person = fundingOfficerOf[input.city],
) {
  return gqlMultipart(
    w.app,
    UPLOAD_DOCUMENT,
    {
      input: {
        applicationId: input.applicationId,
        cityId: w.cityId(input.city),
        requirement: input.requirement,
        file: null,
      },
    },
    { 'variables.input.file': input.file },
    await w.cookie(as),
  );
}

export interface Download {
  status: number;
  contentType: string | null;
  contentDisposition: string | null;
  bytes: Buffer;
  text: string;
}

/** GET `path` (a path, or an absolute URL as a calendar feed may give) as a browser would. */
export async function download(app: TestApp, path: string, cookie?: string): Promise<Download> {
  const url = new URL(path, 'http://localhost');
  const response = await app.yoga.fetch(`http://localhost${url.pathname}${url.search}`, {
    headers: cookie ? { cookie } : {},
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    contentDisposition: response.headers.get('content-disposition'),
    bytes,
    text: bytes.toString('utf8'),
  };
}

export function exportPaths(applicationGlobalId: string) {
  const uuid = Buffer.from(applicationGlobalId, 'base64').toString().split(':')[1];
  const base = `/exports/funding-applications/${uuid}`;
  return {
    pdf: `${base}/summary.pdf`,
    xlsx: `${base}/budget.xlsx`,
    csv: `${base}/budget.csv`,
  };
}

/** The uuid inside a global id. */
export function uuidOf(id: string): string {
  return Buffer.from(id, 'base64').toString().split(':')[1] as string;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface TestFile {
  file: File;
  bytes: Uint8Array<ArrayBuffer>;
  sha256: string;
}

function testFile(bytes: Uint8Array<ArrayBuffer>, name: string, type: string): TestFile {
  return { file: new File([bytes], name, { type }), bytes, sha256: sha256(bytes) };
}

/** A real one-page PDF made with pdfkit. */
export async function pdfFile(text: string, name = 'antrag.pdf'): Promise<TestFile> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.fontSize(14).text(text);
  doc.end();
  await done;
  return testFile(new Uint8Array(Buffer.concat(chunks)), name, 'application/pdf');
}

/**
 * A Windows executable (DOS stub "MZ", PE signature, i386 COFF header) posing as a PDF. Random
 * bytes at its end make each one unique, so a stored copy from an earlier run cannot mislead.
 */
export function windowsExecutable(name = 'antrag.pdf'): TestFile {
  const bytes = new Uint8Array(512);
  bytes.set([0x4d, 0x5a, 0x90, 0x00, 0x03]); // "MZ" and the usual DOS header start
  new DataView(bytes.buffer).setUint32(0x3c, 0x80, true); // e_lfanew: PE header at 0x80
  bytes.set([0x50, 0x45, 0x00, 0x00, 0x4c, 0x01, 0x01, 0x00], 0x80); // "PE\0\0", i386, 1 section
  bytes.set(randomBytes(32), 480);
  return testFile(bytes, name, 'application/pdf');
}

export const MB = 1024 * 1024;

/** A PDF header, padding and a trailer: `size` bytes that look like a PDF. */
export function oversizedPdf(size: number): TestFile {
  const bytes = new Uint8Array(size);
  bytes.set(Buffer.from('%PDF-1.7\n%âãÏÓ\n'));
  bytes.set(randomBytes(32), bytes.length - 64);
  bytes.set(Buffer.from('\n%%EOF\n'), bytes.length - 8);
  return testFile(bytes, 'grosser-plan.pdf', 'application/pdf');
}

/** Files anywhere under `dir` whose name contains `sha256` (the store keeps files by hash). */
export async function storedFilesNamed(dir: string, hash: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  return entries
    .filter((entry) => entry.isFile() && entry.name.includes(hash))
    .map((entry) => join(entry.parentPath, entry.name));
}
