import { isValidAgs } from '@amtsweg/shared';
import { InputValidationError } from '@pothos/plugin-validation';
import { z } from 'zod';
import { createCity } from '../cities/createCity.ts';
import { ConflictError } from '../errors.ts';
import { FederalState, Role } from '../generated/prisma/enums.ts';
import { builder } from './builder.ts';

export const RoleEnum = builder.enumType(Role, { name: 'Role' });
const FederalStateEnum = builder.enumType(FederalState, { name: 'FederalState' });

// A city's master data is public record (name, AGS, population): every signed-in user sees it.
// Its members and invitations are private to the city.
export const CityRef = builder.prismaNode('City', {
  id: { field: 'id' },
  authScopes: { signedIn: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    slug: t.exposeString('slug'),
    ags: t.exposeString('ags', { description: 'Amtlicher Gemeindeschlüssel (8 digits).' }),
    federalState: t.expose('federalState', { type: FederalStateEnum }),
    population: t.exposeInt('population'),
    viewerRole: t.field({
      type: RoleEnum,
      nullable: true,
      description: "The signed-in user's role in this city, if any.",
      resolve: async (city, _args, ctx) =>
        (await ctx.auth.memberships()).find((m) => m.cityId === city.id)?.role ?? null,
    }),
    viewerCanManageMembers: t.boolean({
      resolve: (city, _args, ctx) => ctx.auth.can('city:manageMembers', { cityId: city.id }),
    }),
    members: t.relatedConnection('memberships', {
      cursor: 'id',
      totalCount: true,
      authScopes: (city, _args, ctx) => ctx.auth.can('city:viewMembers', { cityId: city.id }),
      query: { orderBy: [{ user: { displayName: 'asc' } }, { id: 'asc' }] },
    }),
    openInvitations: t.relation('invitations', {
      description: 'Invitations not yet accepted, revoked or expired. City admins only.',
      authScopes: (city, _args, ctx) => ctx.auth.can('city:manageMembers', { cityId: city.id }),
      query: () => ({
        where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
        orderBy: { createdAt: 'desc' },
      }),
    }),
  }),
});

builder.queryField('cities', (t) =>
  t.prismaConnection({
    type: 'City',
    cursor: 'id',
    authScopes: { signedIn: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.city.findMany({ ...query, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
  }),
);

builder.queryField('city', (t) =>
  t.prismaField({
    type: 'City',
    nullable: true,
    authScopes: { signedIn: true },
    args: { slug: t.arg.string({ required: true }) },
    resolve: (query, _root, { slug }, ctx) =>
      ctx.prisma.city.findUnique({ ...query, where: { slug } }),
  }),
);

builder.mutationField('createCity', (t) =>
  t.field({
    type: CityRef,
    description: 'Adds a municipality to this installation. Global admins only.',
    errors: { types: [InputValidationError, ConflictError] },
    authScopes: { signedIn: true },
    args: {
      name: t.arg.string({ required: true }),
      slug: t.arg.string({ required: true }),
      ags: t.arg.string({ required: true, description: 'Amtlicher Gemeindeschlüssel, 8 digits.' }),
      federalState: t.arg({ type: FederalStateEnum, required: true }),
      population: t.arg.int({ required: true }),
    },
    validate: z.object({
      name: z.string().trim().min(2, 'Use at least 2 characters.').max(120),
      slug: z
        .string()
        .regex(
          /^[a-z0-9]+(-[a-z0-9]+)*$/,
          'Use lower-case letters, digits and hyphens (e.g. bad-urach).',
        )
        .max(60),
      ags: z.string().refine(isValidAgs, 'An AGS has 8 digits and starts with a state code 01–16.'),
      // Listed although the enum type checks it already: zod drops keys its object does not name.
      federalState: z.enum(FederalState),
      population: z.number().int().min(0).max(10_000_000),
    }),
    resolve: async (_root, args, ctx) => {
      await ctx.auth.assertCan('installation:manageCities');
      const city = await createCity(ctx.prisma, { ...args, name: args.name.trim() });
      ctx.log.info({ cityId: city.id, slug: city.slug }, 'city created');
      return city;
    },
  }),
);
