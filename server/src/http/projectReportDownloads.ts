import type { Plugin } from 'graphql-yoga';
import { isUuid } from '../comparison/ids.ts';
import { NotFoundError } from '../errors.ts';
import { berlinDateString } from '../funding/berlinDate.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { Logger } from '../logger.ts';
import { buildProjectReport } from '../projects/report/buildReport.ts';
import { renderReportCsv } from '../projects/report/reportCsv.ts';
import { renderReportPdf } from '../projects/report/reportPdf.ts';
import { isReportYear, resolveReportScope } from '../projects/report/reportScope.ts';
import { renderReportXlsx } from '../projects/report/reportXlsx.ts';
import { FILE_TYPES, fileResponse, fileSlug, notFound, viewerOf } from './downloadResponses.ts';

const REPORT = /^\/exports\/project-report\/(city|partnership)\/([^/]+)\/(\d{4})\.(pdf|xlsx|csv)$/;

type Format = keyof typeof FILE_TYPES;

interface Deps {
  prisma: PrismaClient;
  log: Logger;
}

async function reportResponse(
  { prisma }: Deps,
  request: Request,
  match: RegExpExecArray,
): Promise<Response> {
  const [, kind, id, yearText, format] = match as unknown as [
    string,
    string,
    string,
    string,
    Format,
  ];
  const year = Number(yearText);
  const auth = await viewerOf(request, prisma);
  if (!auth || !isUuid(id) || !isReportYear(year, Number(berlinDateString().slice(0, 4)))) {
    return notFound();
  }
  const scopeKind = kind === 'city' ? 'CITY' : 'PARTNERSHIP';
  let scope: Awaited<ReturnType<typeof resolveReportScope>>;
  try {
    scope = await resolveReportScope(prisma, auth, { kind: scopeKind, id });
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
  const report = await buildProjectReport(prisma, auth, scope, year);
  const body =
    format === 'pdf'
      ? new Uint8Array(await renderReportPdf(report))
      : format === 'xlsx'
        ? new Uint8Array(await renderReportXlsx(report))
        : await renderReportCsv(report);
  const fileName = `dokumentation-digitalisierung-${fileSlug(scope.name, 'bericht')}-${year}.${format}`;
  return fileResponse(body, FILE_TYPES[format], fileName);
}

/**
 * The annual project report as a file: GET
 * `/exports/project-report/<city|partnership>/<uuid>/<year>.(pdf|xlsx|csv)` with the session
 * cookie. A scope the viewer may not report on, a year out of range or no session is a 404, like
 * every download. Listed before `fundingDownloads`, which answers the rest of `/exports/`.
 */
export function projectReportDownloads(deps: Deps): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (!url.pathname.startsWith('/exports/project-report/')) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      const match = REPORT.exec(url.pathname);
      if (!match) {
        endResponse(notFound());
        return;
      }
      try {
        endResponse(await reportResponse(deps, request, match));
      } catch (error) {
        deps.log.error({ err: error, path: url.pathname }, 'project report download failed');
        endResponse(Response.json({ error: 'Unexpected error' }, { status: 500 }));
      }
    },
  };
}
