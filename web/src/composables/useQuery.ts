import { type MaybeRefOrGetter, ref, shallowRef, toValue, watch } from 'vue';
import { type GraphqlDocument, requestGraphql } from './useGraphql.ts';

interface QueryOptions {
  /** Runs the query only while this is true (e.g. data only some viewers may read). */
  enabled?: MaybeRefOrGetter<boolean>;
}

/**
 * Runs a query now and again whenever its variables change. Answers to superseded requests are
 * dropped, so a slow earlier response cannot overwrite a newer one.
 */
export function useQuery<TResult, TVariables>(
  document: GraphqlDocument<TResult, TVariables>,
  variables: MaybeRefOrGetter<TVariables>,
  options: QueryOptions = {},
) {
  const data = shallowRef<TResult | null>(null);
  const error = shallowRef<unknown>(null);
  const loading = ref(false);
  let latest = 0;
  // The generic signature cannot see that TVariables fits the operation's own variables.
  const run = requestGraphql as (
    doc: GraphqlDocument<TResult, TVariables>,
    vars: TVariables,
  ) => Promise<TResult>;

  async function execute(): Promise<void> {
    if (!(toValue(options.enabled) ?? true)) return;
    const requestId = ++latest;
    loading.value = true;
    error.value = null;
    try {
      const result = await run(document, toValue(variables));
      if (requestId === latest) data.value = result;
    } catch (caught) {
      if (requestId === latest) error.value = caught;
    } finally {
      if (requestId === latest) loading.value = false;
    }
  }

  watch(() => [toValue(variables), toValue(options.enabled)], execute, {
    immediate: true,
    deep: true,
  });

  return { data, error, loading, refetch: execute };
}
