import { ConflictError, NotFoundError } from '../errors.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { importProcessModel } from './versions.ts';

/**
 * Copies the newest version of another city's model into `cityId` as a private draft that
 * remembers its source version. The copy is the adopting city's own from then on.
 */
export async function adoptProcessModel(
  prisma: PrismaClient,
  input: { modelId: string; cityId: string; authorId: string },
) {
  const source = await prisma.processModel.findUnique({ where: { id: input.modelId } });
  if (!source) throw new NotFoundError('ProcessModel');
  if (source.cityId === input.cityId) {
    throw new ConflictError('ALREADY_ADOPTED', 'A city cannot adopt its own model.');
  }
  if (source.licence === 'INTERNAL_USE_ONLY') {
    throw new ConflictError(
      'LICENCE_FORBIDS_ADOPTION',
      'The model is licensed for internal use of its city only.',
    );
  }
  const version = await prisma.processVersion.findUniqueOrThrow({
    where: { modelId_number: { modelId: source.id, number: source.latestVersionNumber } },
  });
  return importProcessModel(prisma, {
    cityId: input.cityId,
    authorId: input.authorId,
    xml: version.xml,
    message: `Nachgenutzt von Version ${version.number}`,
    title: source.title,
    description: source.description,
    serviceKey: source.serviceKey,
    tags: source.tags,
    contactName: '',
    contactEmail: '',
    licence: source.licence,
    visibility: 'PRIVATE',
    sharedWithPartnershipIds: [],
    adoptedFromVersionId: version.id,
  });
}

/** How many cities hold a copy of each of `modelIds`; a city with two copies counts once. */
export async function adoptingCityCounts(
  prisma: PrismaClient,
  modelIds: string[],
): Promise<Map<string, number>> {
  const copies = await prisma.processModel.findMany({
    where: { adoptedFromVersion: { modelId: { in: modelIds } } },
    select: { cityId: true, adoptedFromVersion: { select: { modelId: true } } },
  });
  const cities = new Map<string, Set<string>>();
  for (const copy of copies) {
    const sourceId = copy.adoptedFromVersion?.modelId;
    if (!sourceId) continue;
    cities.set(sourceId, (cities.get(sourceId) ?? new Set()).add(copy.cityId));
  }
  return new Map([...cities].map(([modelId, cityIds]) => [modelId, cityIds.size]));
}
