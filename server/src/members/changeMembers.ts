import { ConflictError, NotFoundError, VersionConflictError } from '../errors.ts';
import type { Membership, Prisma, PrismaClient, Role } from '../generated/prisma/client.ts';
import { lockCity } from './cityLock.ts';

async function assertNotLastAdmin(tx: Prisma.TransactionClient, membership: Membership) {
  if (membership.role !== 'CITY_ADMIN') return;
  const admins = await tx.membership.count({
    where: { cityId: membership.cityId, role: 'CITY_ADMIN' },
  });
  if (admins <= 1) {
    throw new ConflictError(
      'LAST_CITY_ADMIN',
      'A city needs at least one city admin. Appoint another one first.',
    );
  }
}

/**
 * Reads the membership with its city locked and checks it is still at `version`: between the two,
 * no other change to the city's members can slip in.
 */
async function lockAtVersion(tx: Prisma.TransactionClient, membershipId: string, version: number) {
  const current = await tx.membership.findUnique({ where: { id: membershipId } });
  if (!current) throw new NotFoundError('Membership');
  await lockCity(tx, current.cityId);
  const locked = await tx.membership.findUniqueOrThrow({ where: { id: current.id } });
  if (locked.version !== version) throw new VersionConflictError('Membership', locked.version);
  return locked;
}

/** Changes a member's role if nobody changed the membership since `version` was read. */
export function changeMemberRole(
  prisma: PrismaClient,
  input: { membershipId: string; role: Role; version: number },
): Promise<Membership> {
  return prisma.$transaction(async (tx) => {
    const locked = await lockAtVersion(tx, input.membershipId, input.version);
    if (input.role !== 'CITY_ADMIN') await assertNotLastAdmin(tx, locked);
    return tx.membership.update({
      where: { id: locked.id },
      data: { role: input.role, version: { increment: 1 } },
    });
  });
}

export function removeMember(
  prisma: PrismaClient,
  input: { membershipId: string; version: number },
): Promise<Membership> {
  return prisma.$transaction(async (tx) => {
    const locked = await lockAtVersion(tx, input.membershipId, input.version);
    await assertNotLastAdmin(tx, locked);
    await tx.membership.delete({ where: { id: locked.id } });
    return locked;
  });
}
