import type { Auth } from '../auth/authz.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';

/**
 * For each partnership the viewer's cities belong to: its accepted member cities. What a model
 * or project shared with a partnership needs to be seen (shared by a city that still belongs).
 */
export async function memberCitiesOfViewerPartnerships(
  auth: Auth,
  prisma: PrismaClient,
): Promise<Map<string, string[]>> {
  const partnerships = [...(await auth.partnershipIds())];
  const members =
    partnerships.length === 0
      ? []
      : await prisma.partnershipMember.findMany({
          where: { partnershipId: { in: partnerships }, status: 'ACCEPTED' },
          select: { partnershipId: true, cityId: true },
        });
  const citiesOf = new Map<string, string[]>();
  for (const m of members) {
    citiesOf.set(m.partnershipId, [...(citiesOf.get(m.partnershipId) ?? []), m.cityId]);
  }
  return citiesOf;
}
