import { computed, type Ref, ref, shallowRef, watch } from 'vue';
import {
  type ProcessListFilters,
  processModelsArguments,
} from '../components/processList/processListFilters.ts';
import {
  ProcessListCitiesDocument,
  type ProcessListItemFragment,
  ProcessListModelsDocument,
} from '../graphql/generated/graphql.ts';
import { requestGraphql } from './useGraphql.ts';
import { useQuery } from './useQuery.ts';

export type ProcessListItem = ProcessListItemFragment;

const PAGE_SIZE = 20;

/**
 * The models matching `filters`, a page at a time ("Weitere laden" appends the next page). A new
 * search starts over; answers to a superseded search are dropped.
 */
export function useProcessList(filters: Ref<ProcessListFilters>) {
  const items = shallowRef<ProcessListItem[]>([]);
  const loaded = ref(false);
  const loading = ref(false);
  const error = shallowRef<unknown>(null);
  const loadingMore = ref(false);
  const moreError = shallowRef<unknown>(null);
  const hasNextPage = ref(false);
  let endCursor: string | null = null;
  let generation = 0;

  async function fetchPage(after: string | null) {
    const { processModels } = await requestGraphql(ProcessListModelsDocument, {
      first: PAGE_SIZE,
      after,
      ...processModelsArguments(filters.value),
    });
    return processModels;
  }

  async function loadFirstPage(): Promise<void> {
    const current = ++generation;
    loading.value = true;
    error.value = null;
    moreError.value = null;
    try {
      const page = await fetchPage(null);
      if (current !== generation) return;
      items.value = page.edges.map((edge) => edge.node);
      hasNextPage.value = page.pageInfo.hasNextPage;
      endCursor = page.pageInfo.endCursor;
      loaded.value = true;
    } catch (caught) {
      if (current === generation) {
        error.value = caught;
        items.value = [];
        hasNextPage.value = false;
      }
    } finally {
      if (current === generation) loading.value = false;
    }
  }

  /** Appends the next page; hands back how many models it added (undefined when it failed). */
  async function loadMore(): Promise<number | undefined> {
    if (!hasNextPage.value || loadingMore.value) return 0;
    const current = generation;
    loadingMore.value = true;
    moreError.value = null;
    try {
      const page = await fetchPage(endCursor);
      if (current !== generation) return undefined;
      const known = new Set(items.value.map((item) => item.id));
      const added = page.edges.map((edge) => edge.node).filter((node) => !known.has(node.id));
      items.value = [...items.value, ...added];
      hasNextPage.value = page.pageInfo.hasNextPage;
      endCursor = page.pageInfo.endCursor;
      return added.length;
    } catch (caught) {
      if (current === generation) moreError.value = caught;
      return undefined;
    } finally {
      loadingMore.value = false;
    }
  }

  watch(filters, loadFirstPage, { immediate: true });

  return {
    items,
    loaded,
    loading,
    error,
    hasNextPage,
    loadingMore,
    moreError,
    loadMore,
    reload: loadFirstPage,
  };
}

/** All cities, by German name, for the "Kommune" filter. */
export function useProcessListCities() {
  const query = useQuery(ProcessListCitiesDocument, {});
  const cities = computed(() =>
    (query.data.value?.cities.edges.map((edge) => edge.node) ?? []).sort((a, b) =>
      a.name.localeCompare(b.name, 'de'),
    ),
  );
  return { cities, error: query.error };
}
