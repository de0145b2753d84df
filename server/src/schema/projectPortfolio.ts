import { encodeGlobalID } from '@pothos/plugin-relay';
import { InputValidationError } from '@pothos/plugin-validation';
import { z } from 'zod';
import { NotFoundError } from '../errors.ts';
import { berlinDateString, berlinToday } from '../funding/berlinDate.ts';
import type { Prisma, ProjectStatus, ProjectTopic } from '../generated/prisma/client.ts';
import {
  countsByStatus,
  countsByTopic,
  overdueTasksWhere,
  portfolioWhere,
  upcomingMilestonesWhere,
} from '../projects/portfolio.ts';
import { buildProjectReport } from '../projects/report/buildReport.ts';
import { TRAFFIC_LIGHT_OF } from '../projects/report/reportLabels.ts';
import { isReportYear, resolveReportScope } from '../projects/report/reportScope.ts';
import type {
  ProjectReport,
  ReportFundingApplication,
  ReportGroup,
  ReportMilestone,
  ReportProcessModel,
  ReportProject,
} from '../projects/report/reportTypes.ts';
import { builder } from './builder.ts';
import { FundingApplicationStatusEnum } from './fundingApplication.ts';
import { rawId } from './globalIds.ts';
import { VisibilityEnum } from './processModel/types.ts';
import {
  ProjectFilterInput,
  ProjectRef,
  ProjectStatusEnum,
  ProjectTopicRef,
  rawProjectFilter,
} from './project.ts';

// ---------------------------------------------------------------------------------------------
// Coordinator dashboard

interface Portfolio {
  where: Prisma.ProjectWhereInput;
  today: Date;
}

const StatusCountRef = builder
  .objectRef<{ status: ProjectStatus; count: number }>('ProjectStatusCount')
  .implement({
    fields: (t) => ({
      status: t.field({ type: ProjectStatusEnum, resolve: (c) => c.status }),
      count: t.exposeInt('count'),
    }),
  });

const TopicCountRef = builder
  .objectRef<{ topic: ProjectTopic; count: number }>('ProjectTopicCount')
  .implement({
    fields: (t) => ({
      topic: t.field({ type: ProjectTopicRef, resolve: (c) => c.topic }),
      count: t.exposeInt('count'),
    }),
  });

// A milestone or task together with its project, for lists across projects. `t.variant` reuses
// the project page's own ProjectMilestone/ProjectTask types for the row.
const PortfolioMilestoneRef = builder.prismaObject('ProjectMilestone', {
  variant: 'ProjectPortfolioMilestone',
  fields: (t) => ({
    milestone: t.variant('ProjectMilestone'),
    project: t.relation('project'),
  }),
});

const PortfolioTaskRef = builder.prismaObject('ProjectTask', {
  variant: 'ProjectPortfolioTask',
  fields: (t) => ({
    task: t.variant('ProjectTask'),
    project: t.relation('project'),
  }),
});

const PortfolioRef = builder.objectRef<Portfolio>('ProjectPortfolio').implement({
  description:
    "The coordinator's dashboard: projects the viewer may see that their cities or their partnerships' cities run, filtered.",
  fields: (t) => ({
    countsByStatus: t.field({
      type: [StatusCountRef],
      description: 'All five statuses, zeros included.',
      resolve: (p, _args, ctx) => countsByStatus(ctx.prisma, p.where),
    }),
    countsByTopic: t.field({
      type: [TopicCountRef],
      description: 'All topics in their order, zeros included.',
      resolve: (p, _args, ctx) => countsByTopic(ctx.prisma, p.where),
    }),
    upcomingMilestones: t.prismaField({
      type: [PortfolioMilestoneRef],
      description: 'Open milestones due within the next 60 days, soonest first.',
      args: { first: t.arg.int({ defaultValue: 10 }) },
      resolve: (query, p, args, ctx) =>
        ctx.prisma.projectMilestone.findMany({
          ...query,
          where: upcomingMilestonesWhere(p.where, p.today),
          orderBy: [{ dueDate: 'asc' }, { title: 'asc' }, { id: 'asc' }],
          take: clamp(args.first),
        }),
    }),
    overdueTasks: t.prismaField({
      type: [PortfolioTaskRef],
      description: 'Unfinished tasks past their due date (Europe/Berlin), longest overdue first.',
      args: { first: t.arg.int({ defaultValue: 50 }) },
      resolve: (query, p, args, ctx) =>
        ctx.prisma.projectTask.findMany({
          ...query,
          where: overdueTasksWhere(p.where, p.today),
          orderBy: [{ dueDate: 'asc' }, { title: 'asc' }, { id: 'asc' }],
          take: clamp(args.first),
        }),
    }),
    overdueTaskCount: t.int({
      resolve: (p, _args, ctx) =>
        ctx.prisma.projectTask.count({ where: overdueTasksWhere(p.where, p.today) }),
    }),
    recentlyChanged: t.prismaField({
      type: [ProjectRef],
      description: 'Most recently changed first.',
      args: { first: t.arg.int({ defaultValue: 10 }) },
      resolve: (query, p, args, ctx) =>
        ctx.prisma.project.findMany({
          ...query,
          where: p.where,
          orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
          take: clamp(args.first),
        }),
    }),
  }),
});

/** List sizes the dashboard asks for: 1 to 100. */
function clamp(first: number | null | undefined): number {
  return Math.min(Math.max(first ?? 10, 1), 100);
}

builder.queryField('projectPortfolio', (t) =>
  t.field({
    type: PortfolioRef,
    authScopes: { signedIn: true },
    args: { filter: t.arg({ type: ProjectFilterInput }) },
    resolve: async (_root, args, ctx) => ({
      where: await portfolioWhere(ctx.prisma, ctx.auth, rawProjectFilter(args.filter)),
      today: berlinToday(),
    }),
  }),
);

// ---------------------------------------------------------------------------------------------
// Annual report ("Dokumentation Digitalisierung")

const ScopeKindEnum = builder.enumType('ProjectReportScopeKind', {
  values: ['CITY', 'PARTNERSHIP'] as const,
});

const TrafficLightEnum = builder.enumType('ProjectTrafficLight', {
  description: 'IDEA red, IN_PROGRESS yellow, DONE green; ON_HOLD and CANCELLED outside the light.',
  values: ['RED', 'YELLOW', 'GREEN', 'PAUSED', 'CANCELLED'] as const,
});

const ScopeInput = builder.inputType('ProjectReportScope', {
  fields: (t) => ({
    kind: t.field({ type: ScopeKindEnum, required: true }),
    id: t.id({ required: true, description: 'Global ID of the City or Partnership.' }),
  }),
});

const calendarDate = (text: string) => new Date(`${text}T00:00:00Z`);

const ReportMilestoneRef = builder.objectRef<ReportMilestone>('ProjectReportMilestone').implement({
  fields: (t) => ({
    projectId: t.id({ resolve: (m) => encodeGlobalID('Project', m.projectId) }),
    projectTitle: t.exposeString('projectTitle'),
    title: t.exposeString('title'),
    dueDate: t.field({ type: 'Date', resolve: (m) => calendarDate(m.dueDate) }),
    reachedOn: t.field({ type: 'Date', resolve: (m) => calendarDate(m.reachedOn) }),
  }),
});

const ReportProcessModelRef = builder
  .objectRef<ReportProcessModel>('ProjectReportProcessModel')
  .implement({
    fields: (t) => ({
      id: t.id({ resolve: (m) => encodeGlobalID('ProcessModel', m.id) }),
      title: t.exposeString('title'),
      cityName: t.exposeString('cityName'),
    }),
  });

const ReportFundingRef = builder
  .objectRef<ReportFundingApplication>('ProjectReportFundingApplication')
  .implement({
    fields: (t) => ({
      id: t.id({ resolve: (a) => encodeGlobalID('FundingApplication', a.id) }),
      title: t.exposeString('title'),
      programmeName: t.exposeString('programmeName'),
      status: t.field({ type: FundingApplicationStatusEnum, resolve: (a) => a.status }),
    }),
  });

const ReportEntryRef = builder.objectRef<ReportProject>('ProjectReportEntry').implement({
  description: 'A project as it stood at the end of the report year and of the year before.',
  fields: (t) => ({
    projectId: t.id({ resolve: (p) => encodeGlobalID('Project', p.id) }),
    projectRawId: t.exposeString('id', { description: 'The row id, as used in URLs.' }),
    title: t.exposeString('title'),
    topicLabel: t.exposeString('topicLabel'),
    leadCityName: t.exposeString('leadCityName'),
    partnerCityNames: t.exposeStringList('partnerCityNames'),
    visibility: t.field({ type: VisibilityEnum, resolve: (p) => p.visibility }),
    status: t.field({ type: ProjectStatusEnum, resolve: (p) => p.status }),
    trafficLight: t.field({ type: TrafficLightEnum, resolve: (p) => TRAFFIC_LIGHT_OF[p.status] }),
    progressPercent: t.exposeInt('progressPercent'),
    previousStatus: t.field({
      type: ProjectStatusEnum,
      nullable: true,
      description: 'At the end of the year before; null for a project new in the report year.',
      resolve: (p) => p.previousStatus,
    }),
    previousProgressPercent: t.exposeInt('previousProgressPercent', { nullable: true }),
    isNew: t.exposeBoolean('isNew', { description: 'Created within the report year.' }),
    startDate: t.field({
      type: 'Date',
      nullable: true,
      resolve: (p) => (p.startDate ? calendarDate(p.startDate) : null),
    }),
    plannedEndDate: t.field({
      type: 'Date',
      nullable: true,
      resolve: (p) => (p.plannedEndDate ? calendarDate(p.plannedEndDate) : null),
    }),
    milestonesReached: t.field({ type: [ReportMilestoneRef], resolve: (p) => p.milestonesReached }),
    processModels: t.field({ type: [ReportProcessModelRef], resolve: (p) => p.processModels }),
    fundingApplications: t.field({
      type: [ReportFundingRef],
      resolve: (p) => p.fundingApplications,
    }),
  }),
});

const ReportGroupRef = builder.objectRef<ReportGroup>('ProjectReportGroup').implement({
  fields: (t) => ({
    status: t.field({ type: ProjectStatusEnum, resolve: (g) => g.status }),
    trafficLight: t.field({ type: TrafficLightEnum, resolve: (g) => TRAFFIC_LIGHT_OF[g.status] }),
    projects: t.field({ type: [ReportEntryRef], resolve: (g) => g.projects }),
  }),
});

const ReportDownloadsRef = builder.objectRef<ProjectReport>('ProjectReportDownloads').implement({
  description: 'Paths of the report files; the session cookie authorises the download.',
  fields: (t) => ({
    pdf: t.string({ resolve: (r) => reportPath(r, 'pdf') }),
    xlsx: t.string({ resolve: (r) => reportPath(r, 'xlsx') }),
    csv: t.string({ resolve: (r) => reportPath(r, 'csv') }),
  }),
});

function reportPath(report: ProjectReport, extension: 'pdf' | 'xlsx' | 'csv'): string {
  return `/exports/project-report/${report.scopeKind.toLowerCase()}/${report.scopeId}/${report.year}.${extension}`;
}

const ReportRef = builder.objectRef<ProjectReport>('ProjectReport').implement({
  description:
    '"Dokumentation Digitalisierung": the projects of a city or partnership by their status at the end of a year.',
  fields: (t) => ({
    scopeKind: t.field({ type: ScopeKindEnum, resolve: (r) => r.scopeKind }),
    scopeId: t.id({
      resolve: (r) => encodeGlobalID(r.scopeKind === 'CITY' ? 'City' : 'Partnership', r.scopeId),
    }),
    scopeName: t.exposeString('scopeName'),
    cityNames: t.exposeStringList('cityNames'),
    year: t.exposeInt('year'),
    generatedOn: t.field({ type: 'Date', resolve: (r) => calendarDate(r.generatedOn) }),
    groups: t.field({
      type: [ReportGroupRef],
      description: 'All five statuses (status at 31.12.), empty ones included.',
      resolve: (r) => r.groups,
    }),
    changes: t.field({
      type: [ReportEntryRef],
      description:
        'New projects, and those whose status or progress changed since the year before.',
      resolve: (r) => r.changes,
    }),
    milestonesReached: t.field({
      type: [ReportMilestoneRef],
      description: 'Milestones reached within the year, in order.',
      resolve: (r) => r.milestonesReached,
    }),
    projectCount: t.int({ resolve: (r) => r.groups.reduce((n, g) => n + g.projects.length, 0) }),
    newProjectCount: t.int({
      resolve: (r) => r.groups.flatMap((g) => g.projects).filter((p) => p.isNew).length,
    }),
    downloads: t.field({ type: ReportDownloadsRef, resolve: (r) => r }),
  }),
});

const reportYear = z
  .number()
  .int()
  .refine((year) => isReportYear(year, Number(berlinDateString().slice(0, 4))), {
    message: 'Choose a year from 2000 to next year.',
  });

builder.queryField('projectReport', (t) =>
  t.field({
    type: ReportRef,
    description: 'The annual report of a city or partnership of the viewer.',
    errors: { types: [InputValidationError, NotFoundError] },
    authScopes: { signedIn: true },
    args: {
      scope: t.arg({ type: ScopeInput, required: true }),
      year: t.arg.int({ required: true, validate: reportYear }),
    },
    resolve: async (_root, args, ctx) => {
      const kind = args.scope.kind;
      const id = rawId(kind === 'CITY' ? 'City' : 'Partnership', String(args.scope.id));
      const scope = await resolveReportScope(ctx.prisma, ctx.auth, { kind, id });
      return buildProjectReport(ctx.prisma, ctx.auth, scope, args.year);
    },
  }),
);
