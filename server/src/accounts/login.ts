import { verifyAgainstDummy, verifyPassword } from '../auth/password.ts';
import { InvalidCredentialsError } from '../errors.ts';
import type { PrismaClient, User } from '../generated/prisma/client.ts';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Checks e-mail and password; unknown e-mail and wrong password fail alike, in time and message. */
export async function authenticate(
  prisma: PrismaClient,
  email: string,
  password: string,
): Promise<User> {
  const user = await prisma.user.findUnique({ where: { email: normaliseEmail(email) } });
  const ok = user
    ? await verifyPassword(user.passwordHash, password)
    : await verifyAgainstDummy(password);
  if (!user || !ok) throw new InvalidCredentialsError();
  return user;
}
