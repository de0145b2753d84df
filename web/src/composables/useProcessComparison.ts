import { computed, type MaybeRefOrGetter, toValue } from 'vue';
import {
  ProcessComparisonDocument,
  type ProcessComparisonQuery,
} from '../graphql/generated/graphql.ts';
import { type ResultError, useErrorMessage } from './useErrorMessage.ts';
import { useQuery } from './useQuery.ts';

type ComparisonResult = ProcessComparisonQuery['compareProcesses'];
export type ProcessComparison = Extract<
  ComparisonResult,
  { __typename: 'QueryCompareProcessesSuccess' }
>['data'];
export type ComparisonStep = ProcessComparison['onlyLeft'][number];
export type ComparisonMatch = ProcessComparison['matches'][number];
export type ComparisonSideVersion = ProcessComparison['left'];
export type ComparisonFigures = ProcessComparison['leftFigures'];

/**
 * Whether `id` can name a process version: global ids are base64 of "ProcessVersion:<uuid>".
 * Anything else (e.g. a mistyped link) cannot exist, so the API is not asked.
 */
export function isProcessVersionId(id: string): boolean {
  try {
    return atob(id).startsWith('ProcessVersion:');
  } catch {
    return false;
  }
}

/** The step-by-step comparison of two process versions, possibly of different cities. */
export function useProcessComparison(
  leftVersionId: MaybeRefOrGetter<string>,
  rightVersionId: MaybeRefOrGetter<string>,
) {
  const errors = useErrorMessage();
  /** Both sides are named in the address; without them there is nothing to compare. */
  const complete = computed(() => Boolean(toValue(leftVersionId) && toValue(rightVersionId)));
  const validIds = computed(
    () => isProcessVersionId(toValue(leftVersionId)) && isProcessVersionId(toValue(rightVersionId)),
  );
  const query = useQuery(
    ProcessComparisonDocument,
    () => ({ leftVersionId: toValue(leftVersionId), rightVersionId: toValue(rightVersionId) }),
    { enabled: validIds },
  );
  const result = computed<ComparisonResult | null>(
    () => query.data.value?.compareProcesses ?? null,
  );
  const comparison = computed<ProcessComparison | null>(() =>
    result.value?.__typename === 'QueryCompareProcessesSuccess' ? result.value.data : null,
  );
  // A version the viewer may not see is reported like a missing one.
  const notFound = computed(
    () =>
      (complete.value && !validIds.value) ||
      (!query.error.value && result.value?.__typename === 'NotFoundError'),
  );
  /** Why the comparison could not be made, for the user; empty otherwise. */
  const errorMessage = computed(() => {
    if (query.error.value) return errors.fromError(query.error.value);
    const failure = result.value;
    if (failure && failure.__typename !== 'QueryCompareProcessesSuccess' && !notFound.value) {
      return errors.fromResult(failure as ResultError);
    }
    return '';
  });

  return {
    comparison,
    complete,
    notFound,
    errorMessage,
    loading: query.loading,
    reload: query.refetch,
  };
}
