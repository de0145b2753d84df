import { readFile } from 'node:fs/promises';
import type { Plugin } from 'graphql-yoga';
import { Auth } from '../auth/authz.ts';
import { isUuid } from '../comparison/ids.ts';
import type { Config } from '../config.ts';
import { berlinToday } from '../funding/berlinDate.ts';
import {
  applicationDeadlines,
  calendarEventsOf,
  userByCalendarToken,
} from '../funding/calendar.ts';
import { documentPath } from '../funding/documentStorage.ts';
import { renderBudgetCsv } from '../funding/exports/budgetCsv.ts';
import { renderBudgetXlsx } from '../funding/exports/budgetXlsx.ts';
import { renderCalendarFeed } from '../funding/exports/calendarFeed.ts';
import { renderStatementPdf } from '../funding/exports/statementPdf.ts';
import { buildStatement, statementInclude } from '../funding/statement.ts';
import { statementFromJson } from '../funding/statementJson.ts';
import type { FundingStatement } from '../funding/statementTypes.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { Logger } from '../logger.ts';
import { FILE_TYPES, fileResponse, fileSlug, notFound, viewerOf } from './downloadResponses.ts';

const EXPORT =
  /^\/exports\/funding-applications\/([^/]+)\/(summary\.pdf|budget\.xlsx|budget\.csv)$/;
const DOCUMENT = /^\/files\/application-documents\/([^/]+)$/;
const CALENDAR = /^\/calendar\/([A-Za-z0-9_-]{20,100})\.ics$/;

/** The URL prefixes this plugin answers; the HTTP server hands them to yoga. */
export const DOWNLOAD_PATH_PREFIXES = ['/exports/', '/files/', '/calendar/'];

const EXPORT_TYPES = {
  'summary.pdf': FILE_TYPES.pdf,
  'budget.xlsx': FILE_TYPES.xlsx,
  'budget.csv': FILE_TYPES.csv,
} as const;

interface Deps {
  prisma: PrismaClient;
  config: Config;
  log: Logger;
}

async function exportResponse(
  { prisma }: Deps,
  request: Request,
  url: URL,
  applicationId: string,
  kind: keyof typeof EXPORT_TYPES,
): Promise<Response> {
  const auth = await viewerOf(request, prisma);
  if (!auth || !isUuid(applicationId) || !(await auth.canViewFundingApplication(applicationId))) {
    return notFound();
  }
  const application = await prisma.fundingApplication.findUnique({
    where: { id: applicationId },
    include: statementInclude,
  });
  if (!application) return notFound();
  let statement: FundingStatement;
  let suffix = '';
  const snapshotId = url.searchParams.get('snapshot');
  if (snapshotId) {
    const snapshot = isUuid(snapshotId)
      ? await prisma.applicationSnapshot.findFirst({ where: { id: snapshotId, applicationId } })
      : null;
    if (!snapshot) return notFound();
    statement = statementFromJson(snapshot.content);
    suffix = `-eingereicht-${snapshot.createdAt.toISOString().slice(0, 10)}`;
  } else {
    statement = buildStatement(application, berlinToday());
  }
  const base = `${fileSlug(application.title, 'foerderantrag')}${suffix}`;
  switch (kind) {
    case 'summary.pdf':
      return fileResponse(await renderStatementPdf(statement), EXPORT_TYPES[kind], `${base}.pdf`);
    case 'budget.xlsx':
      return fileResponse(
        await renderBudgetXlsx(statement),
        EXPORT_TYPES[kind],
        `${base}-budget.xlsx`,
      );
    case 'budget.csv':
      return fileResponse(
        await renderBudgetCsv(statement),
        EXPORT_TYPES[kind],
        `${base}-budget.csv`,
      );
  }
}

async function documentResponse({ prisma, config }: Deps, request: Request, documentId: string) {
  const auth = await viewerOf(request, prisma);
  if (!auth || !isUuid(documentId)) return notFound();
  const document = await prisma.applicationDocument.findUnique({ where: { id: documentId } });
  if (
    !document?.sha256 ||
    document.state !== 'UPLOADED' ||
    !(await auth.canViewFundingApplication(document.applicationId))
  ) {
    return notFound();
  }
  const bytes = await readFile(documentPath(config.dataDir, document.sha256)).catch(() => null);
  if (!bytes) return notFound();
  return fileResponse(
    bytes,
    document.mediaType ?? 'application/octet-stream',
    document.fileName ?? 'dokument',
  );
}

async function calendarResponse({ prisma, config }: Deps, token: string) {
  const user = await userByCalendarToken(prisma, token);
  if (!user) return notFound();
  const deadlines = await applicationDeadlines(prisma, new Auth(prisma, user));
  const body = renderCalendarFeed({
    name: `Amtsweg – Fristen (${user.displayName})`,
    events: calendarEventsOf(deadlines, config.publicUrl),
  });
  // Calendar apps subscribe to this URL: inline, not an attachment.
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

/**
 * Downloads that are not GraphQL: application exports (PDF, XLSX, CSV), uploaded documents and
 * the iCalendar feed. As a yoga plugin they share its Request/Response handling, and tests reach
 * them in-process through `yoga.fetch` like the API. Anything the viewer may not see is a 404.
 */
export function fundingDownloads(deps: Deps): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (!DOWNLOAD_PATH_PREFIXES.some((prefix) => url.pathname.startsWith(prefix))) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      try {
        const exportMatch = EXPORT.exec(url.pathname);
        const documentMatch = DOCUMENT.exec(url.pathname);
        const calendarMatch = CALENDAR.exec(url.pathname);
        if (exportMatch) {
          const kind = exportMatch[2] as keyof typeof EXPORT_TYPES;
          endResponse(await exportResponse(deps, request, url, exportMatch[1] as string, kind));
        } else if (documentMatch) {
          endResponse(await documentResponse(deps, request, documentMatch[1] as string));
        } else if (calendarMatch) {
          endResponse(await calendarResponse(deps, calendarMatch[1] as string));
        } else {
          endResponse(notFound());
        }
      } catch (error) {
        deps.log.error({ err: error, path: url.pathname }, 'download failed');
        endResponse(Response.json({ error: 'Unexpected error' }, { status: 500 }));
      }
    },
  };
}
