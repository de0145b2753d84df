import type { Auth } from '../auth/authz.ts';
import { readCookie, SESSION_COOKIE, sessionAuth } from '../auth/session.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';

// What every download route answers with: files, 404s, the viewer from the session cookie.

export const FILE_TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

/** Anything the viewer may not see is simply not there. */
export function notFound(): Response {
  return Response.json(
    { error: 'Not found' },
    { status: 404, headers: { 'cache-control': 'no-store' } },
  );
}

/** RFC 6266 attachment with a UTF-8 name (umlauts) and an ASCII fallback. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function fileResponse(
  body: Uint8Array | string,
  contentType: string,
  fileName: string,
): Response {
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: {
      'content-type': contentType,
      'content-disposition': attachment(fileName),
      // Private data: never kept by shared caches; never sniffed into something executable.
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

/** "Digitalisierungsverbund Neckar" → "digitalisierungsverbund-neckar", for file names. */
export function fileSlug(text: string, fallback: string): string {
  const folded = text
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return folded || fallback;
}

/** The signed-in viewer of a download request, or null. */
export async function viewerOf(request: Request, prisma: PrismaClient): Promise<Auth | null> {
  return sessionAuth(prisma, readCookie(request.headers.get('cookie'), SESSION_COOKIE));
}
