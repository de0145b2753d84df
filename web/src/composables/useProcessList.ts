import { computed, type Ref } from 'vue';
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
import { usePagedList } from './usePagedList.ts';
import { useQuery } from './useQuery.ts';

export type ProcessListItem = ProcessListItemFragment;

const PAGE_SIZE = 20;

/**
 * The models matching `filters`, a page at a time ("Weitere laden" appends the next page). A new
 * search starts over; answers to a superseded search are dropped.
 */
export function useProcessList(filters: Ref<ProcessListFilters>) {
  return usePagedList(async (after) => {
    const { processModels } = await requestGraphql(ProcessListModelsDocument, {
      first: PAGE_SIZE,
      after,
      ...processModelsArguments(filters.value),
    });
    return processModels;
  }, filters);
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
