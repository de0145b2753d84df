import { InputValidationError } from '@pothos/plugin-validation';
import { z } from 'zod';
import { authenticate, normaliseEmail } from '../accounts/login.ts';
import { Auth } from '../auth/authz.ts';
import {
  clearedSessionCookie,
  createSession,
  deleteSession,
  sessionCookie,
} from '../auth/session.ts';
import { InvalidCredentialsError, TooManyAttemptsError } from '../errors.ts';
import { builder } from './builder.ts';

export const UserRef = builder.prismaNode('User', {
  id: { field: 'id' },
  // Visible to the user, a global admin, and colleagues in a shared city.
  authScopes: async (user, ctx) => {
    const viewer = ctx.auth.user;
    if (!viewer) return false;
    if (viewer.id === user.id || viewer.isGlobalAdmin) return true;
    // Granted by Invitation.invitedBy: an invitation's reader may see who sent it.
    return (await ctx.auth.colleagueIds()).has(user.id) || { $granted: 'invitationInviter' };
  },
  fields: (t) => ({
    email: t.exposeString('email'),
    displayName: t.exposeString('displayName'),
    isGlobalAdmin: t.exposeBoolean('isGlobalAdmin'),
  }),
});

builder.queryField('me', (t) =>
  t.prismaField({
    type: 'User',
    nullable: true,
    description: 'The signed-in user, or null.',
    // Signed out, the lookup matches nothing; it still runs so the selection counts as used
    // (Pothos reports an unused query as an error outside production).
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.user.findFirst({
        ...query,
        where: { id: { in: ctx.auth.user ? [ctx.auth.user.id] : [] } },
      }),
  }),
);

builder.mutationField('login', (t) =>
  t.field({
    type: UserRef,
    description: 'Signs in and sets the HttpOnly session cookie.',
    errors: { types: [InvalidCredentialsError, TooManyAttemptsError, InputValidationError] },
    args: {
      email: t.arg.string({ required: true }),
      password: t.arg.string({ required: true }),
    },
    // Validated together so that every missing field is reported at once.
    validate: z.object({
      email: z.string().trim().min(1, 'Enter your e-mail address.').max(254),
      password: z.string().min(1, 'Enter your password.').max(1024),
    }),
    resolve: async (_root, { email, password }, ctx) => {
      const account = normaliseEmail(email);
      const retryAfter = await ctx.rateLimits.loginRetryAfter(account, ctx.clientAddress);
      // Held back before the password is even checked, so guessing gains nothing meanwhile.
      if (retryAfter > 0) throw new TooManyAttemptsError(retryAfter);
      let user: Awaited<ReturnType<typeof authenticate>>;
      try {
        user = await authenticate(ctx.prisma, email, password);
      } catch (error) {
        if (error instanceof InvalidCredentialsError) {
          await ctx.rateLimits.loginFailed(account, ctx.clientAddress);
        }
        throw error;
      }
      await ctx.rateLimits.loginSucceeded(account);
      const session = await createSession(ctx.prisma, user.id, ctx.config.sessionTtlHours);
      ctx.responseCookies.push(sessionCookie(session.token, session.expiresAt, ctx.secure));
      // The rest of this request (the returned user's fields) runs as the new user.
      ctx.auth = new Auth(ctx.prisma, user);
      ctx.log.info({ userId: user.id }, 'login');
      return user;
    },
  }),
);

builder.mutationField('logout', (t) =>
  t.boolean({
    description: 'Ends the current session. True even when there was none.',
    resolve: async (_root, _args, ctx) => {
      if (ctx.sessionToken) await deleteSession(ctx.prisma, ctx.sessionToken);
      ctx.responseCookies.push(clearedSessionCookie(ctx.secure));
      ctx.auth = new Auth(ctx.prisma, null);
      return true;
    },
  }),
);

builder.prismaObjectField('User', 'memberships', (t) =>
  t.relation('memberships', {
    description: "The user's roles by city. Only the user and global admins see them.",
    authScopes: (user, _args, ctx) => ctx.auth.user?.id === user.id || { globalAdmin: true },
    query: { orderBy: { city: { name: 'asc' } } },
  }),
);
