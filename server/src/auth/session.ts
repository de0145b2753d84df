import type { Membership, PrismaClient, User } from '../generated/prisma/client.ts';
import { hashSecretToken, newSecretToken } from './secretToken.ts';

export const SESSION_COOKIE = 'amtsweg_session';

export interface NewSession {
  token: string;
  expiresAt: Date;
}

export async function createSession(
  prisma: PrismaClient,
  userId: string,
  ttlHours: number,
  now = new Date(),
): Promise<NewSession> {
  const token = newSecretToken();
  const expiresAt = new Date(now.getTime() + ttlHours * 3_600_000);
  await prisma.session.create({ data: { tokenHash: hashSecretToken(token), userId, expiresAt } });
  return { token, expiresAt };
}

/** A signed-in user with their memberships, which every authorization check needs. */
export interface SessionUser {
  user: User;
  memberships: Membership[];
}

/**
 * The user behind a cookie token with their memberships — one query, since every request that
 * carries a cookie needs both — or null when unknown or expired.
 */
export async function findSession(
  prisma: PrismaClient,
  token: string,
  now = new Date(),
): Promise<SessionUser | null> {
  const session = await prisma.session.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    include: { user: { include: { memberships: true } } },
  });
  if (!session || session.expiresAt <= now) return null;
  const { memberships, ...user } = session.user;
  return { user, memberships };
}

export async function deleteSession(prisma: PrismaClient, token: string): Promise<void> {
  await prisma.session.deleteMany({ where: { tokenHash: hashSecretToken(token) } });
}

export async function deleteExpiredSessions(prisma: PrismaClient, now = new Date()) {
  const { count } = await prisma.session.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}

export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export function sessionCookie(
  token: string,
  expiresAt: Date,
  secure: boolean,
  now = new Date(),
): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
  return [
    `${SESSION_COOKIE}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${maxAge}`,
    secure ? 'Secure' : '',
  ]
    .filter(Boolean)
    .join('; ');
}

export function clearedSessionCookie(secure: boolean): string {
  return sessionCookie('', new Date(0), secure, new Date(0));
}
