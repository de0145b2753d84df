import { encodeGlobalID } from '@pothos/plugin-relay';
import { berlinToday } from '../funding/berlinDate.ts';
import type { City, Project } from '../generated/prisma/client.ts';
import { ProjectStatus, ProjectTaskState } from '../generated/prisma/enums.ts';
import { canViewModel, type ModelSharing } from '../processModels/visibility.ts';
import {
  canEditProject,
  canViewProject,
  leadStillShares,
  type ProjectSharing,
  participatingCityIds,
  projectSharingSelection,
  visibleProjectsWhere,
} from '../projects/access.ts';
import { projectFilterWhere } from '../projects/filter.ts';
import { builder } from './builder.ts';
import { CityRef } from './city.ts';
import { FundingApplicationRef } from './fundingApplication.ts';
import { rawId } from './globalIds.ts';
import { PartnershipRef } from './partnership.ts';
import { ProcessModelRef, VisibilityEnum } from './processModel/types.ts';

export const ProjectStatusEnum = builder.enumType(ProjectStatus, { name: 'ProjectStatus' });
export const ProjectTaskStateEnum = builder.enumType(ProjectTaskState, {
  name: 'ProjectTaskState',
});

export const ProjectTopicRef = builder.prismaNode('ProjectTopic', {
  id: { field: 'id' },
  authScopes: { signedIn: true },
  fields: (t) => ({
    key: t.exposeString('key'),
    labelDe: t.exposeString('labelDe'),
    labelEn: t.exposeString('labelEn'),
  }),
});

/** Someone a task can go to: a member of a city that runs the project (name and city only). */
interface ProjectPerson {
  id: string;
  displayName: string;
  cityName: string;
}

export const ProjectPersonRef = builder.objectRef<ProjectPerson>('ProjectPerson').implement({
  fields: (t) => ({
    id: t.id({ resolve: (p) => encodeGlobalID('User', p.id) }),
    displayName: t.exposeString('displayName'),
    cityName: t.exposeString('cityName'),
  }),
});

interface Contact {
  name: string;
  email: string;
  phone: string;
  role: string;
}

const ContactRef = builder.objectRef<Contact>('ProjectContact').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    email: t.exposeString('email'),
    phone: t.exposeString('phone'),
    role: t.exposeString('role'),
  }),
});

/** Past its due date in Germany and not finished. */
const overdue = (dueDate: Date | null, finished: boolean) =>
  !finished && dueDate !== null && dueDate < berlinToday();

const MilestoneRef = builder.prismaObject('ProjectMilestone', {
  fields: (t) => ({
    id: t.id({ resolve: (m) => encodeGlobalID('ProjectMilestone', m.id) }),
    title: t.exposeString('title'),
    dueDate: t.expose('dueDate', { type: 'Date' }),
    done: t.boolean({ resolve: (m) => m.doneAt !== null }),
    doneAt: t.expose('doneAt', { type: 'DateTime', nullable: true }),
    overdue: t.boolean({ resolve: (m) => overdue(m.dueDate, m.doneAt !== null) }),
  }),
});

const TaskRef = builder.prismaObject('ProjectTask', {
  fields: (t) => ({
    id: t.id({ resolve: (task) => encodeGlobalID('ProjectTask', task.id) }),
    title: t.exposeString('title'),
    assignee: t.field({
      type: ProjectPersonRef,
      nullable: true,
      select: {
        assignee: {
          select: {
            id: true,
            displayName: true,
            memberships: { select: { city: { select: { name: true } } }, take: 1 },
          },
        },
      },
      resolve: (task) =>
        task.assignee
          ? {
              id: task.assignee.id,
              displayName: task.assignee.displayName,
              cityName: task.assignee.memberships[0]?.city.name ?? '',
            }
          : null,
    }),
    dueDate: t.expose('dueDate', { type: 'Date', nullable: true }),
    state: t.expose('state', { type: ProjectTaskStateEnum }),
    overdue: t.boolean({ resolve: (task) => overdue(task.dueDate, task.state === 'DONE') }),
    version: t.exposeInt('version', { description: 'Send it as expectedVersion to change it.' }),
  }),
});

const UpdateRef = builder.prismaObject('ProjectUpdate', {
  fields: (t) => ({
    id: t.exposeID('id'),
    actorName: t.exposeString('actorName'),
    at: t.expose('at', { type: 'DateTime' }),
    fromStatus: t.expose('fromStatus', { type: ProjectStatusEnum, nullable: true }),
    toStatus: t.expose('toStatus', { type: ProjectStatusEnum, nullable: true }),
    fromProgress: t.exposeInt('fromProgress', { nullable: true }),
    toProgress: t.exposeInt('toProgress', { nullable: true }),
    text: t.exposeString('text'),
  }),
});

export const ProjectRef = builder.prismaNode('Project', {
  id: { field: 'id' },
  include: projectSharingSelection,
  authScopes: (project, ctx) => canViewProject(ctx.auth, project),
  fields: (t) => ({
    rawId: t.exposeString('id', { description: 'The row id, as used in URLs.' }),
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    topic: t.relation('topic'),
    leadCity: t.relation('leadCity'),
    partners: t.field({
      type: [CityRef],
      description: 'Cities that run the project together with the lead city, by name.',
      select: (_args, _ctx, nestedSelection) => ({
        partners: { select: { city: nestedSelection() } },
      }),
      // The type-level sharing selection narrows `partners` in TypeScript; Pothos merges both.
      resolve: (project) =>
        (project.partners as unknown as { city: City }[])
          .map((p) => p.city)
          .sort((a, b) => a.name.localeCompare(b.name, 'de')),
    }),
    status: t.expose('status', { type: ProjectStatusEnum }),
    startDate: t.expose('startDate', { type: 'Date', nullable: true }),
    plannedEndDate: t.expose('plannedEndDate', { type: 'Date', nullable: true }),
    progressPercent: t.exposeInt('progressPercent'),
    contacts: t.field({
      type: [ContactRef],
      resolve: (project) => (Array.isArray(project.contacts) ? project.contacts : []) as never,
    }),
    visibility: t.expose('visibility', { type: VisibilityEnum }),
    sharedWith: t.field({
      type: [PartnershipRef],
      description:
        'Partnerships whose cities see the project (visibility PARTNERS) and that the viewer belongs to; a share ends when the lead city leaves.',
      select: (_args, _ctx, nestedSelection) => ({
        sharedWith: { select: { partnership: nestedSelection() } },
      }),
      resolve: async (project, _args, ctx) => {
        const mine = await ctx.auth.partnershipIds();
        const everything = ctx.auth.user?.isGlobalAdmin === true;
        // This field's selection and the type's sharing selection are merged into one.
        const shares = project.sharedWith as unknown as {
          partnershipId: string;
          partnership: { members: { cityId: string; status: string }[] };
        }[];
        return shares
          .filter((share) => leadStillShares(project, share))
          .filter((share) => everything || mine.has(share.partnershipId))
          .map((share) => share.partnership as never);
      },
    }),
    version: t.exposeInt('version', { description: 'Send it as expectedVersion to change it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    milestones: t.relation('milestones', {
      type: MilestoneRef,
      query: { orderBy: [{ dueDate: 'asc' }, { title: 'asc' }] },
    }),
    tasks: t.relation('tasks', {
      type: TaskRef,
      description: 'Open tasks first, then by due date.',
      query: { orderBy: [{ state: 'asc' }, { dueDate: { sort: 'asc', nulls: 'last' } }] },
    }),
    updates: t.relation('updates', {
      type: UpdateRef,
      description: 'Status history and comments, newest first.',
      query: { orderBy: { at: 'desc' } },
    }),
    processModels: t.field({
      type: [ProcessModelRef],
      description: 'Linked process models the viewer may see, by title.',
      select: (_args, _ctx, nestedSelection) => ({
        processModels: { select: { model: nestedSelection() } },
      }),
      resolve: async (project, _args, ctx) => {
        // nestedSelection carries the model type's own include (sharing), which its type omits.
        const models = project.processModels.map(
          (link) => link.model as typeof link.model & ModelSharing,
        );
        const visible = await Promise.all(models.map((model) => canViewModel(ctx.auth, model)));
        return models
          .filter((_model, index) => visible[index])
          .sort((a, b) => a.title.localeCompare(b.title, 'de'));
      },
    }),
    fundingApplications: t.field({
      type: [FundingApplicationRef],
      description: 'Linked funding applications the viewer may see.',
      select: (_args, _ctx, nestedSelection) => ({
        fundingApplications: { select: { application: nestedSelection() } },
      }),
      resolve: async (project, _args, ctx) => {
        const applications = project.fundingApplications.map((link) => link.application);
        const visible = await Promise.all(
          applications.map((a) => ctx.auth.canViewFundingApplication(a.id)),
        );
        return applications.filter((_a, index) => visible[index]);
      },
    }),
    viewerCanEdit: t.boolean({
      resolve: (project, _args, ctx) => canEditProject(ctx.auth, project),
    }),
    assignableUsers: t.field({
      type: [ProjectPersonRef],
      description: 'Members of the cities that run the project; empty unless the viewer may edit.',
      resolve: async (project, _args, ctx) => {
        if (!(await canEditProject(ctx.auth, project))) return [];
        const rows = await ctx.prisma.membership.findMany({
          where: { cityId: { in: participatingCityIds(project) } },
          select: { user: { select: { id: true, displayName: true } }, city: true },
          orderBy: [{ city: { name: 'asc' } }, { user: { displayName: 'asc' } }],
        });
        const seen = new Set<string>();
        return rows
          .filter((row) => !seen.has(row.user.id) && seen.add(row.user.id))
          .map((row) => ({ ...row.user, cityName: row.city.name }));
      },
    }),
  }),
});

export const ProjectFilterInput = builder.inputType('ProjectFilter', {
  fields: (t) => ({
    cityId: t.id(),
    partnershipId: t.id(),
    topicId: t.id(),
    status: t.field({ type: [ProjectStatusEnum] }),
    search: t.string(),
  }),
});

/** The filter with raw ids; an id of the wrong type simply matches nothing. */
export function rawProjectFilter(
  filter:
    | {
        cityId?: string | number | null;
        partnershipId?: string | number | null;
        topicId?: string | number | null;
        status?: ProjectStatus[] | null;
        search?: string | null;
      }
    | null
    | undefined,
) {
  const decode = (typename: string, id: string | number | null | undefined) => {
    if (id === null || id === undefined || id === '') return null;
    try {
      return rawId(typename, String(id));
    } catch {
      return '00000000-0000-0000-0000-000000000000';
    }
  };
  return {
    cityId: decode('City', filter?.cityId),
    partnershipId: decode('Partnership', filter?.partnershipId),
    topicId: decode('ProjectTopic', filter?.topicId),
    status: filter?.status ?? null,
    search: filter?.search ?? null,
  };
}

builder.queryField('projects', (t) =>
  t.prismaConnection({
    type: ProjectRef,
    cursor: 'id',
    description: 'Projects the viewer may see, filtered; most recently changed first.',
    authScopes: { signedIn: true },
    args: { filter: t.arg({ type: ProjectFilterInput }) },
    resolve: async (query, _root, args, ctx) =>
      ctx.prisma.project.findMany({
        ...query,
        where: await projectFilterWhere(rawProjectFilter(args.filter), ctx.auth, ctx.prisma),
        orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      }),
  }),
);

builder.queryField('project', (t) =>
  t.prismaField({
    type: ProjectRef,
    nullable: true,
    description: 'A project the viewer may see, else null.',
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      let id = '00000000-0000-0000-0000-000000000000';
      try {
        id = rawId('Project', String(args.id));
      } catch {
        // A malformed id finds nothing.
      }
      // The type's own include (the sharing selection) is part of `query`.
      const project = (await ctx.prisma.project.findUnique({ ...query, where: { id } })) as
        | (Project & ProjectSharing)
        | null;
      return project && (await canViewProject(ctx.auth, project)) ? project : null;
    },
  }),
);

builder.prismaObjectField(FundingApplicationRef, 'projects', (t) =>
  t.prismaField({
    type: [ProjectRef],
    description: 'Projects that link to the application and that the viewer may see, by title.',
    resolve: async (query, application, _args, ctx) => {
      const projects = await ctx.prisma.project.findMany({
        ...query,
        where: {
          AND: [
            await visibleProjectsWhere(ctx.auth),
            { fundingApplications: { some: { applicationId: application.id } } },
          ],
        },
      });
      return projects.sort((a, b) => a.title.localeCompare(b.title, 'de'));
    },
  }),
);

builder.queryField('projectTopics', (t) =>
  t.prismaField({
    type: [ProjectTopicRef],
    authScopes: { signedIn: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.projectTopic.findMany({
        ...query,
        orderBy: [{ position: 'asc' }, { key: 'asc' }],
      }),
  }),
);
