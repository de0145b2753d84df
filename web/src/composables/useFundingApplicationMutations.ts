import {
  CreateFundingApplicationDocument,
  type CreateFundingApplicationInput,
  type FundingApplicationDetailsFragment,
  type FundingApplicationStatus,
  InviteApplicationPartnerDocument,
  RespondToApplicationInviteDocument,
  SetBudgetLinesDocument,
  type SetBudgetLinesInput,
  TransitionFundingApplicationDocument,
  UpdateFundingApplicationDocument,
  type UpdateFundingApplicationInput,
} from '../graphql/generated/graphql.ts';
import { type ActionOutcome, isResultError } from './actionOutcome.ts';
import { requestGraphql } from './useGraphql.ts';

type Details = FundingApplicationDetailsFragment;

/** A union result as an outcome, with the success payload's `data`. */
function outcomeWithData<T>(
  result: { __typename: string } & ({ data: T } | object),
): ActionOutcome<T> {
  if (isResultError(result)) return { ok: false, error: result };
  if ('data' in result) return { ok: true, value: result.data };
  throw new Error(`Unexpected result ${result.__typename}`);
}

/** On success, hands back the new application's id and title. */
export async function createFundingApplication(
  input: CreateFundingApplicationInput,
): Promise<ActionOutcome<{ id: string; title: string }>> {
  const { createFundingApplication: result } = await requestGraphql(
    CreateFundingApplicationDocument,
    { input },
  );
  return outcomeWithData(result);
}

/** Title, summary and linked process models, against the version the form was opened on. */
export async function updateFundingApplication(
  input: UpdateFundingApplicationInput,
): Promise<ActionOutcome<Details>> {
  const { updateFundingApplication: result } = await requestGraphql(
    UpdateFundingApplicationDocument,
    { input },
  );
  return outcomeWithData(result);
}

export async function inviteApplicationPartner(
  applicationId: string,
  cityId: string,
): Promise<ActionOutcome<Details>> {
  const { inviteApplicationPartner: result } = await requestGraphql(
    InviteApplicationPartnerDocument,
    { applicationId, cityId },
  );
  return outcomeWithData(result);
}

export async function respondToApplicationInvite(
  applicationId: string,
  cityId: string,
  accept: boolean,
): Promise<ActionOutcome<{ id: string }>> {
  const { respondToApplicationInvite: result } = await requestGraphql(
    RespondToApplicationInviteDocument,
    { applicationId, cityId, accept },
  );
  return outcomeWithData(result);
}

export async function setBudgetLines(input: SetBudgetLinesInput): Promise<ActionOutcome<Details>> {
  const { setBudgetLines: result } = await requestGraphql(SetBudgetLinesDocument, { input });
  return outcomeWithData(result);
}

export async function transitionFundingApplication(input: {
  applicationId: string;
  from: FundingApplicationStatus;
  to: FundingApplicationStatus;
  comment: string | null;
}): Promise<ActionOutcome<Details>> {
  const { transitionFundingApplication: result } = await requestGraphql(
    TransitionFundingApplicationDocument,
    { input },
  );
  return outcomeWithData(result);
}
