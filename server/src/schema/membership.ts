import { encodeGlobalID } from '@pothos/plugin-relay';
import { InputValidationError } from '@pothos/plugin-validation';
import { z } from 'zod';
import { Auth } from '../auth/authz.ts';
import { createSession, sessionCookie } from '../auth/session.ts';
import { ConflictError, NotFoundError, VersionConflictError } from '../errors.ts';
import { changeMemberRole, removeMember } from '../members/changeMembers.ts';
import {
  acceptInvitation,
  findInvitationByToken,
  inviteMember,
  isPending,
  revokeInvitation,
} from '../members/invitations.ts';
import { builder } from './builder.ts';
import { CityRef, RoleEnum } from './city.ts';
import type { Context } from './context.ts';
import { UserRef } from './user.ts';

const MembershipRef = builder.prismaNode('Membership', {
  id: { field: 'id' },
  authScopes: (m, ctx) => ctx.auth.can('city:viewMembers', { cityId: m.cityId }),
  fields: (t) => ({
    role: t.expose('role', { type: RoleEnum }),
    version: t.exposeInt('version', { description: 'Send it back when changing the membership.' }),
    city: t.relation('city'),
    user: t.relation('user'),
  }),
});

const InvitationRef = builder.prismaNode('Invitation', {
  id: { field: 'id' },
  authScopes: (i, ctx) => ctx.auth.can('city:manageMembers', { cityId: i.cityId }),
  fields: (t) => ({
    email: t.exposeString('email'),
    role: t.expose('role', { type: RoleEnum }),
    city: t.relation('city'),
    // Whoever may see the invitation may see who sent it, even a global admin or someone who has
    // left the city since (User honours the grant).
    invitedBy: t.relation('invitedBy', { grantScopes: ['invitationInviter'] }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
  }),
});

interface CreatedInvitation {
  invitation: { id: string };
  acceptPath: string;
}

const CreatedInvitationRef = builder.objectRef<CreatedInvitation>('CreatedInvitation').implement({
  fields: (t) => ({
    invitation: t.prismaField({
      type: 'Invitation',
      resolve: (query, parent, _args, ctx) =>
        ctx.prisma.invitation.findUniqueOrThrow({ ...query, where: { id: parent.invitation.id } }),
    }),
    acceptPath: t.exposeString('acceptPath', {
      description: 'Path of the one-time link to pass to the invitee; shown only now.',
    }),
  }),
});

/** Loads a membership the viewer may manage; foreign cities' memberships do not exist for them. */
async function manageableMembership(ctx: Context, membershipId: string) {
  const membership = await ctx.prisma.membership.findUnique({ where: { id: membershipId } });
  if (!membership || !(await ctx.auth.can('city:viewMembers', { cityId: membership.cityId }))) {
    throw new NotFoundError('Membership');
  }
  await ctx.auth.assertCan('city:manageMembers', { cityId: membership.cityId });
  return membership;
}

const email = z.email('Enter a valid e-mail address.').max(254);

builder.mutationField('inviteMember', (t) =>
  t.field({
    type: CreatedInvitationRef,
    errors: { types: [InputValidationError, NotFoundError, ConflictError] },
    authScopes: { signedIn: true },
    args: {
      cityId: t.arg.globalID({ required: true, for: CityRef }),
      email: t.arg.string({ required: true, validate: email }),
      role: t.arg({ type: RoleEnum, required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const city = await ctx.prisma.city.findUnique({ where: { id: args.cityId.id } });
      if (!city) throw new NotFoundError('City');
      await ctx.auth.assertCan('city:manageMembers', { cityId: city.id });
      const { invitation, token } = await inviteMember(ctx.prisma, {
        cityId: city.id,
        email: args.email,
        role: args.role,
        invitedById: ctx.auth.requireUser().id,
      });
      return { invitation, acceptPath: `/einladung/${token}` };
    },
  }),
);

builder.mutationField('revokeInvitation', (t) =>
  t.field({
    type: InvitationRef,
    errors: { types: [NotFoundError, ConflictError] },
    authScopes: { signedIn: true },
    args: { invitationId: t.arg.globalID({ required: true, for: InvitationRef }) },
    resolve: async (_root, args, ctx) => {
      const invitation = await ctx.prisma.invitation.findUnique({
        where: { id: args.invitationId.id },
      });
      // As for memberships: outsiders learn nothing, members without the right are refused.
      if (!invitation || !(await ctx.auth.can('city:viewMembers', { cityId: invitation.cityId }))) {
        throw new NotFoundError('Invitation');
      }
      await ctx.auth.assertCan('city:manageMembers', { cityId: invitation.cityId });
      return revokeInvitation(ctx.prisma, invitation.id);
    },
  }),
);

builder.mutationField('changeMemberRole', (t) =>
  t.field({
    type: MembershipRef,
    errors: { types: [InputValidationError, NotFoundError, VersionConflictError, ConflictError] },
    authScopes: { signedIn: true },
    args: {
      membershipId: t.arg.globalID({ required: true, for: MembershipRef }),
      role: t.arg({ type: RoleEnum, required: true }),
      version: t.arg.int({ required: true, validate: z.number().int().positive() }),
    },
    resolve: async (_root, args, ctx) => {
      const membership = await manageableMembership(ctx, args.membershipId.id);
      return changeMemberRole(ctx.prisma, {
        membershipId: membership.id,
        role: args.role,
        version: args.version,
      });
    },
  }),
);

builder.mutationField('removeMember', (t) =>
  t.field({
    type: 'ID',
    description: 'Removes a member from a city; returns the removed membership id.',
    errors: { types: [InputValidationError, NotFoundError, VersionConflictError, ConflictError] },
    authScopes: { signedIn: true },
    args: {
      membershipId: t.arg.globalID({ required: true, for: MembershipRef }),
      version: t.arg.int({ required: true, validate: z.number().int().positive() }),
    },
    resolve: async (_root, args, ctx) => {
      const membership = await manageableMembership(ctx, args.membershipId.id);
      await removeMember(ctx.prisma, { membershipId: membership.id, version: args.version });
      // The id the client knows the membership by (its global id), so it can drop it from lists.
      return encodeGlobalID('Membership', membership.id);
    },
  }),
);

interface InvitationPreview {
  cityName: string;
  email: string;
  role: (typeof RoleEnum)['$inferType'];
  accountExists: boolean;
}

const InvitationPreviewRef = builder.objectRef<InvitationPreview>('InvitationPreview').implement({
  description: 'What the holder of an invitation link may see before accepting.',
  fields: (t) => ({
    cityName: t.exposeString('cityName'),
    email: t.exposeString('email'),
    role: t.expose('role', { type: RoleEnum }),
    accountExists: t.exposeBoolean('accountExists'),
  }),
});

builder.queryField('invitation', (t) =>
  t.field({
    type: InvitationPreviewRef,
    nullable: true,
    description: 'An open invitation by the token from its link; null when unknown or closed.',
    args: { token: t.arg.string({ required: true }) },
    resolve: async (_root, { token }, ctx) => {
      const invitation = await findInvitationByToken(ctx.prisma, token);
      if (!invitation || !isPending(invitation)) return null;
      const [city, account] = await Promise.all([
        ctx.prisma.city.findUniqueOrThrow({ where: { id: invitation.cityId } }),
        ctx.prisma.user.findUnique({ where: { email: invitation.email } }),
      ]);
      return {
        cityName: city.name,
        email: invitation.email,
        role: invitation.role,
        accountExists: account !== null,
      };
    },
  }),
);

builder.mutationField('acceptInvitation', (t) =>
  t.field({
    type: UserRef,
    description:
      'Accepts an invitation. Signed in: joins as the current user. Otherwise creates the account ' +
      '(displayName and password required) and signs it in.',
    errors: { types: [InputValidationError, NotFoundError, ConflictError] },
    args: {
      token: t.arg.string({ required: true, validate: z.string().min(1).max(200) }),
      displayName: t.arg.string({ validate: z.string().trim().min(2).max(120).optional() }),
      password: t.arg.string({
        validate: z.string().min(12, 'Use at least 12 characters.').max(1024).optional(),
      }),
    },
    resolve: async (_root, args, ctx) => {
      const signedIn = ctx.auth.user;
      if (!signedIn && (!args.displayName || !args.password)) {
        throw new InputValidationError({
          issues: [
            {
              message: 'Enter your name and a password to create your account.',
              path: ['password'],
            },
          ],
        });
      }
      const { user } = await acceptInvitation(
        ctx.prisma,
        args.token,
        signedIn
          ? { kind: 'signedIn', user: signedIn }
          : {
              kind: 'newAccount',
              displayName: args.displayName as string,
              password: args.password as string,
            },
      );
      if (!signedIn) {
        const session = await createSession(ctx.prisma, user.id, ctx.config.sessionTtlHours);
        ctx.responseCookies.push(sessionCookie(session.token, session.expiresAt, ctx.secure));
        ctx.auth = new Auth(ctx.prisma, user);
      }
      return user;
    },
  }),
);
