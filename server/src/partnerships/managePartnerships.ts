import { ConflictError, NotFoundError, VersionConflictError } from '../errors.ts';
import type { Partnership, PrismaClient } from '../generated/prisma/client.ts';

export function createPartnership(
  prisma: PrismaClient,
  input: { name: string; description: string; leadCityId: string; invitedCityIds: string[] },
): Promise<Partnership> {
  const invited = [...new Set(input.invitedCityIds)].filter((id) => id !== input.leadCityId);
  return prisma.partnership.create({
    data: {
      name: input.name,
      description: input.description,
      leadCityId: input.leadCityId,
      members: {
        create: [
          { cityId: input.leadCityId, status: 'ACCEPTED', respondedAt: new Date() },
          ...invited.map((cityId) => ({ cityId })),
        ],
      },
    },
  });
}

export async function updatePartnership(
  prisma: PrismaClient,
  input: { partnershipId: string; name: string; description: string; version: number },
): Promise<Partnership> {
  const { count } = await prisma.partnership.updateMany({
    where: { id: input.partnershipId, version: input.version },
    data: { name: input.name, description: input.description, version: { increment: 1 } },
  });
  const current = await prisma.partnership.findUnique({ where: { id: input.partnershipId } });
  if (!current) throw new NotFoundError('Partnership');
  if (count === 0) throw new VersionConflictError('Partnership', current.version);
  return current;
}

/** Invites a city; a city that declined earlier can be invited again. */
export async function inviteCity(prisma: PrismaClient, partnershipId: string, cityId: string) {
  const existing = await prisma.partnershipMember.findUnique({
    where: { partnershipId_cityId: { partnershipId, cityId } },
  });
  if (existing && existing.status !== 'DECLINED') {
    throw new ConflictError('ALREADY_PARTNER', 'The city is already invited or a partner.');
  }
  return prisma.partnershipMember.upsert({
    where: { partnershipId_cityId: { partnershipId, cityId } },
    create: { partnershipId, cityId },
    update: { status: 'INVITED', invitedAt: new Date(), respondedAt: null },
  });
}

export async function respondToInvitation(
  prisma: PrismaClient,
  partnershipId: string,
  cityId: string,
  accept: boolean,
) {
  // Conditional update: two admins answering at once cannot both win.
  const { count } = await prisma.partnershipMember.updateMany({
    where: { partnershipId, cityId, status: 'INVITED' },
    data: { status: accept ? 'ACCEPTED' : 'DECLINED', respondedAt: new Date() },
  });
  if (count === 0) {
    throw new ConflictError('INVITATION_NOT_PENDING', 'There is no open invitation to answer.');
  }
  return prisma.partnershipMember.findUniqueOrThrow({
    where: { partnershipId_cityId: { partnershipId, cityId } },
  });
}

export async function removeCity(
  prisma: PrismaClient,
  partnership: Partnership,
  cityId: string,
): Promise<void> {
  if (cityId === partnership.leadCityId) {
    throw new ConflictError(
      'LEAD_CITY_CANNOT_LEAVE',
      'The lead city cannot leave its partnership.',
    );
  }
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.partnershipMember.deleteMany({
      where: { partnershipId: partnership.id, cityId },
    });
    if (count === 0) throw new NotFoundError('PartnershipMember');
    // A city that leaves stops sharing its models with the partnership; rejoining must not
    // silently share them again.
    await tx.processModelPartnership.deleteMany({
      where: { partnershipId: partnership.id, model: { cityId } },
    });
  });
}
