import { normaliseEmail } from '../accounts/login.ts';
import { hashPassword } from '../auth/password.ts';
import { hashSecretToken, newSecretToken } from '../auth/secretToken.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import type { Invitation, PrismaClient, Role, User } from '../generated/prisma/client.ts';
import { lockCity } from './cityLock.ts';

const INVITATION_TTL_DAYS = 14;

export function isPending(invitation: Invitation, now = new Date()): boolean {
  return !invitation.acceptedAt && !invitation.revokedAt && invitation.expiresAt > now;
}

/**
 * Creates an invitation into a city. The one-time token is returned once, for the link the admin
 * passes on; only its hash is stored.
 */
export async function inviteMember(
  prisma: PrismaClient,
  input: { cityId: string; email: string; role: Role; invitedById: string },
  now = new Date(),
): Promise<{ invitation: Invitation; token: string }> {
  const email = normaliseEmail(input.email);
  const token = newSecretToken(24);
  const invitation = await prisma.$transaction(async (tx) => {
    await lockCity(tx, input.cityId);
    const member = await tx.membership.findFirst({
      where: { cityId: input.cityId, user: { email } },
    });
    if (member) throw new ConflictError('ALREADY_MEMBER', `${email} is already a member.`);
    const open = await tx.invitation.findMany({
      where: { cityId: input.cityId, email, acceptedAt: null, revokedAt: null },
    });
    if (open.some((i) => isPending(i, now))) {
      throw new ConflictError('ALREADY_INVITED', `${email} already has an open invitation.`);
    }
    return tx.invitation.create({
      data: {
        cityId: input.cityId,
        email,
        role: input.role,
        invitedById: input.invitedById,
        tokenHash: hashSecretToken(token),
        expiresAt: new Date(now.getTime() + INVITATION_TTL_DAYS * 86_400_000),
      },
    });
  });
  return { invitation, token };
}

export async function findInvitationByToken(prisma: PrismaClient, token: string) {
  return prisma.invitation.findUnique({ where: { tokenHash: hashSecretToken(token) } });
}

export async function revokeInvitation(
  prisma: PrismaClient,
  invitationId: string,
  now = new Date(),
) {
  const invitation = await prisma.invitation.findUnique({ where: { id: invitationId } });
  if (!invitation) throw new NotFoundError('Invitation');
  if (!isPending(invitation, now)) {
    throw new ConflictError('INVITATION_NOT_PENDING', 'The invitation is no longer open.');
  }
  return prisma.invitation.update({ where: { id: invitationId }, data: { revokedAt: now } });
}

export type Acceptor =
  | { kind: 'signedIn'; user: User }
  | { kind: 'newAccount'; displayName: string; password: string };

/**
 * Accepts an invitation: as the signed-in user with the invited e-mail, or by creating the account
 * for that e-mail. Membership, account and the invitation's state change together or not at all.
 */
export async function acceptInvitation(
  prisma: PrismaClient,
  token: string,
  acceptor: Acceptor,
  now = new Date(),
): Promise<{ user: User; cityId: string }> {
  const invitation = await findInvitationByToken(prisma, token);
  if (!invitation) throw new NotFoundError('Invitation');
  if (!isPending(invitation, now)) {
    throw new ConflictError('INVITATION_NOT_PENDING', 'The invitation is no longer open.');
  }
  const passwordHash =
    acceptor.kind === 'newAccount' ? await hashPassword(acceptor.password) : undefined;
  return prisma.$transaction(async (tx) => {
    // Claiming the invitation first makes a second, concurrent accept fail instead of duplicating.
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: now },
    });
    if (claimed.count !== 1) {
      throw new ConflictError('INVITATION_NOT_PENDING', 'The invitation is no longer open.');
    }
    const existing = await tx.user.findUnique({ where: { email: invitation.email } });
    let user: User;
    if (acceptor.kind === 'signedIn') {
      if (acceptor.user.email !== invitation.email) {
        throw new ConflictError(
          'EMAIL_MISMATCH',
          `This invitation is for ${invitation.email}. Sign in with that address.`,
        );
      }
      user = acceptor.user;
    } else {
      if (existing) {
        throw new ConflictError(
          'EMAIL_MISMATCH',
          `An account for ${invitation.email} exists already. Sign in to accept.`,
        );
      }
      user = await tx.user.create({
        data: {
          email: invitation.email,
          displayName: acceptor.displayName,
          passwordHash: passwordHash as string,
        },
      });
    }
    await tx.membership.upsert({
      where: { userId_cityId: { userId: user.id, cityId: invitation.cityId } },
      create: { userId: user.id, cityId: invitation.cityId, role: invitation.role },
      update: { role: invitation.role, version: { increment: 1 } },
    });
    return { user, cityId: invitation.cityId };
  });
}
