import { computed, type MaybeRefOrGetter, ref, toValue } from 'vue';
import { invitableCities } from '../domain/partnerships.ts';
import { PartnershipDocument, type PartnershipQuery } from '../graphql/generated/graphql.ts';
import type { ActionOutcome } from './actionOutcome.ts';
import {
  inviteCityToPartnership,
  removeCityFromPartnership,
  respondToPartnershipInvitation,
  updatePartnership,
} from './partnershipMutations.ts';
import { useCities } from './useCities.ts';
import { GraphqlRequestError } from './useGraphql.ts';
import { useQuery } from './useQuery.ts';

export type PartnershipDetails = Extract<
  NonNullable<PartnershipQuery['node']>,
  { __typename: 'Partnership' }
>;
export type PartnershipMember = PartnershipDetails['members'][number];

/** One partnership, and what the viewer may do with it. */
export function usePartnership(id: MaybeRefOrGetter<string>) {
  const query = useQuery(PartnershipDocument, () => ({ id: toValue(id) }));
  const partnership = computed<PartnershipDetails | null>(() => {
    const node = query.data.value?.node;
    return node?.__typename === 'Partnership' ? node : null;
  });
  const canManage = computed(() => partnership.value?.viewerCanManage === true);
  // The API refuses partnerships of other cities; for the viewer they do not exist.
  const notFound = computed(
    () =>
      !partnership.value &&
      (query.error.value
        ? query.error.value instanceof GraphqlRequestError && query.error.value.code === 'FORBIDDEN'
        : query.data.value !== null),
  );
  const error = computed(() => (notFound.value ? null : query.error.value));

  // Only who manages the partnership invites cities.
  const { cities } = useCities({ enabled: canManage });
  const invitable = computed(() =>
    partnership.value ? invitableCities(cities.value, partnership.value.members) : [],
  );

  const pending = ref(false);

  /**
   * Runs a mutation and reloads, also after a failure (a version conflict shows the current
   * state). `leavesView`: on success the viewer may no longer see the partnership, so the page
   * moves on instead of reloading it.
   */
  async function run(
    mutate: (partnershipId: string) => Promise<ActionOutcome>,
    { leavesView = false } = {},
  ): Promise<ActionOutcome> {
    const partnershipId = partnership.value?.id;
    if (!partnershipId) throw new Error('Partnership not loaded');
    pending.value = true;
    try {
      const outcome = await mutate(partnershipId);
      if (!(outcome.ok && leavesView)) await query.refetch();
      return outcome;
    } finally {
      pending.value = false;
    }
  }

  return {
    partnership,
    canManage,
    invitable,
    notFound,
    error,
    loading: query.loading,
    pending,
    reload: query.refetch,
    update: (draft: { name: string; description: string; version: number }) =>
      run((partnershipId) => updatePartnership({ partnershipId, ...draft })),
    invite: (cityId: string) =>
      run((partnershipId) => inviteCityToPartnership(partnershipId, cityId)),
    remove: (member: PartnershipMember) =>
      run((partnershipId) => removeCityFromPartnership(partnershipId, member.city.id)),
    leave: (member: PartnershipMember) =>
      run((partnershipId) => removeCityFromPartnership(partnershipId, member.city.id), {
        leavesView: true,
      }),
    respond: (member: PartnershipMember, accept: boolean) =>
      run(
        (partnershipId) => respondToPartnershipInvitation(partnershipId, member.city.id, accept),
        { leavesView: !accept },
      ),
  };
}
