import { computed, type Ref, shallowRef, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import {
  filtersFromQuery,
  hasActiveFilters,
  type ProcessListFilters,
  queryFromFilters,
} from '../components/processList/processListFilters.ts';

function sameFilters(a: ProcessListFilters, b: ProcessListFilters): boolean {
  return JSON.stringify(queryFromFilters(a)) === JSON.stringify(queryFromFilters(b));
}

/**
 * The list's filters live in the address (`/prozesse?suche=Gewerbe&status=RELEASED`), so a search
 * can be bookmarked, passed on and reached again with the browser's back button.
 */
export function useProcessListFilters() {
  const route = useRoute();
  const router = useRouter();
  const pageName = route.name;
  const filters: Ref<ProcessListFilters> = shallowRef(filtersFromQuery(route.query));

  watch(
    () => route.query,
    (query) => {
      // Leaving the page empties the query before the page is gone: that is no new search.
      if (route.name !== pageName) return;
      const next = filtersFromQuery(query);
      if (!sameFilters(next, filters.value)) filters.value = next;
    },
  );

  async function apply(next: ProcessListFilters): Promise<void> {
    await router.push({ query: queryFromFilters(next) });
  }

  return { filters, active: computed(() => hasActiveFilters(filters.value)), apply };
}
