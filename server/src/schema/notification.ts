import { encodeGlobalID } from '@pothos/plugin-relay';
import { NotificationKind } from '../generated/prisma/enums.ts';
import { builder } from './builder.ts';
import { FundingApplicationStatusEnum } from './fundingApplication.ts';

const NotificationKindEnum = builder.enumType(NotificationKind, { name: 'NotificationKind' });

const NotificationRef = builder.prismaNode('Notification', {
  id: { field: 'id' },
  authScopes: (n, ctx) => n.userId === ctx.auth.user?.id,
  fields: (t) => ({
    kind: t.expose('kind', { type: NotificationKindEnum }),
    actorName: t.exposeString('actorName'),
    modelTitle: t.exposeString('modelTitle'),
    modelId: t.id({
      nullable: true,
      description: 'The process model concerned; it may have become invisible since.',
      resolve: (n) => (n.modelId ? encodeGlobalID('ProcessModel', n.modelId) : null),
    }),
    applicationId: t.id({
      nullable: true,
      description: 'The funding application concerned; it may have become invisible since.',
      resolve: (n) =>
        n.applicationId ? encodeGlobalID('FundingApplication', n.applicationId) : null,
    }),
    applicationTitle: t.exposeString('applicationTitle'),
    applicationStatus: t.expose('applicationStatus', {
      type: FundingApplicationStatusEnum,
      nullable: true,
      description: 'For FUNDING_STATUS_CHANGED: the status the application moved to.',
    }),
    daysBefore: t.exposeInt('daysBefore', {
      nullable: true,
      description: 'For FUNDING_DEADLINE: days left until the deadline (14, 7 or 1).',
    }),
    projectId: t.id({
      nullable: true,
      description: 'The project concerned; it may have become invisible since.',
      resolve: (n) => (n.projectId ? encodeGlobalID('Project', n.projectId) : null),
    }),
    projectTitle: t.exposeString('projectTitle'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    read: t.boolean({ resolve: (n) => n.readAt !== null }),
  }),
});

builder.queryField('notifications', (t) =>
  t.prismaConnection({
    type: 'Notification',
    cursor: 'id',
    description: "The signed-in user's notifications, newest first.",
    authScopes: { signedIn: true },
    args: { unreadOnly: t.arg.boolean() },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.notification.findMany({
        ...query,
        where: { userId: ctx.auth.requireUser().id, ...(args.unreadOnly ? { readAt: null } : {}) },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
  }),
);

builder.queryField('unreadNotificationCount', (t) =>
  t.int({
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) =>
      ctx.prisma.notification.count({
        where: { userId: ctx.auth.requireUser().id, readAt: null },
      }),
  }),
);

builder.mutationField('markNotificationsRead', (t) =>
  t.int({
    description: 'Marks the given (or, without ids, all) own notifications read; returns how many.',
    authScopes: { signedIn: true },
    args: { ids: t.arg.globalIDList({ for: NotificationRef }) },
    resolve: async (_root, args, ctx) => {
      const { count } = await ctx.prisma.notification.updateMany({
        where: {
          userId: ctx.auth.requireUser().id,
          readAt: null,
          ...(args.ids ? { id: { in: args.ids.map((g) => g.id) } } : {}),
        },
        data: { readAt: new Date() },
      });
      return count;
    },
  }),
);
