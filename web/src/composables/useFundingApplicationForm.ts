import { computed } from 'vue';
import {
  FundingApplicationFormOptionsDocument,
  type FundingApplicationFormOptionsQuery,
} from '../graphql/generated/graphql.ts';
import { type CityOption, useFundingApplicationLeadCities } from './useFundingApplications.ts';
import { useQuery } from './useQuery.ts';

export type ProgrammeOption = FundingApplicationFormOptionsQuery['fundingProgrammes'][number];
export type ProcessModelOption =
  FundingApplicationFormOptionsQuery['processModels']['edges'][number]['node'];

/**
 * What the create and edit forms offer: programmes, lead and partner cities, process models to
 * link. `enabled` holds the query back until a form shows.
 */
export function useFundingApplicationForm(enabled: () => boolean = () => true) {
  const query = useQuery(FundingApplicationFormOptionsDocument, {}, { enabled });
  const cities = computed<CityOption[]>(
    () => query.data.value?.cities.edges.map((edge) => edge.node) ?? [],
  );
  return {
    programmes: computed<ProgrammeOption[]>(() => query.data.value?.fundingProgrammes ?? []),
    cities,
    leadCities: useFundingApplicationLeadCities(() => cities.value),
    processModels: computed<ProcessModelOption[]>(
      () => query.data.value?.processModels.edges.map((edge) => edge.node) ?? [],
    ),
    loaded: computed(() => query.data.value !== null),
    loading: query.loading,
    error: query.error,
  };
}
