import type { Auth } from '../auth/authz.ts';
import type { Prisma, PrismaClient, ProjectStatus } from '../generated/prisma/client.ts';
import { visibleProjectsWhere } from './access.ts';

export interface ProjectFilterInput {
  cityId?: string | null;
  partnershipId?: string | null;
  topicId?: string | null;
  status?: ProjectStatus[] | null;
  search?: string | null;
}

/**
 * The visible projects matching a filter (raw ids). A city matches as lead or partner; a
 * partnership matches the projects of its accepted member cities.
 */
export async function projectFilterWhere(
  filter: ProjectFilterInput | null | undefined,
  auth: Auth,
  prisma: PrismaClient,
): Promise<Prisma.ProjectWhereInput> {
  const and: Prisma.ProjectWhereInput[] = [await visibleProjectsWhere(auth)];
  if (filter?.cityId) {
    and.push({
      OR: [{ leadCityId: filter.cityId }, { partners: { some: { cityId: filter.cityId } } }],
    });
  }
  if (filter?.partnershipId) {
    const members = await prisma.partnershipMember.findMany({
      where: { partnershipId: filter.partnershipId, status: 'ACCEPTED' },
      select: { cityId: true },
    });
    const cityIds = members.map((m) => m.cityId);
    and.push({
      OR: [{ leadCityId: { in: cityIds } }, { partners: { some: { cityId: { in: cityIds } } } }],
    });
  }
  if (filter?.topicId) and.push({ topicId: filter.topicId });
  if (filter?.status && filter.status.length > 0) and.push({ status: { in: filter.status } });
  const search = filter?.search?.trim();
  if (search) {
    and.push({
      OR: [
        { title: { contains: search, mode: 'insensitive' } },
        { description: { contains: search, mode: 'insensitive' } },
      ],
    });
  }
  return { AND: and };
}
