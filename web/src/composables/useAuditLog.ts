import { computed, type MaybeRefOrGetter, ref, shallowRef, toValue, watch } from 'vue';
import {
  AuditLogCityDocument,
  AuditLogDocument,
  type AuditLogQuery,
} from '../graphql/generated/graphql.ts';
import { requestGraphql } from './useGraphql.ts';
import { useQuery } from './useQuery.ts';

export type AuditLogEntry = AuditLogQuery['auditLog']['edges'][number]['node'];

const PAGE_SIZE = 50;

/** One city's audit log (found by its slug), newest first and a page at a time. */
export function useAuditLog(slug: MaybeRefOrGetter<string>) {
  const cityQuery = useQuery(AuditLogCityDocument, () => ({ slug: toValue(slug) }));
  const city = computed(() => cityQuery.data.value?.city ?? null);

  const entries = shallowRef<AuditLogEntry[]>([]);
  const loaded = ref(false);
  const loading = ref(false);
  const error = shallowRef<unknown>(null);
  const hasNextPage = ref(false);
  const loadingMore = ref(false);
  let endCursor: string | null = null;
  let latest = 0;

  async function fetchPage(cityId: string, after: string | null) {
    const { auditLog } = await requestGraphql(AuditLogDocument, {
      cityId,
      first: PAGE_SIZE,
      after,
    });
    return auditLog;
  }

  async function load(cityId: string): Promise<void> {
    const requestId = ++latest;
    loading.value = true;
    error.value = null;
    try {
      const page = await fetchPage(cityId, null);
      if (requestId !== latest) return;
      entries.value = page.edges.map((edge) => edge.node);
      hasNextPage.value = page.pageInfo.hasNextPage;
      endCursor = page.pageInfo.endCursor;
      loaded.value = true;
    } catch (caught) {
      if (requestId === latest) error.value = caught;
    } finally {
      if (requestId === latest) loading.value = false;
    }
  }

  /** Appends the next page; hands back the first new entry, if any. */
  async function loadMore(): Promise<AuditLogEntry | undefined> {
    const cityId = city.value?.id;
    if (!cityId || !hasNextPage.value || loadingMore.value) return undefined;
    loadingMore.value = true;
    try {
      const page = await fetchPage(cityId, endCursor);
      const known = new Set(entries.value.map((entry) => entry.id));
      const added = page.edges.map((edge) => edge.node).filter((entry) => !known.has(entry.id));
      entries.value = [...entries.value, ...added];
      hasNextPage.value = page.pageInfo.hasNextPage;
      endCursor = page.pageInfo.endCursor;
      return added[0];
    } finally {
      loadingMore.value = false;
    }
  }

  watch(
    () => city.value?.id,
    (cityId) => {
      entries.value = [];
      loaded.value = false;
      if (cityId) void load(cityId);
    },
    { immediate: true },
  );

  return {
    city,
    cityLoading: cityQuery.loading,
    cityError: cityQuery.error,
    entries,
    loaded,
    loading,
    error,
    hasNextPage,
    loadingMore,
    loadMore,
  };
}
