import { computed, type MaybeRefOrGetter, toValue } from 'vue';
import {
  FundingApplicationSnapshotsDocument,
  type FundingApplicationSnapshotsQuery,
} from '../graphql/generated/graphql.ts';
import { useQuery } from './useQuery.ts';

type SnapshotApplication = NonNullable<FundingApplicationSnapshotsQuery['fundingApplication']>;
export type ApplicationSnapshot = SnapshotApplication['snapshots'][number];

/** One submitted version of an application, with the application's heading facts. */
export function useFundingApplicationSnapshot(
  applicationId: MaybeRefOrGetter<string>,
  snapshotId: MaybeRefOrGetter<string>,
) {
  const query = useQuery(FundingApplicationSnapshotsDocument, () => ({
    id: toValue(applicationId),
  }));
  const application = computed(() => query.data.value?.fundingApplication ?? null);
  const snapshot = computed<ApplicationSnapshot | null>(
    () => application.value?.snapshots.find((s) => s.id === toValue(snapshotId)) ?? null,
  );
  // Unknown ids and applications the viewer may not see answer null: for them it does not exist.
  const notFound = computed(
    () => !query.error.value && query.data.value !== null && !snapshot.value,
  );
  return {
    application,
    snapshot,
    notFound,
    error: query.error,
    loading: query.loading,
  };
}
