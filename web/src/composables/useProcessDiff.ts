import { ref, shallowRef } from 'vue';
import {
  ProcessPageVersionDiffDocument,
  type ProcessPageVersionDiffQuery,
} from '../graphql/generated/graphql.ts';
import { useErrorMessage } from './useErrorMessage.ts';
import { requestGraphql } from './useGraphql.ts';

export type ProcessVersionDiff = Extract<
  ProcessPageVersionDiffQuery['processVersionDiff'],
  { __typename: 'QueryProcessVersionDiffSuccess' }
>['data'];

/**
 * The semantic diff of two versions (elements added, removed, changed, moved), loaded on demand.
 * Only the answer to the newest request counts, so quick successive comparisons cannot mix.
 */
export function useProcessDiff() {
  const errors = useErrorMessage();
  const diff = shallowRef<ProcessVersionDiff | null>(null);
  const loading = ref(false);
  /** Why the last comparison failed, for the user; empty otherwise. */
  const errorMessage = ref('');
  let latest = 0;

  async function compare(fromVersionId: string, toVersionId: string): Promise<boolean> {
    const requestId = ++latest;
    loading.value = true;
    errorMessage.value = '';
    try {
      const { processVersionDiff: result } = await requestGraphql(ProcessPageVersionDiffDocument, {
        fromVersionId,
        toVersionId,
      });
      if (requestId !== latest) return false;
      if (result.__typename === 'QueryProcessVersionDiffSuccess') {
        diff.value = result.data;
        return true;
      }
      diff.value = null;
      errorMessage.value = errors.fromResult(result);
      return false;
    } catch (caught) {
      if (requestId !== latest) return false;
      diff.value = null;
      errorMessage.value = errors.fromError(caught);
      return false;
    } finally {
      if (requestId === latest) loading.value = false;
    }
  }

  function reset(): void {
    latest += 1;
    diff.value = null;
    loading.value = false;
    errorMessage.value = '';
  }

  return { diff, loading, errorMessage, compare, reset };
}
