import { computed, type MaybeRefOrGetter, ref, toValue } from 'vue';
import {
  type BudgetLineInput,
  type FundingApplicationDetailsFragment,
  FundingApplicationDocument,
  type FundingApplicationStatus,
  type UpdateFundingApplicationInput,
} from '../graphql/generated/graphql.ts';
import type { ActionOutcome } from './actionOutcome.ts';
import {
  inviteApplicationPartner,
  respondToApplicationInvite,
  setBudgetLines,
  transitionFundingApplication,
  updateFundingApplication,
} from './useFundingApplicationMutations.ts';
import { GraphqlRequestError } from './useGraphql.ts';
import { useQuery } from './useQuery.ts';

export type FundingApplicationDetails = FundingApplicationDetailsFragment;
export type ApplicationPartner = FundingApplicationDetails['partners'][number];

/** One funding application for its page, and the actions on it. */
export function useFundingApplication(id: MaybeRefOrGetter<string>) {
  const query = useQuery(FundingApplicationDocument, () => ({ id: toValue(id) }));
  const application = computed<FundingApplicationDetails | null>(
    () => query.data.value?.fundingApplication ?? null,
  );
  // Unknown ids and applications the viewer may not see answer null: for them they do not exist.
  const notFound = computed(() =>
    query.error.value
      ? query.error.value instanceof GraphqlRequestError && query.error.value.code === 'FORBIDDEN'
      : query.data.value !== null && application.value === null,
  );
  const error = computed(() => (notFound.value ? null : query.error.value));
  const pending = ref(false);

  async function run<T>(
    mutate: (applicationId: string) => Promise<ActionOutcome<T>>,
    updated: (outcome: ActionOutcome<T>) => FundingApplicationDetails | null,
  ): Promise<ActionOutcome<T>> {
    const current = application.value;
    if (!current) throw new Error('Funding application not loaded');
    pending.value = true;
    try {
      const outcome = await mutate(current.id);
      const next = updated(outcome);
      if (next) query.data.value = { fundingApplication: next };
      else await query.refetch();
      return outcome;
    } finally {
      pending.value = false;
    }
  }

  /** A success hands back the application as it is now; a failure reloads it (e.g. a conflict). */
  const returned = (outcome: ActionOutcome<FundingApplicationDetails>) =>
    outcome.ok ? outcome.value : null;
  const reloaded = () => null;

  return {
    application,
    notFound,
    error,
    loading: query.loading,
    pending,
    reload: query.refetch,
    update: (input: UpdateFundingApplicationInput) =>
      run(() => updateFundingApplication(input), returned),
    invite: (cityId: string) =>
      run((applicationId) => inviteApplicationPartner(applicationId, cityId), returned),
    respond: (cityId: string, accept: boolean) =>
      run((applicationId) => respondToApplicationInvite(applicationId, cityId, accept), reloaded),
    saveBudget: (cityId: string, expectedBudgetVersion: number, lines: BudgetLineInput[]) =>
      run(
        (applicationId) => setBudgetLines({ applicationId, cityId, expectedBudgetVersion, lines }),
        returned,
      ),
    transition: (from: FundingApplicationStatus, to: FundingApplicationStatus, comment: string) =>
      run(
        (applicationId) =>
          transitionFundingApplication({
            applicationId,
            from,
            to,
            comment: comment.trim() || null,
          }),
        returned,
      ),
  };
}
