import { computed, onBeforeUnmount, type Ref, shallowRef } from 'vue';
import {
  type ProjectListFilters,
  projectFilterArgument,
} from '../components/project/projectListFilters.ts';
import {
  ProjectPortfolioDocument,
  type ProjectPortfolioQuery,
} from '../graphql/generated/graphql.ts';
import { useProjectEvents } from './useProjectEvents.ts';
import { useQuery } from './useQuery.ts';

export type ProjectPortfolio = ProjectPortfolioQuery['projectPortfolio'];

/** Several changes in a row (a status with its comment, a bulk edit) become one re-read. */
export const LIVE_REFRESH_DELAY_MS = 300;

/**
 * The portfolio of the projects the viewer may see, narrowed by `filters`, kept current: every
 * project event the viewer receives re-reads it (debounced), and so does a reconnect after the
 * live connection was lost. `refreshedAt` tells when a live re-read has arrived.
 */
export function useProjectDashboard(filters: Ref<ProjectListFilters>) {
  const query = useQuery(ProjectPortfolioDocument, () => ({
    filter: projectFilterArgument(filters.value),
  }));
  const refreshedAt = shallowRef<Date | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function refresh(): Promise<void> {
    await query.refetch();
    if (!query.error.value) refreshedAt.value = new Date();
  }

  function scheduleRefresh(): void {
    clearTimeout(timer);
    timer = setTimeout(refresh, LIVE_REFRESH_DELAY_MS);
  }

  const live = useProjectEvents(() => null, scheduleRefresh, { onReconnect: scheduleRefresh });
  onBeforeUnmount(() => clearTimeout(timer));

  return {
    portfolio: computed<ProjectPortfolio | null>(() => query.data.value?.projectPortfolio ?? null),
    loaded: computed(() => query.data.value !== null),
    loading: query.loading,
    error: query.error,
    refreshedAt,
    live: live.connected,
  };
}
