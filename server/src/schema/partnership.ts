import { encodeGlobalID } from '@pothos/plugin-relay';
import { InputValidationError } from '@pothos/plugin-validation';
import { z } from 'zod';
import { ConflictError, NotFoundError, VersionConflictError } from '../errors.ts';
import { PartnershipMemberStatus } from '../generated/prisma/enums.ts';
import {
  createPartnership,
  inviteCity,
  removeCity,
  respondToInvitation,
  updatePartnership,
} from '../partnerships/managePartnerships.ts';
import { builder } from './builder.ts';
import { CityRef } from './city.ts';
import type { Context } from './context.ts';

const StatusEnum = builder.enumType(PartnershipMemberStatus, { name: 'PartnershipMemberStatus' });

/** Cities that see a partnership: those invited to it or in it (a decline ends visibility). */
const visibleStatuses = ['INVITED', 'ACCEPTED'] as const;

async function viewable(ctx: Context, members: { cityId: string; status: string }[]) {
  const cityIds = members
    .filter((m) => (visibleStatuses as readonly string[]).includes(m.status))
    .map((m) => m.cityId);
  return ctx.auth.can('partnership:view', { cityIds });
}

/** Partner cities in display order. */
const membersInOrder = { orderBy: { city: { name: 'asc' } } } as const;
/** What every Partnership object carries for its visibility check. */
const withVisibility = {
  members: { ...membersInOrder, select: { cityId: true, status: true } },
} as const;

export const PartnershipRef = builder.prismaNode('Partnership', {
  id: { field: 'id' },
  // Loaded with every partnership so the visibility check costs no extra query per object. The
  // arguments must equal those of the `members` field: otherwise Pothos cannot merge the two
  // selections and loads `members` again for every partnership.
  include: withVisibility,
  // `answeredInvitation`: a city that just declined sees the partnership in that one response.
  authScopes: async (p, ctx) =>
    (await viewable(ctx, p.members)) || { $granted: 'answeredInvitation' },
  fields: (t) => ({
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    leadCity: t.relation('leadCity'),
    members: t.relation('members', { query: membersInOrder }),
    viewerCanManage: t.boolean({
      description: 'Whether the viewer may rename the partnership and invite or remove cities.',
      resolve: (p, _args, ctx) => ctx.auth.can('partnership:manage', { cityId: p.leadCityId }),
    }),
  }),
});

builder.prismaObject('PartnershipMember', {
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.expose('status', { type: StatusEnum }),
    invitedAt: t.expose('invitedAt', { type: 'DateTime' }),
    respondedAt: t.expose('respondedAt', { type: 'DateTime', nullable: true }),
    city: t.relation('city'),
    viewerCanRespond: t.boolean({
      description: 'Whether the viewer may accept or decline this open invitation for the city.',
      resolve: async (m, _args, ctx) =>
        m.status === 'INVITED' && (await ctx.auth.can('partnership:manage', { cityId: m.cityId })),
    }),
  }),
});

builder.queryField('partnerships', (t) =>
  t.prismaConnection({
    type: 'Partnership',
    cursor: 'id',
    description: "Partnerships of the viewer's cities, including open invitations.",
    authScopes: { signedIn: true },
    resolve: async (query, _root, _args, ctx) => {
      const cityIds = await ctx.auth.cityIdsWith('partnership:view');
      return ctx.prisma.partnership.findMany({
        ...query,
        where:
          cityIds === 'all'
            ? {}
            : {
                members: {
                  some: { cityId: { in: cityIds }, status: { in: [...visibleStatuses] } },
                },
              },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      });
    },
  }),
);

/** A partnership the viewer may see, else NotFound: other cities' partnerships do not exist for them. */
async function visiblePartnership(ctx: Context, partnershipId: string) {
  const partnership = await ctx.prisma.partnership.findUnique({
    where: { id: partnershipId },
    include: withVisibility,
  });
  if (!partnership || !(await viewable(ctx, partnership.members))) {
    throw new NotFoundError('Partnership');
  }
  return partnership;
}

/** A visible partnership the viewer may manage (an admin of its lead city), else FORBIDDEN. */
async function managedPartnership(ctx: Context, partnershipId: string) {
  const partnership = await visiblePartnership(ctx, partnershipId);
  await ctx.auth.assertCan('partnership:manage', { cityId: partnership.leadCityId });
  return partnership;
}

const name = z.string().trim().min(3, 'Use at least 3 characters.').max(200);
const description = z.string().trim().max(5000);

builder.mutationField('createPartnership', (t) =>
  t.field({
    type: PartnershipRef,
    errors: { types: [InputValidationError, NotFoundError] },
    authScopes: { signedIn: true },
    args: {
      leadCityId: t.arg.globalID({ required: true, for: CityRef }),
      name: t.arg.string({ required: true, validate: name }),
      description: t.arg.string({ validate: description.optional() }),
      invitedCityIds: t.arg.globalIDList({ for: CityRef, validate: z.array(z.unknown()).max(100) }),
    },
    resolve: async (_root, args, ctx) => {
      await ctx.auth.assertCan('partnership:manage', { cityId: args.leadCityId.id });
      const invitedCityIds = (args.invitedCityIds ?? []).map((g) => g.id);
      const known = await ctx.prisma.city.count({ where: { id: { in: invitedCityIds } } });
      if (known !== new Set(invitedCityIds).size) throw new NotFoundError('City');
      const created = await createPartnership(ctx.prisma, {
        name: args.name,
        description: args.description ?? '',
        leadCityId: args.leadCityId.id,
        invitedCityIds,
      });
      return ctx.prisma.partnership.findUniqueOrThrow({
        where: { id: created.id },
        include: withVisibility,
      });
    },
  }),
);

builder.mutationField('updatePartnership', (t) =>
  t.field({
    type: PartnershipRef,
    errors: { types: [InputValidationError, NotFoundError, VersionConflictError] },
    authScopes: { signedIn: true },
    args: {
      partnershipId: t.arg.globalID({ required: true, for: PartnershipRef }),
      name: t.arg.string({ required: true, validate: name }),
      description: t.arg.string({ required: true, validate: description }),
      version: t.arg.int({ required: true, validate: z.number().int().positive() }),
    },
    resolve: async (_root, args, ctx) => {
      const partnership = await managedPartnership(ctx, args.partnershipId.id);
      await updatePartnership(ctx.prisma, { ...args, partnershipId: partnership.id });
      return ctx.prisma.partnership.findUniqueOrThrow({
        where: { id: partnership.id },
        include: withVisibility,
      });
    },
  }),
);

builder.mutationField('inviteCityToPartnership', (t) =>
  t.field({
    type: PartnershipRef,
    errors: { types: [NotFoundError, ConflictError] },
    authScopes: { signedIn: true },
    args: {
      partnershipId: t.arg.globalID({ required: true, for: PartnershipRef }),
      cityId: t.arg.globalID({ required: true, for: CityRef }),
    },
    resolve: async (_root, args, ctx) => {
      const partnership = await managedPartnership(ctx, args.partnershipId.id);
      const city = await ctx.prisma.city.findUnique({ where: { id: args.cityId.id } });
      if (!city) throw new NotFoundError('City');
      await inviteCity(ctx.prisma, partnership.id, city.id);
      return ctx.prisma.partnership.findUniqueOrThrow({
        where: { id: partnership.id },
        include: withVisibility,
      });
    },
  }),
);

builder.mutationField('respondToPartnershipInvitation', (t) =>
  t.field({
    type: PartnershipRef,
    description: 'A city admin accepts or declines the invitation of their city.',
    errors: {
      types: [NotFoundError, ConflictError],
      // Declining ends the city's view of the partnership; the answer still shows what it declined.
      dataField: { grantScopes: ['answeredInvitation'] },
    },
    authScopes: { signedIn: true },
    args: {
      partnershipId: t.arg.globalID({ required: true, for: PartnershipRef }),
      cityId: t.arg.globalID({ required: true, for: CityRef }),
      accept: t.arg.boolean({ required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const partnership = await visiblePartnership(ctx, args.partnershipId.id);
      await ctx.auth.assertCan('partnership:manage', { cityId: args.cityId.id });
      await respondToInvitation(ctx.prisma, partnership.id, args.cityId.id, args.accept);
      return ctx.prisma.partnership.findUniqueOrThrow({
        where: { id: partnership.id },
        include: withVisibility,
      });
    },
  }),
);

builder.mutationField('removeCityFromPartnership', (t) =>
  t.field({
    type: 'ID',
    description:
      'The lead city removes a partner, or a partner city leaves. Returns the partnership id.',
    errors: { types: [NotFoundError, ConflictError] },
    authScopes: { signedIn: true },
    args: {
      partnershipId: t.arg.globalID({ required: true, for: PartnershipRef }),
      cityId: t.arg.globalID({ required: true, for: CityRef }),
    },
    resolve: async (_root, args, ctx) => {
      const partnership = await visiblePartnership(ctx, args.partnershipId.id);
      const mayRemove =
        (await ctx.auth.can('partnership:manage', { cityId: partnership.leadCityId })) ||
        (await ctx.auth.can('partnership:manage', { cityId: args.cityId.id }));
      if (!mayRemove) await ctx.auth.assertCan('partnership:manage', { cityId: args.cityId.id });
      await removeCity(ctx.prisma, partnership, args.cityId.id);
      return encodeGlobalID('Partnership', partnership.id);
    },
  }),
);
