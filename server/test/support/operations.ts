import type { GraphqlResponse } from './testApp.ts';

// GraphQL documents shared by the member, partnership and tenancy tests. Every mutation asks for
// the fields of each typed error, so a test can assert exactly what a client would show.

const errorTypeFields = {
  NotFoundError: 'entity',
  ConflictError: 'reason',
  VersionConflictError: 'entity currentVersion',
  ValidationError: 'fieldErrors { path message }',
} as const;

/** The selection for a mutation result: its typename, and the fields of each error it can return. */
function resultFields(...errors: (keyof typeof errorTypeFields)[]) {
  const perType = errors.map((type) => `... on ${type} { ${errorTypeFields[type]} }`);
  return ['__typename', '... on Error { message }', ...perType].join('\n');
}

export const NODE = `query($id: ID!) { node(id: $id) { __typename id } }`;

export const CITY_MEMBERS = `query($slug: String!) {
  city(slug: $slug) {
    name
    viewerRole
    viewerCanManageMembers
    members(first: 50) { totalCount edges { node { id role version user { email } } } }
  }
}`;

export const OPEN_INVITATIONS = `query($slug: String!) {
  city(slug: $slug) { openInvitations { id email role } }
}`;

export const INVITE_MEMBER = `mutation($cityId: ID!, $email: String!, $role: Role!) {
  inviteMember(cityId: $cityId, email: $email, role: $role) {
    ${resultFields('NotFoundError', 'ConflictError', 'ValidationError')}
    ... on MutationInviteMemberSuccess {
      data { acceptPath invitation { id email role city { slug } invitedBy { email } } }
    }
  }
}`;

export const REVOKE_INVITATION = `mutation($invitationId: ID!) {
  revokeInvitation(invitationId: $invitationId) {
    ${resultFields('NotFoundError', 'ConflictError')}
    ... on MutationRevokeInvitationSuccess { data { id } }
  }
}`;

export const INVITATION_PREVIEW = `query($token: String!) {
  invitation(token: $token) { cityName email role accountExists }
}`;

export const ACCEPT_INVITATION = `mutation($token: String!, $displayName: String, $password: String) {
  acceptInvitation(token: $token, displayName: $displayName, password: $password) {
    ${resultFields('NotFoundError', 'ConflictError', 'ValidationError')}
    ... on MutationAcceptInvitationSuccess { data { email displayName } }
  }
}`;

export const CHANGE_MEMBER_ROLE = `mutation($membershipId: ID!, $role: Role!, $version: Int!) {
  changeMemberRole(membershipId: $membershipId, role: $role, version: $version) {
    ${resultFields('NotFoundError', 'ConflictError', 'VersionConflictError', 'ValidationError')}
    ... on MutationChangeMemberRoleSuccess { data { id role version } }
  }
}`;

export const REMOVE_MEMBER = `mutation($membershipId: ID!, $version: Int!) {
  removeMember(membershipId: $membershipId, version: $version) {
    ${resultFields('NotFoundError', 'ConflictError', 'VersionConflictError', 'ValidationError')}
    ... on MutationRemoveMemberSuccess { data }
  }
}`;

const partnershipFields = `
  id name description version viewerCanManage
  leadCity { slug }
  members { status viewerCanRespond city { slug } }
`;

export const PARTNERSHIPS = `{
  partnerships(first: 50) { edges { node { ${partnershipFields} } } }
}`;

export const CREATE_PARTNERSHIP = `mutation(
  $leadCityId: ID!, $name: String!, $description: String, $invitedCityIds: [ID!]
) {
  createPartnership(
    leadCityId: $leadCityId, name: $name, description: $description, invitedCityIds: $invitedCityIds
  ) {
    ${resultFields('NotFoundError', 'ValidationError')}
    ... on MutationCreatePartnershipSuccess { data { ${partnershipFields} } }
  }
}`;

export const UPDATE_PARTNERSHIP = `mutation(
  $partnershipId: ID!, $name: String!, $description: String!, $version: Int!
) {
  updatePartnership(
    partnershipId: $partnershipId, name: $name, description: $description, version: $version
  ) {
    ${resultFields('NotFoundError', 'VersionConflictError', 'ValidationError')}
    ... on MutationUpdatePartnershipSuccess { data { ${partnershipFields} } }
  }
}`;

export const INVITE_CITY = `mutation($partnershipId: ID!, $cityId: ID!) {
  inviteCityToPartnership(partnershipId: $partnershipId, cityId: $cityId) {
    ${resultFields('NotFoundError', 'ConflictError')}
    ... on MutationInviteCityToPartnershipSuccess { data { ${partnershipFields} } }
  }
}`;

export const RESPOND_TO_PARTNERSHIP = `mutation($partnershipId: ID!, $cityId: ID!, $accept: Boolean!) {
  respondToPartnershipInvitation(partnershipId: $partnershipId, cityId: $cityId, accept: $accept) {
    ${resultFields('NotFoundError', 'ConflictError')}
    ... on MutationRespondToPartnershipInvitationSuccess { data { ${partnershipFields} } }
  }
}`;

export const REMOVE_CITY = `mutation($partnershipId: ID!, $cityId: ID!) {
  removeCityFromPartnership(partnershipId: $partnershipId, cityId: $cityId) {
    ${resultFields('NotFoundError', 'ConflictError')}
    ... on MutationRemoveCityFromPartnershipSuccess { data }
  }
}`;

/** The `extensions.code` of every GraphQL error in the response, e.g. `['FORBIDDEN']`. */
export function errorCodes(res: GraphqlResponse): (string | undefined)[] {
  return (res.errors ?? []).map((error) => error.extensions?.code);
}

/** Slugs of the partnership's cities with their status, e.g. `{ alpha: 'ACCEPTED' }`. */
export function memberStatuses(partnership: {
  members: { status: string; city: { slug: string } }[];
}): Record<string, string> {
  return Object.fromEntries(partnership.members.map((m) => [m.city.slug, m.status]));
}
