import { computed, type Ref } from 'vue';
import type { ReportSelection } from '../components/projectReport/reportSelection.ts';
import {
  ProjectReportDocument,
  type ProjectReportQuery,
  type ProjectReportScope,
} from '../graphql/generated/graphql.ts';
import { useQuery } from './useQuery.ts';

type ReportResult = ProjectReportQuery['projectReport'];
export type ProjectReport = Extract<
  ReportResult,
  { __typename: 'QueryProjectReportSuccess' }
>['data'];
/** Why the server gave no report (e.g. a city the viewer does not belong to). */
export type ProjectReportFailure = Exclude<
  ReportResult,
  { __typename: 'QueryProjectReportSuccess' }
>;
export type ProjectReportEntry = ProjectReport['groups'][number]['projects'][number];
export type ProjectReportMilestone = ProjectReport['milestonesReached'][number];

export function reportScopeArgument(selection: ReportSelection): ProjectReportScope {
  return { kind: selection.kind === 'city' ? 'CITY' : 'PARTNERSHIP', id: selection.id };
}

/** The annual report of the chosen city or partnership and year, once one is chosen. */
export function useProjectReport(selection: Ref<ReportSelection>) {
  const query = useQuery(
    ProjectReportDocument,
    () => ({ scope: reportScopeArgument(selection.value), year: selection.value.year }),
    { enabled: () => selection.value.id !== '' },
  );
  const result = computed(() => query.data.value?.projectReport ?? null);
  return {
    report: computed<ProjectReport | null>(() =>
      result.value?.__typename === 'QueryProjectReportSuccess' ? result.value.data : null,
    ),
    failure: computed<ProjectReportFailure | null>(() =>
      result.value && result.value.__typename !== 'QueryProjectReportSuccess' ? result.value : null,
    ),
    loading: query.loading,
    error: query.error,
  };
}
