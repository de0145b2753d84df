import { encodeGlobalID } from '@pothos/plugin-relay';
import { PROJECT_EVENT_KINDS, type ProjectEventMessage } from '../events/projectEvents.ts';
import { visibleProjectEvents } from '../events/visibleProjectEvents.ts';
import { builder } from './builder.ts';
import { rawId } from './globalIds.ts';
import { ProjectRef } from './project.ts';

const ProjectEventKindEnum = builder.enumType('ProjectEventKind', { values: PROJECT_EVENT_KINDS });

const ProjectEventRef = builder.objectRef<ProjectEventMessage>('ProjectEvent').implement({
  description: 'Something that happened to a project the subscriber may see.',
  fields: (t) => ({
    kind: t.field({ type: ProjectEventKindEnum, resolve: (event) => event.kind }),
    project: t.prismaField({
      type: ProjectRef,
      description: 'The project as it is now.',
      resolve: (query, event, _args, ctx) =>
        ctx.prisma.project.findUniqueOrThrow({ ...query, where: { id: event.projectId } }),
    }),
    actorName: t.exposeString('actorName'),
    at: t.field({ type: 'DateTime', resolve: (event) => new Date(event.at) }),
    taskId: t.id({
      nullable: true,
      description: 'For TASK_ASSIGNED and TASK_CHANGED: the task concerned.',
      resolve: (event) => (event.taskId ? encodeGlobalID('ProjectTask', event.taskId) : null),
    }),
  }),
});

/** A project id that cannot be one matches nothing, as `project(id:)` answers null for it. */
function projectIdFilter(id: string | number | null | undefined): string | undefined {
  if (id === null || id === undefined) return undefined;
  try {
    return rawId('Project', String(id));
  } catch {
    return 'no such project';
  }
}

builder.subscriptionField('projectEvents', (t) =>
  t.field({
    type: ProjectEventRef,
    description:
      'Changes of the projects the viewer may see (of one project with projectId), as server-sent ' +
      'events. Visibility is checked per event, at the moment it happens.',
    authScopes: { signedIn: true },
    args: { projectId: t.arg.id() },
    subscribe: (_root, args, ctx) => {
      // authScopes guard `resolve`, which runs per event: refuse anonymous callers up front.
      ctx.auth.requireUser();
      return visibleProjectEvents(ctx.projectEvents.subscribe(), {
        prisma: ctx.prisma,
        // A signed-in request carried its session token; each event checks it again.
        sessionToken: ctx.sessionToken ?? '',
        projectId: projectIdFilter(args.projectId),
      });
    },
    resolve: ({ event, auth }, _args, ctx) => {
      // The Project fields below (viewerCanEdit, linked models …) answer with the rights the
      // viewer has now, not those at subscription time.
      ctx.auth = auth;
      return event;
    },
  }),
);
