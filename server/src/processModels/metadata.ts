import { ConflictError, NotFoundError, VersionConflictError } from '../errors.ts';
import type { PrismaClient, ProcessStatus } from '../generated/prisma/client.ts';
import { searchTextOf } from './searchText.ts';
import type { ModelMetadata } from './versions.ts';
import { sharingSelection } from './visibility.ts';

/** Changes title, licence, visibility … if nobody changed them since `metaVersion` was read. */
export function updateModelMetadata(
  prisma: PrismaClient,
  input: ModelMetadata & { modelId: string; metaVersion: number },
) {
  const { modelId, metaVersion, sharedWithPartnershipIds, ...meta } = input;
  return prisma.$transaction(async (tx) => {
    const latest = await tx.processVersion.findFirst({
      where: { modelId },
      orderBy: { number: 'desc' },
      select: { activityLabels: true },
    });
    const { count } = await tx.processModel.updateMany({
      where: { id: modelId, metaVersion },
      data: {
        ...meta,
        metaVersion: { increment: 1 },
        searchText: searchTextOf({ ...meta, activityLabels: latest?.activityLabels ?? [] }),
      },
    });
    if (count === 0) {
      const current = await tx.processModel.findUnique({ where: { id: modelId } });
      if (!current) throw new NotFoundError('ProcessModel');
      throw new VersionConflictError('ProcessModel', current.metaVersion);
    }
    await tx.processModelPartnership.deleteMany({ where: { modelId } });
    await tx.processModelPartnership.createMany({
      data: sharedWithPartnershipIds.map((partnershipId) => ({ modelId, partnershipId })),
    });
    return tx.processModel.findUniqueOrThrow({ where: { id: modelId }, include: sharingSelection });
  });
}

/**
 * The lifecycle DRAFT → IN_REVIEW → RELEASED → ARCHIVED. IN_REVIEW is entered by requesting a
 * review; RELEASED needs an approval of the newest version; any state may be archived, and an
 * archived or released model may be taken back to DRAFT.
 */
const allowed: Record<ProcessStatus, ProcessStatus[]> = {
  DRAFT: ['ARCHIVED'],
  IN_REVIEW: ['RELEASED', 'DRAFT', 'ARCHIVED'],
  RELEASED: ['DRAFT', 'ARCHIVED'],
  ARCHIVED: ['DRAFT'],
};

export async function changeModelStatus(
  prisma: PrismaClient,
  modelId: string,
  status: ProcessStatus,
) {
  return prisma.$transaction(async (tx) => {
    const model = await tx.processModel.findUnique({ where: { id: modelId } });
    if (!model) throw new NotFoundError('ProcessModel');
    if (!allowed[model.status].includes(status)) {
      throw new ConflictError(
        'INVALID_STATUS_CHANGE',
        `A model in status ${model.status} cannot move to ${status}.`,
      );
    }
    if (status === 'RELEASED') {
      const approvals = await tx.review.count({
        where: { modelId, decision: 'APPROVED', version: { number: model.latestVersionNumber } },
      });
      if (approvals === 0) {
        throw new ConflictError(
          'NOT_APPROVED',
          'Release needs at least one approval of the newest version.',
        );
      }
    }
    // Conditional on the status we checked, so two concurrent changes cannot both apply.
    const { count } = await tx.processModel.updateMany({
      where: { id: modelId, status: model.status },
      data: { status },
    });
    if (count === 0) {
      throw new ConflictError('INVALID_STATUS_CHANGE', 'The status was changed meanwhile.');
    }
    return tx.processModel.findUniqueOrThrow({ where: { id: modelId }, include: sharingSelection });
  });
}
