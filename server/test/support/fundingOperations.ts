import type { FundingCostCategory } from '../../src/generated/prisma/client.ts';
import type { GraphqlResponse } from './testApp.ts';

// GraphQL documents of the funding application tests, and the types of what they return.
// Mutations ask for the fields of every error they can return, so a test asserts exactly what a
// client shows.

const errorTypeFields = {
  NotFoundError: 'entity',
  ConflictError: 'reason',
  VersionConflictError: 'entity currentVersion',
  ValidationError: 'fieldErrors { path message }',
} as const;

function resultFields(...errors: (keyof typeof errorTypeFields)[]) {
  const perType = errors.map((type) => `... on ${type} { ${errorTypeFields[type]} }`);
  return ['__typename', '... on Error { message }', ...perType].join('\n');
}

const FIGURES = `totalCosts eligibleCosts rateGrant municipalityCappedGrant grant ownShare
  ownShareBasisPoints`;

export const STATEMENT_FIELDS = `
  computedOn
  programme {
    name funder rateBasisPoints capPerMunicipality capPerApplication minOwnShareBasisPoints
    eligibleCategories deadline
  }
  partners {
    cityId cityName isLead
    lines { category description amount eligible countsAsEligible }
    figures { ${FIGURES} }
  }
  total { ${FIGURES} }
  applicationCapApplied
  flags {
    code cityId cityName lineIndex category amount ownShareBasisPoints minimumBasisPoints deadline
    daysLeft daysOverdue
  }
  documents {
    requirement cityId cityName isLetterOfIntent state fileName sha256 sizeBytes
    notApplicableReason
  }
`;

const DOCUMENT_FIELDS = `id fileName mediaType sizeBytes sha256 notApplicableReason updatedByName
  updatedAt downloadUrl`;

export const APPLICATION_FIELDS = `
  id title summary status version createdAt updatedAt
  programme { id name }
  leadCity { id slug name }
  partners {
    city { id slug name } status isLead budgetVersion invitedAt respondedAt
    lines { id position category description amount eligible }
  }
  statement { ${STATEMENT_FIELDS} }
  checklist {
    requirement isLetterOfIntent state city { slug }
    document { ${DOCUMENT_FIELDS} }
  }
  transitions { from to actorName comment at }
  snapshots { id createdAt submittedByName statement { ${STATEMENT_FIELDS} } }
  allowedTransitions viewerCanEditBudgetOf viewerCanManage viewerPendingInvitationCityIds
`;

export const APPLICATION = `query($id: ID!) { fundingApplication(id: $id) { ${APPLICATION_FIELDS} } }`;

export const APPLICATIONS = `{ fundingApplications { id title status leadCity { slug } } }`;

export const APPLICATION_NODE = `query($id: ID!) {
  node(id: $id) {
    __typename id
    ... on FundingApplication { title status }
    ... on ApplicationSnapshot { submittedByName statement { total { grant } } }
  }
}`;

export const CREATE_APPLICATION = `mutation($input: CreateFundingApplicationInput!) {
  createFundingApplication(input: $input) {
    ${resultFields('ValidationError', 'NotFoundError', 'ConflictError')}
    ... on MutationCreateFundingApplicationSuccess { data { ${APPLICATION_FIELDS} } }
  }
}`;

export const UPDATE_APPLICATION = `mutation($input: UpdateFundingApplicationInput!) {
  updateFundingApplication(input: $input) {
    ${resultFields('ValidationError', 'NotFoundError', 'VersionConflictError', 'ConflictError')}
    ... on MutationUpdateFundingApplicationSuccess { data { ${APPLICATION_FIELDS} } }
  }
}`;

export const INVITE_PARTNER = `mutation($applicationId: ID!, $cityId: ID!) {
  inviteApplicationPartner(applicationId: $applicationId, cityId: $cityId) {
    ${resultFields('NotFoundError', 'ConflictError')}
    ... on MutationInviteApplicationPartnerSuccess { data { ${APPLICATION_FIELDS} } }
  }
}`;

export const RESPOND_TO_INVITE = `mutation($applicationId: ID!, $cityId: ID!, $accept: Boolean!) {
  respondToApplicationInvite(applicationId: $applicationId, cityId: $cityId, accept: $accept) {
    ${resultFields('NotFoundError', 'ConflictError')}
    ... on MutationRespondToApplicationInviteSuccess { data { ${APPLICATION_FIELDS} } }
  }
}`;

export const SET_BUDGET_LINES = `mutation($input: SetBudgetLinesInput!) {
  setBudgetLines(input: $input) {
    ${resultFields('ValidationError', 'NotFoundError', 'VersionConflictError', 'ConflictError')}
    ... on MutationSetBudgetLinesSuccess { data { ${APPLICATION_FIELDS} } }
  }
}`;

export const TRANSITION = `mutation($input: TransitionFundingApplicationInput!) {
  transitionFundingApplication(input: $input) {
    ${resultFields('ValidationError', 'NotFoundError', 'ConflictError')}
    ... on MutationTransitionFundingApplicationSuccess { data { ${APPLICATION_FIELDS} } }
  }
}`;

export const UPLOAD_DOCUMENT = `mutation($input: UploadApplicationDocumentInput!) {
  uploadApplicationDocument(input: $input) {
    ${resultFields('ValidationError', 'NotFoundError', 'ConflictError')}
    ... on MutationUploadApplicationDocumentSuccess { data { ${APPLICATION_FIELDS} } }
  }
}`;

export const MARK_NOT_APPLICABLE = `mutation($input: MarkDocumentNotApplicableInput!) {
  markDocumentNotApplicable(input: $input) {
    ${resultFields('ValidationError', 'NotFoundError', 'ConflictError')}
    ... on MutationMarkDocumentNotApplicableSuccess { data { ${APPLICATION_FIELDS} } }
  }
}`;

export const DEADLINES = `{
  fundingDeadlines { deadline daysLeft application { id title status } }
}`;

export const CALENDAR_FEED = '{ calendarFeed { active createdUrl } }';
export const CREATE_CALENDAR_FEED = 'mutation { createCalendarFeed { active createdUrl } }';
export const REVOKE_CALENDAR_FEED = 'mutation { revokeCalendarFeed { active createdUrl } }';

// ---------------------------------------------------------------------------------------------
// Types of what the documents above return.

export interface BudgetLineInput {
  category: FundingCostCategory | string;
  description: string;
  amount: string;
  eligible: boolean;
}

export interface FiguresView {
  totalCosts: string;
  eligibleCosts: string;
  rateGrant: string;
  municipalityCappedGrant: string;
  grant: string;
  ownShare: string;
  ownShareBasisPoints: number | null;
}

export interface StatementView {
  computedOn: string;
  programme: { minOwnShareBasisPoints: number | null; deadline: string | null };
  partners: {
    cityId: string;
    cityName: string;
    isLead: boolean;
    lines: { description: string; amount: string; countsAsEligible: boolean }[];
    figures: FiguresView;
  }[];
  total: FiguresView;
  applicationCapApplied: boolean;
  flags: Record<string, unknown>[];
  documents: {
    requirement: string;
    cityId: string;
    state: string;
    fileName: string | null;
    sha256: string | null;
    sizeBytes: number | null;
  }[];
}

export interface DocumentView {
  id: string;
  fileName: string | null;
  mediaType: string | null;
  sizeBytes: number | null;
  sha256: string | null;
  notApplicableReason: string | null;
  updatedByName: string;
  downloadUrl: string | null;
}

export interface ApplicationView {
  id: string;
  title: string;
  summary: string;
  status: string;
  version: number;
  leadCity: { id: string; slug: string };
  partners: {
    city: { id: string; slug: string; name: string };
    status: string;
    isLead: boolean;
    budgetVersion: number;
    respondedAt: string | null;
    lines: { position: number; category: string; description: string; amount: string }[];
  }[];
  statement: StatementView;
  checklist: {
    requirement: string;
    isLetterOfIntent: boolean;
    state: string;
    city: { slug: string };
    document: DocumentView | null;
  }[];
  transitions: { from: string; to: string; actorName: string; comment: string; at: string }[];
  snapshots: { id: string; createdAt: string; submittedByName: string; statement: StatementView }[];
  allowedTransitions: string[];
  viewerCanEditBudgetOf: string[];
  viewerCanManage: boolean;
  viewerPendingInvitationCityIds: string[];
}

/** A mutation's result: the success's typename and data, or a typed error with its fields. */
export interface MutationResult {
  __typename: string;
  message?: string;
  data?: ApplicationView;
  reason?: string;
  entity?: string;
  currentVersion?: number;
  fieldErrors?: { path: string; message: string }[];
}

/** The one field a mutation answered, or undefined when the request failed as a whole. */
export function resultOf(res: GraphqlResponse): MutationResult | undefined {
  const [result] = Object.values(res.data ?? {}) as (MutationResult | null)[];
  return result ?? undefined;
}

/** The `extensions.code` of every GraphQL error in the response, e.g. `['FORBIDDEN']`. */
export function errorCodes(res: GraphqlResponse): (string | undefined)[] {
  return (res.errors ?? []).map((error) => error.extensions?.code);
}

/** The city slugs of an application's partners with their status, e.g. `{ esslingen: 'ACCEPTED' }`. */
export function partnerStatuses(application: ApplicationView): Record<string, string> {
  return Object.fromEntries(application.partners.map((p) => [p.city.slug, p.status]));
}
