import {
  CHANGE_MEMBER_ROLE,
  CREATE_PARTNERSHIP,
  INVITE_CITY,
  INVITE_MEMBER,
  REMOVE_CITY,
  REMOVE_MEMBER,
  RESPOND_TO_PARTNERSHIP,
  REVOKE_INVITATION,
  UPDATE_PARTNERSHIP,
} from '../operations.ts';
import { attempt, CITIES_ARE_PUBLIC, type TablePart } from './attempts.ts';

const AUDIT_LOG = `query($cityId: ID!) {
  auditLog(cityId: $cityId, first: 50) {
    edges { node { actorName operation outcome targetId } }
  }
}`;

/** Cities' members, invitations and audit log, and partnerships between cities. */
export const cityAndPartnershipFields: TablePart = {
  'Query.auditLog': {
    attempts: [attempt('of alpha', 'cityId', AUDIT_LOG, (ids) => ({ cityId: ids.alpha }))],
  },

  'Mutation.changeMemberRole': {
    attempts: [
      attempt('of alpha’s process owner', 'membershipId', CHANGE_MEMBER_ROLE, (ids) => ({
        membershipId: ids.membership,
        role: 'CITY_ADMIN',
        version: ids.membershipVersion,
      })),
    ],
  },
  'Mutation.createPartnership': {
    publicIds: { invitedCityIds: CITIES_ARE_PUBLIC },
    attempts: [
      attempt('led by alpha', 'leadCityId', CREATE_PARTNERSHIP, (ids) => ({
        leadCityId: ids.alpha,
        name: 'Übernahme',
        invitedCityIds: [],
      })),
    ],
  },
  'Mutation.inviteCityToPartnership': {
    publicIds: { cityId: `${CITIES_ARE_PUBLIC} (the lead may invite any city)` },
    attempts: [
      attempt('beta into alpha’s partnership', 'partnershipId', INVITE_CITY, (ids) => ({
        partnershipId: ids.partnership,
        cityId: ids.beta,
      })),
    ],
  },
  'Mutation.inviteMember': {
    attempts: [
      attempt('into alpha', 'cityId', INVITE_MEMBER, (ids) => ({
        cityId: ids.alpha,
        email: 'spion@beta.test',
        role: 'CITY_ADMIN',
      })),
    ],
  },
  'Mutation.removeCityFromPartnership': {
    publicIds: {
      cityId: `${CITIES_ARE_PUBLIC} (a lead may remove any city from its own partnership)`,
    },
    attempts: [
      attempt('gamma from alpha’s partnership', 'partnershipId', REMOVE_CITY, (ids) => ({
        partnershipId: ids.partnership,
        cityId: ids.gamma,
      })),
    ],
  },
  'Mutation.removeMember': {
    attempts: [
      attempt('alpha’s process owner', 'membershipId', REMOVE_MEMBER, (ids) => ({
        membershipId: ids.membership,
        version: ids.membershipVersion,
      })),
    ],
  },
  'Mutation.respondToPartnershipInvitation': {
    attempts: [
      attempt('for alpha, to beta’s invitation', 'cityId', RESPOND_TO_PARTNERSHIP, (ids, beta) => ({
        partnershipId: beta.invitingAlpha,
        cityId: ids.alpha,
        accept: true,
      })),
      attempt(
        'for beta, to alpha’s partnership',
        'partnershipId',
        RESPOND_TO_PARTNERSHIP,
        (ids) => ({ partnershipId: ids.partnership, cityId: ids.beta, accept: true }),
      ),
    ],
  },
  'Mutation.revokeInvitation': {
    attempts: [
      attempt('alpha’s invitation', 'invitationId', REVOKE_INVITATION, (ids) => ({
        invitationId: ids.invitation,
      })),
    ],
  },
  'Mutation.updatePartnership': {
    attempts: [
      attempt('alpha’s partnership', 'partnershipId', UPDATE_PARTNERSHIP, (ids) => ({
        partnershipId: ids.partnership,
        name: 'Gekapert',
        description: '',
        version: 1,
      })),
    ],
  },
};
