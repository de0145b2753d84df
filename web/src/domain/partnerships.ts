import type { PartnershipMemberStatus } from '../graphql/generated/graphql.ts';

interface CityLike {
  id: string;
  name: string;
}

interface MemberLike {
  status: PartnershipMemberStatus;
  city: CityLike & { viewerCanManageMembers?: boolean };
}

interface PartnershipLike {
  viewerCanManage: boolean;
  leadCity: CityLike;
}

function byGermanName<T extends CityLike>(cities: readonly T[]): T[] {
  return [...cities].sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

/**
 * Cities that can still be invited: all but those invited or in it. A city that declined may be
 * asked again.
 */
export function invitableCities<T extends CityLike>(
  cities: readonly T[],
  members: readonly MemberLike[],
): T[] {
  const taken = new Set(
    members.filter((member) => member.status !== 'DECLINED').map((member) => member.city.id),
  );
  return byGermanName(cities.filter((city) => !taken.has(city.id)));
}

/**
 * Cities the viewer may found a partnership for. Founding, like managing members, is the city
 * administration's task (global admins: every city).
 */
export function leadCityOptions<T extends CityLike & { viewerCanManageMembers: boolean }>(
  cities: readonly T[],
): T[] {
  return byGermanName(cities.filter((city) => city.viewerCanManageMembers));
}

/** The lead removes partner cities (and withdraws invitations); itself it cannot remove. */
export function canRemoveMember(partnership: PartnershipLike, member: MemberLike): boolean {
  return partnership.viewerCanManage && member.city.id !== partnership.leadCity.id;
}

/**
 * A partner city's administration may leave for its city. The lead city cannot leave, and who
 * manages the partnership removes cities instead.
 */
export function canLeave(partnership: PartnershipLike, member: MemberLike): boolean {
  return (
    !partnership.viewerCanManage &&
    member.status === 'ACCEPTED' &&
    member.city.id !== partnership.leadCity.id &&
    member.city.viewerCanManageMembers === true
  );
}

/** A user may found a partnership when they administer at least one city (or all of them). */
export function canFoundPartnership(user: {
  isGlobalAdmin: boolean;
  memberships: readonly { role: string }[];
}): boolean {
  return user.isGlobalAdmin || user.memberships.some((m) => m.role === 'CITY_ADMIN');
}
