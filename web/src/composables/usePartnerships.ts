import { computed, ref } from 'vue';
import { PartnershipsDocument, type PartnershipsQuery } from '../graphql/generated/graphql.ts';
import type { ActionOutcome } from './actionOutcome.ts';
import { respondToPartnershipInvitation } from './partnershipMutations.ts';
import { useQuery } from './useQuery.ts';

export type PartnershipSummary = PartnershipsQuery['partnerships']['edges'][number]['node'];
export type PartnershipSummaryMember = PartnershipSummary['members'][number];

/** The viewer's partnerships (with open invitations), and answering an invitation. */
export function usePartnerships() {
  const query = useQuery(PartnershipsDocument, {});
  const partnerships = computed<PartnershipSummary[]>(
    () => query.data.value?.partnerships.edges.map((edge) => edge.node) ?? [],
  );
  const pending = ref(false);

  async function respond(
    partnership: PartnershipSummary,
    member: PartnershipSummaryMember,
    accept: boolean,
  ): Promise<ActionOutcome> {
    pending.value = true;
    try {
      const outcome = await respondToPartnershipInvitation(partnership.id, member.city.id, accept);
      // Also after a failure: the invitation may have been answered elsewhere meanwhile.
      await query.refetch();
      return outcome;
    } finally {
      pending.value = false;
    }
  }

  return {
    partnerships,
    loaded: computed(() => query.data.value !== null),
    loading: query.loading,
    error: query.error,
    pending,
    respond,
  };
}
