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
