import { hashPassword } from '../auth/password.ts';
import type { PrismaClient, User } from '../generated/prisma/client.ts';
import { normaliseEmail } from './login.ts';

export const MIN_PASSWORD_LENGTH = 12;

/**
 * Creates a global admin, or promotes the existing account with that e-mail (its password stays).
 * This is how a production installation, which gets no demo data, gets its first user.
 */
export async function ensureGlobalAdmin(
  prisma: PrismaClient,
  input: { email: string; displayName: string; password: string },
): Promise<{ user: User; created: boolean }> {
  const email = normaliseEmail(input.email);
  if (!/^[^@\s]+@[^@\s]+$/.test(email))
    throw new Error(`"${input.email}" is not an e-mail address.`);
  const existing = await prisma.user.findUnique({ where: { email } });
  if (existing) {
    const user = await prisma.user.update({
      where: { id: existing.id },
      data: { isGlobalAdmin: true },
    });
    return { user, created: false };
  }
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`The password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  const user = await prisma.user.create({
    data: {
      email,
      displayName: input.displayName.trim() || email,
      passwordHash: await hashPassword(input.password),
      isGlobalAdmin: true,
    },
  });
  return { user, created: true };
}
