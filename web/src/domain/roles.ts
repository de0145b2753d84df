import type { Role } from '../graphql/generated/graphql.ts';

/** Display order of roles, from the everyday work to the administrative one. */
export const ROLES: readonly Role[] = [
  'PROCESS_OWNER',
  'COORDINATOR',
  'FUNDING_OFFICER',
  'CITY_ADMIN',
];

export function sortRoles(roles: Iterable<Role>): Role[] {
  return [...new Set(roles)].sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
}
