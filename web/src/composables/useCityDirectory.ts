import { computed } from 'vue';
import { byGermanName } from '../domain/cities.ts';
import { CitiesDocument, type CitiesQuery } from '../graphql/generated/graphql.ts';
import { useQuery } from './useQuery.ts';

export type DirectoryCity = CitiesQuery['cities']['edges'][number]['node'];

/** All cities of the installation (the first 100) with their master data, by German name. */
export function useCityDirectory() {
  const query = useQuery(CitiesDocument, {});
  const cities = computed<DirectoryCity[]>(() =>
    byGermanName(query.data.value?.cities.edges.map((edge) => edge.node) ?? []),
  );
  const loaded = computed(() => query.data.value !== null);
  return {
    cities,
    loaded,
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
  };
}
