import type { Auth } from '../../auth/authz.ts';
import { NotFoundError } from '../../errors.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { ProjectReportScopeKind } from './reportTypes.ts';

export interface ReportScope {
  kind: ProjectReportScopeKind;
  id: string;
  name: string;
  cities: { id: string; name: string }[];
}

/** The earliest report year; the latest is next year, for planning ahead. */
export const FIRST_REPORT_YEAR = 2000;

export function isReportYear(year: number, currentYear: number): boolean {
  return Number.isInteger(year) && year >= FIRST_REPORT_YEAR && year <= currentYear + 1;
}

/**
 * The cities a report covers: one city the viewer belongs to, or the accepted member cities of a
 * partnership one of the viewer's cities is in (global admins: any). Anything else is "not
 * found", so nobody learns from the answer that a city or partnership exists.
 */
export async function resolveReportScope(
  prisma: PrismaClient,
  auth: Auth,
  scope: { kind: ProjectReportScopeKind; id: string },
): Promise<ReportScope> {
  const entity = scope.kind === 'CITY' ? 'City' : 'Partnership';
  if (!auth.user) throw new NotFoundError(entity);
  const viewerCities = await auth.cityIdsWith('project:view');
  if (scope.kind === 'CITY') {
    if (viewerCities !== 'all' && !viewerCities.includes(scope.id)) throw new NotFoundError(entity);
    const city = await prisma.city.findUnique({
      where: { id: scope.id },
      select: { id: true, name: true },
    });
    if (!city) throw new NotFoundError(entity);
    return { kind: 'CITY', id: city.id, name: city.name, cities: [city] };
  }
  if (viewerCities !== 'all' && !(await auth.partnershipIds()).has(scope.id)) {
    throw new NotFoundError(entity);
  }
  const partnership = await prisma.partnership.findUnique({
    where: { id: scope.id },
    select: {
      id: true,
      name: true,
      members: {
        where: { status: 'ACCEPTED' },
        select: { city: { select: { id: true, name: true } } },
        orderBy: { city: { name: 'asc' } },
      },
    },
  });
  if (!partnership) throw new NotFoundError(entity);
  return {
    kind: 'PARTNERSHIP',
    id: partnership.id,
    name: partnership.name,
    cities: partnership.members.map((m) => m.city),
  };
}
