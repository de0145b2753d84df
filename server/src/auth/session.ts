import type { PrismaClient } from '../generated/prisma/client.ts';
import { Auth } from './authz.ts';
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

/**
 * The signed-in viewer behind a cookie token: the user with their memberships, loaded in one
 * query since every authorization check needs both. Null without a token, or when it is unknown
 * or expired.
 */
export async function sessionAuth(
  prisma: PrismaClient,
  token: string | undefined,
  now = new Date(),
): Promise<Auth | null> {
  if (!token) return null;
  const session = await prisma.session.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    include: { user: { include: { memberships: true } } },
  });
  if (!session || session.expiresAt <= now) return null;
  const { memberships, ...user } = session.user;
  return new Auth(prisma, user, memberships);
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
