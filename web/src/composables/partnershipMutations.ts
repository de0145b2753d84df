import {
  CreatePartnershipDocument,
  InviteCityToPartnershipDocument,
  RemoveCityFromPartnershipDocument,
  RespondToPartnershipInvitationDocument,
  UpdatePartnershipDocument,
} from '../graphql/generated/graphql.ts';
import { type ActionOutcome, outcomeOf } from './actionOutcome.ts';
import { requestGraphql } from './useGraphql.ts';

export interface NewPartnership {
  leadCityId: string;
  name: string;
  description: string;
  invitedCityIds: string[];
}

/** On success, hands back the new partnership's id and name (as the server stored it). */
export async function createPartnership(
  input: NewPartnership,
): Promise<ActionOutcome<{ id: string; name: string }>> {
  const { createPartnership: result } = await requestGraphql(CreatePartnershipDocument, input);
  if (result.__typename === 'MutationCreatePartnershipSuccess') {
    return { ok: true, value: result.data };
  }
  return { ok: false, error: result };
}

export async function updatePartnership(input: {
  partnershipId: string;
  name: string;
  description: string;
  version: number;
}): Promise<ActionOutcome> {
  const { updatePartnership: result } = await requestGraphql(UpdatePartnershipDocument, input);
  return outcomeOf(result);
}

export async function inviteCityToPartnership(
  partnershipId: string,
  cityId: string,
): Promise<ActionOutcome> {
  const { inviteCityToPartnership: result } = await requestGraphql(
    InviteCityToPartnershipDocument,
    { partnershipId, cityId },
  );
  return outcomeOf(result);
}

export async function respondToPartnershipInvitation(
  partnershipId: string,
  cityId: string,
  accept: boolean,
): Promise<ActionOutcome> {
  const { respondToPartnershipInvitation: result } = await requestGraphql(
    RespondToPartnershipInvitationDocument,
    { partnershipId, cityId, accept },
  );
  return outcomeOf(result);
}

/** The lead removing a partner (or withdrawing its invitation), or a partner city leaving. */
export async function removeCityFromPartnership(
  partnershipId: string,
  cityId: string,
): Promise<ActionOutcome> {
  const { removeCityFromPartnership: result } = await requestGraphql(
    RemoveCityFromPartnershipDocument,
    { partnershipId, cityId },
  );
  return outcomeOf(result);
}
