import { computed, type MaybeRefOrGetter, toValue } from 'vue';
import {
  ProcessPageModelDocument,
  type ProcessPageModelQuery,
  type ProcessPageVersionFragment,
  type ProcessPageVersionSummaryFragment,
} from '../graphql/generated/graphql.ts';
import { useQuery } from './useQuery.ts';

export type ProcessModelDetails = NonNullable<ProcessPageModelQuery['processModel']>;
/** A version with its diagram, figures and findings. */
export type ProcessVersionDetails = ProcessPageVersionFragment;
/** A row of the version list. */
export type ProcessVersionSummary = ProcessPageVersionSummaryFragment;

/**
 * Whether `id` can name a process model at all: global ids are base64 of "ProcessModel:<uuid>".
 * The API rejects other ids as an unexpected error; for the user such a model just does not exist.
 */
export function isProcessModelId(id: string): boolean {
  try {
    return atob(id).startsWith('ProcessModel:');
  } catch {
    return false;
  }
}

/** One process model for its page: metadata, newest version and the version list. */
export function useProcessModel(id: MaybeRefOrGetter<string>) {
  const validId = computed(() => isProcessModelId(toValue(id)));
  const query = useQuery(ProcessPageModelDocument, () => ({ id: toValue(id) }), {
    enabled: validId,
  });
  const model = computed<ProcessModelDetails | null>(() => query.data.value?.processModel ?? null);
  // The API answers null for models the viewer may not see: for them the model does not exist.
  const notFound = computed(
    () => !validId.value || (!query.error.value && query.data.value?.processModel === null),
  );
  const versions = computed<ProcessVersionSummary[]>(
    () => model.value?.versions.edges.map((edge) => edge.node) ?? [],
  );
  // A model in the archive is read-only until someone restores it.
  const canEdit = computed(
    () => model.value?.viewerCanEdit === true && model.value.status !== 'ARCHIVED',
  );

  return {
    model,
    versions,
    canEdit,
    notFound,
    error: query.error,
    loading: query.loading,
    reload: query.refetch,
  };
}
