import type { Auth } from '../../auth/authz.ts';
import { berlinDateString, calendarDateString } from '../../funding/berlinDate.ts';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { visibleModelsWhere } from '../../processModels/visibility.ts';
import { visibleProjectsWhere } from '../access.ts';
import { REPORT_STATUS_ORDER } from './reportLabels.ts';
import type { ReportScope } from './reportScope.ts';
import type { ProjectReport, ReportMilestone, ReportProject } from './reportTypes.ts';
import { isInYear, startOfBerlinYear, stateAtEndOf } from './yearEnd.ts';

function reportSelection(
  year: number,
  models: Prisma.ProcessModelWhereInput,
  applications: Prisma.FundingApplicationWhereInput,
) {
  return {
    id: true,
    title: true,
    status: true,
    progressPercent: true,
    visibility: true,
    createdAt: true,
    startDate: true,
    plannedEndDate: true,
    topic: { select: { labelDe: true } },
    leadCity: { select: { name: true } },
    partners: { select: { city: { select: { name: true } } }, orderBy: { city: { name: 'asc' } } },
    updates: {
      where: { OR: [{ toStatus: { not: null } }, { toProgress: { not: null } }] },
      select: { at: true, fromStatus: true, toStatus: true, fromProgress: true, toProgress: true },
      orderBy: { at: 'asc' },
    },
    milestones: {
      where: { doneAt: { gte: startOfBerlinYear(year), lt: startOfBerlinYear(year + 1) } },
      select: { title: true, dueDate: true, doneAt: true },
      orderBy: [{ doneAt: 'asc' }, { title: 'asc' }],
    },
    processModels: {
      where: { model: models },
      select: { model: { select: { id: true, title: true, city: { select: { name: true } } } } },
    },
    fundingApplications: {
      where: { application: applications },
      select: {
        application: {
          select: { id: true, title: true, status: true, programme: { select: { name: true } } },
        },
      },
    },
  } satisfies Prisma.ProjectSelect;
}

export type ReportProjectRow = Prisma.ProjectGetPayload<{
  select: ReturnType<typeof reportSelection>;
}>;

const byTitle = (a: { title: string }, b: { title: string }) =>
  a.title.localeCompare(b.title, 'de');

function reportProject(row: ReportProjectRow, year: number): ReportProject {
  const current = { status: row.status, progressPercent: row.progressPercent };
  const now = stateAtEndOf(year, row.updates, current);
  const isNew = row.createdAt >= startOfBerlinYear(year);
  const before = isNew ? null : stateAtEndOf(year - 1, row.updates, current);
  return {
    id: row.id,
    title: row.title,
    topicLabel: row.topic.labelDe,
    leadCityName: row.leadCity.name,
    partnerCityNames: row.partners.map((p) => p.city.name),
    visibility: row.visibility,
    status: now.status,
    progressPercent: now.progressPercent,
    previousStatus: before?.status ?? null,
    previousProgressPercent: before?.progressPercent ?? null,
    isNew,
    startDate: row.startDate ? calendarDateString(row.startDate) : null,
    plannedEndDate: row.plannedEndDate ? calendarDateString(row.plannedEndDate) : null,
    milestonesReached: row.milestones
      .filter((m) => m.doneAt !== null && isInYear(m.doneAt, year))
      .map((m) => ({
        projectId: row.id,
        projectTitle: row.title,
        title: m.title,
        dueDate: calendarDateString(m.dueDate),
        reachedOn: berlinDateString(m.doneAt as Date),
      })),
    processModels: row.processModels
      .map(({ model }) => ({ id: model.id, title: model.title, cityName: model.city.name }))
      .sort(byTitle),
    fundingApplications: row.fundingApplications
      .map(({ application }) => ({
        id: application.id,
        title: application.title,
        programmeName: application.programme.name,
        status: application.status,
      }))
      .sort(byTitle),
  };
}

function changed(project: ReportProject): boolean {
  return (
    project.isNew ||
    project.previousStatus !== project.status ||
    project.previousProgressPercent !== project.progressPercent
  );
}

/**
 * The report from the loaded rows: each project with its state at the end of `year` and of the
 * year before, grouped by the former. Rows of projects created after the year are left out.
 */
export function assembleReport(input: {
  scope: ReportScope;
  year: number;
  generatedOn: string;
  rows: ReportProjectRow[];
}): ProjectReport {
  const { scope, year } = input;
  const projects = input.rows
    .filter((row) => row.createdAt < startOfBerlinYear(year + 1))
    .map((row) => reportProject(row, year))
    .sort(byTitle);
  const milestonesReached: ReportMilestone[] = projects
    .flatMap((p) => p.milestonesReached)
    .sort(
      (a, b) =>
        a.reachedOn.localeCompare(b.reachedOn) ||
        a.projectTitle.localeCompare(b.projectTitle, 'de'),
    );
  return {
    scopeKind: scope.kind,
    scopeId: scope.id,
    scopeName: scope.name,
    cityNames: scope.cities.map((c) => c.name),
    year,
    generatedOn: input.generatedOn,
    groups: REPORT_STATUS_ORDER.map((status) => ({
      status,
      projects: projects.filter((p) => p.status === status),
    })),
    changes: projects.filter(changed),
    milestonesReached,
  };
}

/**
 * The annual report ("Dokumentation Digitalisierung") of a scope the caller has resolved: every
 * project the viewer may see whose lead or a partner is one of the scope's cities and that
 * existed by the end of `year`. Linked process models and applications are those the viewer may
 * see. A fixed number of queries, however many projects there are.
 */
export async function buildProjectReport(
  prisma: PrismaClient,
  auth: Auth,
  scope: ReportScope,
  year: number,
  now: Date = new Date(),
): Promise<ProjectReport> {
  const cityIds = scope.cities.map((c) => c.id);
  const applicationIds = await auth.fundingApplicationIds();
  const [visible, models] = await Promise.all([
    visibleProjectsWhere(auth),
    visibleModelsWhere(auth),
  ]);
  const rows = await prisma.project.findMany({
    where: {
      AND: [
        visible,
        {
          OR: [
            { leadCityId: { in: cityIds } },
            { partners: { some: { cityId: { in: cityIds } } } },
          ],
        },
        { createdAt: { lt: startOfBerlinYear(year + 1) } },
      ],
    },
    select: reportSelection(
      year,
      models,
      applicationIds === 'all' ? {} : { id: { in: [...applicationIds] } },
    ),
  });
  return assembleReport({ scope, year, generatedOn: berlinDateString(now), rows });
}
