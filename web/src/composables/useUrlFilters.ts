import { computed, type Ref, shallowRef, watch } from 'vue';
import { type LocationQuery, type LocationQueryRaw, useRoute, useRouter } from 'vue-router';

export interface UrlFilterCodec<TFilters> {
  fromQuery(query: LocationQuery): TFilters;
  toQuery(filters: TFilters): LocationQueryRaw;
  isActive(filters: TFilters): boolean;
}

/**
 * A list's filters kept in the address (`/prozesse?suche=…`, `/projekte?status=IDEA`), so a
 * selection can be bookmarked, passed on and reached again with the browser's back button.
 */
export function useUrlFilters<TFilters>(codec: UrlFilterCodec<TFilters>) {
  const route = useRoute();
  const router = useRouter();
  const pageName = route.name;
  const filters: Ref<TFilters> = shallowRef(codec.fromQuery(route.query));
  const same = (a: TFilters, b: TFilters) =>
    JSON.stringify(codec.toQuery(a)) === JSON.stringify(codec.toQuery(b));

  watch(
    () => route.query,
    (query) => {
      // Leaving the page empties the query before the page is gone: that is no new search.
      if (route.name !== pageName) return;
      const next = codec.fromQuery(query);
      if (!same(next, filters.value)) filters.value = next;
    },
  );

  async function apply(next: TFilters): Promise<void> {
    await router.push({ query: codec.toQuery(next) });
  }

  return { filters, active: computed(() => codec.isActive(filters.value)), apply };
}
