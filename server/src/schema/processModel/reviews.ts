import { InputValidationError } from '@pothos/plugin-validation';
import { z } from 'zod';
import { forbidden } from '../../auth/authz.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import { ReviewDecision } from '../../generated/prisma/enums.ts';
import { requestReview, submitReview } from '../../processModels/reviews.ts';
import { canViewModel, parentModelSharing } from '../../processModels/visibility.ts';
import { builder } from '../builder.ts';
import { UserRef } from '../user.ts';
import { editableModel, usersWhoCanSee } from './access.ts';
import { ProcessModelRef } from './types.ts';

const ReviewDecisionEnum = builder.enumType(ReviewDecision, { name: 'ReviewDecision' });

const ReviewRef = builder.prismaNode('Review', {
  id: { field: 'id' },
  include: parentModelSharing,
  authScopes: (review, ctx) => canViewModel(ctx.auth, review.model),
  fields: (t) => ({
    decision: t.expose('decision', { type: ReviewDecisionEnum }),
    comment: t.exposeString('comment'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    reviewerName: t.string({
      select: { reviewer: { select: { displayName: true } } },
      resolve: (r) => r.reviewer.displayName,
    }),
    requestedByName: t.string({
      select: { requestedBy: { select: { displayName: true } } },
      resolve: (r) => r.requestedBy.displayName,
    }),
    versionNumber: t.int({
      select: { version: { select: { number: true } } },
      resolve: (r) => r.version.number,
    }),
    viewerIsReviewer: t.boolean({ resolve: (r, _args, ctx) => r.reviewerId === ctx.auth.user?.id }),
  }),
});

builder.prismaObjectField('ProcessModel', 'reviews', (t) =>
  t.relation('reviews', { query: { orderBy: { createdAt: 'desc' } } }),
);

builder.mutationField('requestReview', (t) =>
  t.field({
    type: [ReviewRef],
    description:
      'The owning city’s process owners ask named users (of any city that may see the model) to ' +
      'review its newest version. Puts the model IN_REVIEW.',
    errors: { types: [InputValidationError, NotFoundError, ConflictError] },
    authScopes: { signedIn: true },
    args: {
      modelId: t.arg.globalID({ required: true, for: ProcessModelRef }),
      reviewerIds: t.arg.globalIDList({ required: true, for: UserRef }),
    },
    validate: z.looseObject({
      reviewerIds: z.array(z.unknown()).min(1, 'Choose a reviewer.').max(20),
    }),
    resolve: async (_root, args, ctx) => {
      const model = await editableModel(ctx, args.modelId.id);
      const requester = ctx.auth.requireUser();
      const ids = args.reviewerIds.map((g) => g.id).filter((id) => id !== requester.id);
      const users = await ctx.prisma.user.findMany({ where: { id: { in: ids } } });
      const reviewers = await usersWhoCanSee(ctx, model, users);
      if (reviewers.length !== new Set(ids).size || ids.length === 0) {
        throw new InputValidationError({
          issues: [
            {
              message: 'Every reviewer must be someone else who may see this model.',
              path: ['reviewerIds'],
            },
          ],
        });
      }
      return requestReview(ctx.prisma, {
        modelId: model.id,
        requesterId: requester.id,
        requesterName: requester.displayName,
        reviewerIds: reviewers.map((r) => r.id),
      });
    },
  }),
);

builder.mutationField('submitReview', (t) =>
  t.field({
    type: ReviewRef,
    description: 'The reviewer approves or requests changes, with a comment.',
    errors: { types: [InputValidationError, NotFoundError, ConflictError] },
    authScopes: { signedIn: true },
    args: {
      reviewId: t.arg.globalID({ required: true, for: ReviewRef }),
      decision: t.arg({ type: ReviewDecisionEnum, required: true }),
      comment: t.arg.string(),
    },
    validate: z.looseObject({
      decision: z.enum(['APPROVED', 'CHANGES_REQUESTED'], 'Choose approve or request changes.'),
      comment: z.string().trim().max(10_000).nullish(),
    }),
    resolve: async (_root, args, ctx) => {
      const reviewer = ctx.auth.requireUser();
      const review = await ctx.prisma.review.findUnique({
        where: { id: args.reviewId.id },
        include: parentModelSharing,
      });
      if (!review || !(await canViewModel(ctx.auth, review.model))) {
        throw new NotFoundError('Review');
      }
      // A review is personal: nobody, not even an admin, decides it for the reviewer.
      if (review.reviewerId !== reviewer.id) throw forbidden();
      return submitReview(ctx.prisma, {
        reviewId: review.id,
        reviewerId: review.reviewerId,
        reviewerName: reviewer.displayName,
        decision: args.decision as 'APPROVED' | 'CHANGES_REQUESTED',
        comment: args.comment?.trim() ?? '',
      });
    },
  }),
);
