import { computed } from 'vue';
import {
  type FundingApplicationListItemFragment,
  FundingApplicationsDocument,
} from '../graphql/generated/graphql.ts';
import { useQuery } from './useQuery.ts';
import { useSession } from './useSession.ts';

export type FundingApplicationListItem = FundingApplicationListItemFragment;

/** The viewer's funding applications, most recently changed first (the server's order). */
export function useFundingApplications() {
  const query = useQuery(FundingApplicationsDocument, {});
  return {
    applications: computed<FundingApplicationListItem[]>(
      () => query.data.value?.fundingApplications ?? [],
    ),
    loaded: computed(() => query.data.value !== null),
    loading: query.loading,
    error: query.error,
  };
}

export interface CityOption {
  id: string;
  name: string;
}

/**
 * The cities the viewer may file an application for: those where they are a funding officer;
 * a global admin may choose any city (`allCities`). The server checks again.
 */
export function useFundingApplicationLeadCities(allCities: () => CityOption[]) {
  const session = useSession();
  return computed<CityOption[]>(() => {
    const user = session.user.value;
    if (!user) return [];
    if (user.isGlobalAdmin) return allCities();
    const officerOf = new Map(
      user.memberships
        .filter((m) => m.role === 'FUNDING_OFFICER')
        .map((m) => [m.city.id, { id: m.city.id, name: m.city.name }]),
    );
    return [...officerOf.values()].sort((a, b) => a.name.localeCompare(b.name, 'de'));
  });
}

/** Funding officers (of any city) and global admins start applications. */
export function useMayCreateFundingApplication() {
  const session = useSession();
  return computed(() => {
    const user = session.user.value;
    if (!user) return false;
    return user.isGlobalAdmin || user.memberships.some((m) => m.role === 'FUNDING_OFFICER');
  });
}
