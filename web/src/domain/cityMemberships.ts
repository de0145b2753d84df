import type { Role } from '../graphql/generated/graphql.ts';
import { sortRoles } from './roles.ts';

interface MembershipLike {
  role: Role;
  city: { id: string; name: string; slug: string };
}

export interface UserCity {
  id: string;
  name: string;
  slug: string;
  roles: Role[];
  canManageMembers: boolean;
}

/** The user's cities, each once with all their roles there, sorted by name (German collation). */
export function citiesOfUser(
  memberships: readonly MembershipLike[],
  isGlobalAdmin: boolean,
): UserCity[] {
  const byCity = new Map<string, { city: MembershipLike['city']; roles: Role[] }>();
  for (const { city, role } of memberships) {
    const entry = byCity.get(city.id) ?? { city, roles: [] };
    entry.roles.push(role);
    byCity.set(city.id, entry);
  }
  return [...byCity.values()]
    .map(({ city, roles }) => ({
      id: city.id,
      name: city.name,
      slug: city.slug,
      roles: sortRoles(roles),
      canManageMembers: isGlobalAdmin || roles.includes('CITY_ADMIN'),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
}
