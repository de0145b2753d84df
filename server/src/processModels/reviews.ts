import { ConflictError, NotFoundError } from '../errors.ts';
import type { PrismaClient, ReviewDecision } from '../generated/prisma/client.ts';
import { notify } from '../notifications/notify.ts';
import { parentModelSharing, sharingSelection } from './visibility.ts';

/**
 * Asks reviewers (who the caller checked may see the model) to review its newest version, and
 * puts the model in review. Open requests to the same reviewer for that version are not repeated.
 */
export async function requestReview(
  prisma: PrismaClient,
  input: { modelId: string; requesterId: string; requesterName: string; reviewerIds: string[] },
) {
  return prisma.$transaction(async (tx) => {
    const model = await tx.processModel.findUnique({ where: { id: input.modelId } });
    if (!model) throw new NotFoundError('ProcessModel');
    if (model.status === 'ARCHIVED') {
      throw new ConflictError('MODEL_ARCHIVED', 'An archived model cannot be reviewed.');
    }
    const version = await tx.processVersion.findUniqueOrThrow({
      where: { modelId_number: { modelId: model.id, number: model.latestVersionNumber } },
    });
    const open = await tx.review.findMany({
      where: { versionId: version.id, decision: 'PENDING', reviewerId: { in: input.reviewerIds } },
      select: { reviewerId: true },
    });
    const already = new Set(open.map((r) => r.reviewerId));
    const reviewerIds = [...new Set(input.reviewerIds)].filter((id) => !already.has(id));
    const reviews = [];
    for (const reviewerId of reviewerIds) {
      reviews.push(
        await tx.review.create({
          data: {
            modelId: model.id,
            versionId: version.id,
            requestedById: input.requesterId,
            reviewerId,
          },
          include: parentModelSharing,
        }),
      );
    }
    await notify(
      tx,
      reviews.map((r) => ({
        userId: r.reviewerId,
        kind: 'REVIEW_REQUESTED' as const,
        modelId: model.id,
        reviewId: r.id,
        actorName: input.requesterName,
        modelTitle: model.title,
      })),
    );
    await tx.processModel.update({ where: { id: model.id }, data: { status: 'IN_REVIEW' } });
    return reviews;
  });
}

/** The reviewer's decision on an open review request; each request is decided once. */
export async function submitReview(
  prisma: PrismaClient,
  input: {
    reviewId: string;
    reviewerId: string;
    reviewerName: string;
    decision: Exclude<ReviewDecision, 'PENDING'>;
    comment: string;
  },
) {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.review.updateMany({
      where: { id: input.reviewId, reviewerId: input.reviewerId, decision: 'PENDING' },
      data: { decision: input.decision, comment: input.comment, decidedAt: new Date() },
    });
    const review = await tx.review.findUnique({
      where: { id: input.reviewId },
      include: {
        model: { select: { title: true, cityId: true, visibility: true, ...sharingSelection } },
      },
    });
    if (!review || review.reviewerId !== input.reviewerId) throw new NotFoundError('Review');
    if (count === 0) {
      throw new ConflictError('INVALID_STATUS_CHANGE', 'This review has been submitted already.');
    }
    await notify(tx, [
      {
        userId: review.requestedById,
        kind: 'REVIEW_SUBMITTED',
        modelId: review.modelId,
        reviewId: review.id,
        actorName: input.reviewerName,
        modelTitle: review.model.title,
      },
    ]);
    return review;
  });
}
