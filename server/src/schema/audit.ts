import { builder } from './builder.ts';
import { CityRef } from './city.ts';

// Entries are written by the audit plugin (server/src/audit/); here they are only read.
builder.prismaObject('AuditLogEntry', {
  description: 'One executed mutation: who, what, on which id, how it ended. Never its content.',
  // Only reachable through `auditLog`, which checks the city already; this guards any other path.
  authScopes: (entry, ctx) =>
    entry.cityId ? ctx.auth.can('auditLog:view', { cityId: entry.cityId }) : { globalAdmin: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    actorName: t.exposeString('userDisplayName', {
      nullable: true,
      description: 'Display name of the person at the time; null when nobody was signed in.',
    }),
    operation: t.exposeString('operation', {
      description: 'The mutation field, e.g. inviteMember.',
    }),
    outcome: t.exposeString('outcome', {
      description:
        'OK, the typename of a typed error (e.g. NotFoundError), FORBIDDEN, UNAUTHENTICATED, ' +
        'FAILED, or UNKNOWN when another mutation in the same request failed.',
    }),
    targetId: t.exposeID('targetId', {
      nullable: true,
      description: 'The main id argument as it was sent, if the mutation had one.',
    }),
  }),
});

builder.queryField('auditLog', (t) =>
  t.prismaConnection({
    type: 'AuditLogEntry',
    cursor: 'id',
    description: "A city's audit log, newest first. The city's admins (and global admins) only.",
    authScopes: { signedIn: true },
    args: { cityId: t.arg.globalID({ required: true, for: CityRef }) },
    resolve: async (query, _root, args, ctx) => {
      await ctx.auth.assertCan('auditLog:view', { cityId: args.cityId.id });
      return ctx.prisma.auditLogEntry.findMany({
        ...query,
        where: { cityId: args.cityId.id },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      });
    },
  }),
);
