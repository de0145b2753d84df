import { computed, type MaybeRefOrGetter, toValue } from 'vue';
import {
  AuditLogCityDocument,
  AuditLogDocument,
  type AuditLogQuery,
} from '../graphql/generated/graphql.ts';
import { requestGraphql } from './useGraphql.ts';
import { usePagedList } from './usePagedList.ts';
import { useQuery } from './useQuery.ts';

export type AuditLogEntry = AuditLogQuery['auditLog']['edges'][number]['node'];

const PAGE_SIZE = 50;

/** One city's audit log (found by its slug), newest first and a page at a time. */
export function useAuditLog(slug: MaybeRefOrGetter<string>) {
  const cityQuery = useQuery(AuditLogCityDocument, () => ({ slug: toValue(slug) }));
  const city = computed(() => cityQuery.data.value?.city ?? null);

  const list = usePagedList<AuditLogEntry>(
    async (after) => {
      const { auditLog } = await requestGraphql(AuditLogDocument, {
        cityId: city.value?.id ?? '',
        first: PAGE_SIZE,
        after,
      });
      return auditLog;
    },
    () => city.value?.id,
    () => Boolean(city.value?.id),
  );

  return {
    city,
    cityLoading: cityQuery.loading,
    cityError: cityQuery.error,
    entries: list.items,
    loaded: list.loaded,
    loading: list.loading,
    error: list.error,
    hasNextPage: list.hasNextPage,
    loadingMore: list.loadingMore,
    moreError: list.moreError,
    loadMore: list.loadMore,
  };
}
