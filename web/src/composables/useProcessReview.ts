import { computed, type MaybeRefOrGetter, ref, toValue } from 'vue';
import {
  ChangeProcessStatusDocument,
  ProcessReviewerCandidatesDocument,
  ProcessReviewStateDocument,
  type ProcessReviewStateQuery,
  type ProcessStatus,
  RequestProcessReviewDocument,
  type ReviewDecision,
  SubmitProcessReviewDocument,
} from '../graphql/generated/graphql.ts';
import { type ActionOutcome, outcomeOf } from './actionOutcome.ts';
import { requestGraphql } from './useGraphql.ts';
import { useQuery } from './useQuery.ts';

type ReviewedModel = NonNullable<ProcessReviewStateQuery['processModel']>;
export type ProcessReview = ReviewedModel['reviews'][number];

/** A colleague who may be asked to review. */
export interface ReviewerCandidate {
  id: string;
  displayName: string;
  email: string;
}

/** The lifecycle in order, for display. */
export const LIFECYCLE: readonly ProcessStatus[] = ['DRAFT', 'IN_REVIEW', 'RELEASED', 'ARCHIVED'];

/**
 * Status changes the editors may make by hand (the server's rules): IN_REVIEW is entered by
 * requesting a review, RELEASED needs an approval of the newest version.
 */
const STATUS_ACTIONS: Record<ProcessStatus, ProcessStatus[]> = {
  DRAFT: ['ARCHIVED'],
  IN_REVIEW: ['RELEASED', 'DRAFT', 'ARCHIVED'],
  RELEASED: ['DRAFT', 'ARCHIVED'],
  ARCHIVED: ['DRAFT'],
};

export type DecidedReview = Exclude<ReviewDecision, 'PENDING'>;

/** Status, reviews and the review and release actions of one process model. */
export function useProcessReview(modelId: MaybeRefOrGetter<string>) {
  const query = useQuery(ProcessReviewStateDocument, () => ({ id: toValue(modelId) }));
  const model = computed(() => query.data.value?.processModel ?? null);
  const notFound = computed(() => query.data.value !== null && model.value === null);
  const canEdit = computed(() => model.value?.viewerCanEdit === true);

  // Members are visible only within one's own cities: enough to pick colleagues as reviewers.
  const candidatesQuery = useQuery(ProcessReviewerCandidatesDocument, {}, { enabled: canEdit });
  const candidates = computed<ReviewerCandidate[]>(() => {
    const me = candidatesQuery.data.value?.me;
    if (!me) return [];
    const byId = new Map<string, ReviewerCandidate>();
    for (const membership of me.memberships) {
      for (const { node } of membership.city.members.edges) {
        if (node.user.id !== me.id) byId.set(node.user.id, node.user);
      }
    }
    return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'de'));
  });

  const reviews = computed<ProcessReview[]>(() => model.value?.reviews ?? []);
  const myOpenReviews = computed(() =>
    reviews.value.filter((review) => review.viewerIsReviewer && review.decision === 'PENDING'),
  );
  const statusActions = computed<ProcessStatus[]>(() =>
    model.value && canEdit.value ? STATUS_ACTIONS[model.value.status] : [],
  );
  const latestApproved = computed(() =>
    reviews.value.some(
      (review) =>
        review.decision === 'APPROVED' && review.versionNumber === model.value?.latestVersionNumber,
    ),
  );

  const pending = ref(false);

  async function run(mutate: (model: ReviewedModel) => Promise<ActionOutcome>) {
    const current = model.value;
    if (!current) throw new Error('Process model not loaded');
    pending.value = true;
    try {
      const outcome = await mutate(current);
      // Also after a failure: the status may have moved on meanwhile.
      await query.refetch();
      return outcome;
    } finally {
      pending.value = false;
    }
  }

  return {
    model,
    notFound,
    canEdit,
    candidates,
    reviews,
    myOpenReviews,
    statusActions,
    latestApproved,
    loading: query.loading,
    error: query.error,
    pending,
    reload: () => Promise.all([query.refetch(), candidatesQuery.refetch()]),
    requestReview: (reviewerIds: string[]) =>
      run(async (current) => {
        const { requestReview } = await requestGraphql(RequestProcessReviewDocument, {
          modelId: current.id,
          reviewerIds,
        });
        return outcomeOf(requestReview);
      }),
    submitReview: (review: ProcessReview, decision: DecidedReview, comment: string) =>
      run(async () => {
        const { submitReview } = await requestGraphql(SubmitProcessReviewDocument, {
          reviewId: review.id,
          decision,
          comment: comment.trim() || null,
        });
        return outcomeOf(submitReview);
      }),
    setStatus: (status: ProcessStatus) =>
      run(async (current) => {
        const { setProcessStatus } = await requestGraphql(ChangeProcessStatusDocument, {
          modelId: current.id,
          status,
        });
        return outcomeOf(setProcessStatus);
      }),
  };
}
