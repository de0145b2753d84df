import { computed, type MaybeRefOrGetter, toValue } from 'vue';
import {
  SimilarProcessesDocument,
  type SimilarProcessesQuery,
} from '../graphql/generated/graphql.ts';
import { type ResultError, useErrorMessage } from './useErrorMessage.ts';
import { useQuery } from './useQuery.ts';

type SimilarResult = SimilarProcessesQuery['similarProcesses'];
export type SimilarProcess = Extract<
  SimilarResult,
  { __typename: 'QuerySimilarProcessesSuccess' }
>['data'][number];

/** How many similar models the panel of a process model page lists. */
export const SIMILAR_PROCESSES_SHOWN = 8;

/** "Who already did this?": other cities' models most similar to this one, best first. */
export function useSimilarProcesses(processModelId: MaybeRefOrGetter<string>) {
  const errors = useErrorMessage();
  const query = useQuery(SimilarProcessesDocument, () => ({
    processModelId: toValue(processModelId),
    first: SIMILAR_PROCESSES_SHOWN,
  }));
  const result = computed<SimilarResult | null>(() => query.data.value?.similarProcesses ?? null);
  const similar = computed<SimilarProcess[]>(() =>
    result.value?.__typename === 'QuerySimilarProcessesSuccess' ? result.value.data : [],
  );
  const loaded = computed(() => result.value?.__typename === 'QuerySimilarProcessesSuccess');
  const errorMessage = computed(() => {
    if (query.error.value) return errors.fromError(query.error.value);
    const failure = result.value;
    if (failure && failure.__typename !== 'QuerySimilarProcessesSuccess') {
      return errors.fromResult(failure as ResultError);
    }
    return '';
  });

  return { similar, loaded, errorMessage, loading: query.loading, reload: query.refetch };
}
