import { ref, shallowRef, type WatchSource, watch } from 'vue';

/** One page of a Relay connection, as the list queries return it. */
export interface ConnectionPage<T> {
  edges: readonly { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * A list read a page at a time ("Weitere laden" appends the next page). Whenever `source` changes
 * the list starts over; answers to a superseded start are dropped. While `enabled` says no (e.g.
 * the city is not known yet) the list stays empty and nothing is asked.
 */
export function usePagedList<T extends { id: string }>(
  fetchPage: (after: string | null) => Promise<ConnectionPage<T>>,
  source: WatchSource<unknown>,
  enabled: () => boolean = () => true,
) {
  const items = shallowRef<T[]>([]);
  const loaded = ref(false);
  const loading = ref(false);
  const error = shallowRef<unknown>(null);
  const loadingMore = ref(false);
  const moreError = shallowRef<unknown>(null);
  const hasNextPage = ref(false);
  let endCursor: string | null = null;
  let generation = 0;

  async function loadFirstPage(): Promise<void> {
    const current = ++generation;
    error.value = null;
    moreError.value = null;
    if (!enabled()) {
      items.value = [];
      loaded.value = false;
      hasNextPage.value = false;
      loading.value = false;
      return;
    }
    loading.value = true;
    try {
      const page = await fetchPage(null);
      if (current !== generation) return;
      items.value = page.edges.map((edge) => edge.node);
      hasNextPage.value = page.pageInfo.hasNextPage;
      endCursor = page.pageInfo.endCursor ?? null;
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

  /** Appends the next page; hands back the items it added (undefined when it failed). */
  async function loadMore(): Promise<T[] | undefined> {
    if (!hasNextPage.value || loadingMore.value) return [];
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
      endCursor = page.pageInfo.endCursor ?? null;
      return added;
    } catch (caught) {
      if (current === generation) moreError.value = caught;
      return undefined;
    } finally {
      loadingMore.value = false;
    }
  }

  watch(source, loadFirstPage, { immediate: true });

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
