import { computed, type MaybeRefOrGetter } from 'vue';
import {
  PartnershipCitiesDocument,
  type PartnershipCitiesQuery,
} from '../graphql/generated/graphql.ts';
import { useQuery } from './useQuery.ts';

export type SelectableCity = PartnershipCitiesQuery['cities']['edges'][number]['node'];

/** All cities (the first 100, by name), to pick partners from. */
export function useCities(options: { enabled?: MaybeRefOrGetter<boolean> } = {}) {
  const query = useQuery(PartnershipCitiesDocument, {}, options);
  const cities = computed<SelectableCity[]>(
    () => query.data.value?.cities.edges.map((edge) => edge.node) ?? [],
  );
  return { cities, loading: query.loading, error: query.error };
}
