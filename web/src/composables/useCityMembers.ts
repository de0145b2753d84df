import { computed, type MaybeRefOrGetter, ref, toValue } from 'vue';
import {
  ChangeMemberRoleDocument,
  CityInvitationsDocument,
  type CityInvitationsQuery,
  CityMembersDocument,
  type CityMembersQuery,
  InviteMemberDocument,
  RemoveMemberDocument,
  RevokeInvitationDocument,
  type Role,
} from '../graphql/generated/graphql.ts';
import { type ActionOutcome, outcomeOf } from './actionOutcome.ts';
import { requestGraphql } from './useGraphql.ts';
import { useQuery } from './useQuery.ts';

export type CityMember = NonNullable<CityMembersQuery['city']>['members']['edges'][number]['node'];

export type OpenInvitation = NonNullable<CityInvitationsQuery['city']>['openInvitations'][number];

/** What a member mutation came to: done (with its payload), or a typed error from the API. */
export type MemberActionOutcome<T = undefined> = ActionOutcome<T>;

/** Members and open invitations of one city, and the admin actions on them. */
export function useCityMembers(slug: MaybeRefOrGetter<string>) {
  const membersQuery = useQuery(CityMembersDocument, () => ({ slug: toValue(slug) }));
  const city = computed(() => membersQuery.data.value?.city ?? null);
  const canManage = computed(() => city.value?.viewerCanManageMembers === true);

  // Open invitations are for city admins only; others would get FORBIDDEN.
  const invitationsQuery = useQuery(CityInvitationsDocument, () => ({ slug: toValue(slug) }), {
    enabled: canManage,
  });

  const members = computed<CityMember[]>(() =>
    (city.value?.members.edges ?? []).map((edge) => edge.node),
  );
  const invitations = computed<OpenInvitation[]>(() =>
    canManage.value ? (invitationsQuery.data.value?.city?.openInvitations ?? []) : [],
  );

  const pending = ref(false);

  async function run<T>(mutate: () => Promise<MemberActionOutcome<T>>) {
    pending.value = true;
    try {
      const outcome = await mutate();
      // Reload also after a failure: after a version conflict the user sees the current state.
      await Promise.all([membersQuery.refetch(), invitationsQuery.refetch()]);
      return outcome;
    } finally {
      pending.value = false;
    }
  }

  function changeRole(member: CityMember, role: Role) {
    return run(async () => {
      const { changeMemberRole } = await requestGraphql(ChangeMemberRoleDocument, {
        membershipId: member.id,
        role,
        version: member.version,
      });
      return outcomeOf(changeMemberRole);
    });
  }

  function remove(member: CityMember) {
    return run(async () => {
      const { removeMember } = await requestGraphql(RemoveMemberDocument, {
        membershipId: member.id,
        version: member.version,
      });
      return outcomeOf(removeMember);
    });
  }

  function revoke(invitation: OpenInvitation) {
    return run(async () => {
      const { revokeInvitation } = await requestGraphql(RevokeInvitationDocument, {
        invitationId: invitation.id,
      });
      return outcomeOf(revokeInvitation);
    });
  }

  /** On success, hands back the one-time path of the invitation link (shown only now). */
  function invite(email: string, role: Role) {
    return run(async (): Promise<MemberActionOutcome<string>> => {
      const cityId = city.value?.id;
      if (!cityId) throw new Error('City not loaded');
      const { inviteMember } = await requestGraphql(InviteMemberDocument, { cityId, email, role });
      if (inviteMember.__typename === 'MutationInviteMemberSuccess') {
        return { ok: true, value: inviteMember.data.acceptPath };
      }
      return { ok: false, error: inviteMember };
    });
  }

  return {
    city,
    canManage,
    members,
    invitations,
    loading: membersQuery.loading,
    error: membersQuery.error,
    pending,
    changeRole,
    remove,
    revoke,
    invite,
  };
}
