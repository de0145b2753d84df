import { computed } from 'vue';
import {
  CreateFundingProgrammeDocument,
  type CreateFundingProgrammeInput,
  type FundingProgrammeFieldsFragment,
  FundingProgrammesDocument,
} from '../graphql/generated/graphql.ts';
import type { ActionOutcome } from './actionOutcome.ts';
import { requestGraphql } from './useGraphql.ts';
import { useQuery } from './useQuery.ts';
import { useSession } from './useSession.ts';

export type FundingProgramme = FundingProgrammeFieldsFragment;

/** All funding programmes, deadline soonest first (the server's order). */
export function useFundingProgrammes() {
  const query = useQuery(FundingProgrammesDocument, {});
  return {
    programmes: computed<FundingProgramme[]>(() => query.data.value?.fundingProgrammes ?? []),
    loaded: computed(() => query.data.value !== null),
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
  };
}

/** Global admins and funding officers (of any city) add programmes; the server checks again. */
export function useMayCreateFundingProgramme() {
  const session = useSession();
  return computed(() => {
    const user = session.user.value;
    if (!user) return false;
    return user.isGlobalAdmin || user.memberships.some((m) => m.role === 'FUNDING_OFFICER');
  });
}

/** On success, hands back the programme as the server stored it. */
export async function createFundingProgramme(
  input: CreateFundingProgrammeInput,
): Promise<ActionOutcome<FundingProgramme>> {
  const { createFundingProgramme: result } = await requestGraphql(CreateFundingProgrammeDocument, {
    input,
  });
  if (result.__typename === 'MutationCreateFundingProgrammeSuccess') {
    return { ok: true, value: result.data };
  }
  return { ok: false, error: result };
}

// Module state, like the flash message: the programme just added, for the list to focus once.
let justCreatedId = '';

export function rememberCreatedProgramme(id: string): void {
  justCreatedId = id;
}

export function takeCreatedProgramme(): string {
  const id = justCreatedId;
  justCreatedId = '';
  return id;
}
