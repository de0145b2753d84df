import { computed, type Ref, shallowRef, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import {
  queryFromSelection,
  type ReportScopeKind,
  type ReportSelection,
  selectionFromQuery,
} from '../components/projectReport/reportSelection.ts';
import { citiesOfUser } from '../domain/cityMemberships.ts';
import { ProjectReportPartnershipsDocument } from '../graphql/generated/graphql.ts';
import { useQuery } from './useQuery.ts';
import { useSession } from './useSession.ts';

export interface ReportScopeOption {
  kind: ReportScopeKind;
  id: string;
  name: string;
}

/**
 * What the report can cover: the viewer's cities, and the partnerships one of them has joined
 * (an open invitation is no membership yet). The server checks again.
 */
export function useProjectReportScopes() {
  const session = useSession();
  const query = useQuery(ProjectReportPartnershipsDocument, {});
  const cities = computed<ReportScopeOption[]>(() => {
    const user = session.user.value;
    if (!user) return [];
    return citiesOfUser(user.memberships, user.isGlobalAdmin).map((city) => ({
      kind: 'city',
      id: city.id,
      name: city.name,
    }));
  });
  const partnerships = computed<ReportScopeOption[]>(() => {
    const mine = new Set(cities.value.map((city) => city.id));
    return (query.data.value?.partnerships.edges ?? [])
      .map((edge) => edge.node)
      .filter((partnership) =>
        partnership.members.some((m) => m.status === 'ACCEPTED' && mine.has(m.city.id)),
      )
      .map((partnership) => ({
        kind: 'partnership' as const,
        id: partnership.id,
        name: partnership.name,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  });
  return { cities, partnerships, error: query.error };
}

/**
 * The report chosen in the address (`/projekte/bericht?kommune=…&jahr=2026`); without a choice,
 * the first of `defaultScope` (the viewer's first city) for the current year.
 */
export function useProjectReportSelection(
  defaultScope: () => ReportScopeOption | undefined,
  currentYear: number = new Date().getFullYear(),
) {
  const route = useRoute();
  const router = useRouter();
  const pageName = route.name;
  const requested: Ref<ReportSelection> = shallowRef(selectionFromQuery(route.query, currentYear));

  watch(
    () => route.query,
    (query) => {
      if (route.name !== pageName) return;
      const next = selectionFromQuery(query, currentYear);
      if (JSON.stringify(next) !== JSON.stringify(requested.value)) requested.value = next;
    },
  );

  const selection = computed<ReportSelection>(() => {
    if (requested.value.id) return requested.value;
    const scope = defaultScope();
    return scope ? { kind: scope.kind, id: scope.id, year: requested.value.year } : requested.value;
  });

  async function choose(next: ReportSelection): Promise<void> {
    await router.push({ query: queryFromSelection(next) });
  }

  return { selection, choose, currentYear };
}
