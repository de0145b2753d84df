import { GraphQLError } from 'graphql';
import type { Membership, PrismaClient, Role, User } from '../generated/prisma/client.ts';

/**
 * Every permission the API checks, with the roles that grant it within one city. A global admin
 * holds all of them everywhere. Anything not listed is denied.
 */
const rolesFor = {
  'city:viewMembers': ['PROCESS_OWNER', 'COORDINATOR', 'FUNDING_OFFICER', 'CITY_ADMIN'],
  'city:manageMembers': ['CITY_ADMIN'],
  'partnership:view': ['PROCESS_OWNER', 'COORDINATOR', 'FUNDING_OFFICER', 'CITY_ADMIN'],
  'partnership:manage': ['CITY_ADMIN'],
  'processModel:view': ['PROCESS_OWNER', 'COORDINATOR', 'FUNDING_OFFICER', 'CITY_ADMIN'],
  // Only a city's process owners model its procedures (and adopt others' models for it).
  'processModel:edit': ['PROCESS_OWNER'],
  // Funding programmes are shared by all cities; a funding officer of any city may add one.
  'fundingProgramme:create': ['FUNDING_OFFICER'],
  // Joint funding applications: partner cities' coordinators, funding officers and admins read;
  // only funding officers edit their city's part (and the lead city's officers run the workflow).
  'fundingApplication:view': ['COORDINATOR', 'FUNDING_OFFICER', 'CITY_ADMIN'],
  'fundingApplication:edit': ['FUNDING_OFFICER'],
  // Whether a city takes part is its funding officers' or its admins' decision.
  'fundingApplication:respond': ['FUNDING_OFFICER', 'CITY_ADMIN'],
  // Shared projects: every member of a taking-part city reads them; coordinators run them.
  'project:view': ['PROCESS_OWNER', 'COORDINATOR', 'FUNDING_OFFICER', 'CITY_ADMIN'],
  'project:edit': ['COORDINATOR'],
  // A city's audit log names its people and what they did: its admins only (and global admins,
  // who hold every permission).
  'auditLog:view': ['CITY_ADMIN'],
  // Adding a municipality to the installation: no city role grants it, only global admins.
  'installation:manageCities': [],
} satisfies Record<string, Role[]>;

export type Permission = keyof typeof rolesFor;
type Scope = { cityId: string } | { cityIds: string[] };

export function unauthenticated(): GraphQLError {
  return new GraphQLError('Please sign in.', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

export function forbidden(): GraphQLError {
  return new GraphQLError('You are not allowed to do this.', {
    extensions: { code: 'FORBIDDEN', http: { status: 403 } },
  });
}

/** Per-request authorization: memoises the user's memberships and denies by default. */
export class Auth {
  #memberships: Promise<Membership[]> | undefined;
  #colleagueIds: Promise<Set<string>> | undefined;
  #partnershipMemberCities: Promise<Map<string, string[]>> | undefined;
  #partnershipIds: Promise<Set<string>> | undefined;
  #fundingApplicationIds: Promise<Set<string> | 'all'> | undefined;

  constructor(
    private readonly prisma: PrismaClient,
    readonly user: User | null,
    /** The user's memberships when already loaded with the session (saves a query). */
    memberships?: Membership[],
  ) {
    if (user && memberships) this.#memberships = Promise.resolve(memberships);
  }

  requireUser(): User {
    if (!this.user) throw unauthenticated();
    return this.user;
  }

  memberships(): Promise<Membership[]> {
    const user = this.user;
    if (!user) return Promise.resolve([]);
    this.#memberships ??= this.prisma.membership.findMany({ where: { userId: user.id } });
    return this.#memberships;
  }

  /**
   * Users who share a city with the viewer, loaded once per request: checking each user of a
   * member list with its own query would cost one query per row.
   */
  colleagueIds(): Promise<Set<string>> {
    this.#colleagueIds ??= this.memberships().then(async (memberships) => {
      const rows = await this.prisma.membership.findMany({
        where: { cityId: { in: memberships.map((m) => m.cityId) } },
        select: { userId: true },
      });
      return new Set(rows.map((m) => m.userId));
    });
    return this.#colleagueIds;
  }

  /** Partnerships in which one of the viewer's cities is an accepted member, once per request. */
  partnershipIds(): Promise<Set<string>> {
    this.#partnershipIds ??= this.partnershipMemberCities().then(
      (cities) => new Set(cities.keys()),
    );
    return this.#partnershipIds;
  }

  /**
   * For each partnership in which one of the viewer's cities is an accepted member: its accepted
   * member cities — one query per request, shared by every visibility check that needs it.
   */
  partnershipMemberCities(): Promise<Map<string, string[]>> {
    this.#partnershipMemberCities ??= this.memberships().then(async (memberships) => {
      const citiesOf = new Map<string, string[]>();
      if (memberships.length === 0) return citiesOf;
      const rows = await this.prisma.partnershipMember.findMany({
        where: {
          status: 'ACCEPTED',
          partnership: {
            members: {
              some: { cityId: { in: memberships.map((m) => m.cityId) }, status: 'ACCEPTED' },
            },
          },
        },
        select: { partnershipId: true, cityId: true },
        orderBy: [{ partnershipId: 'asc' }, { cityId: 'asc' }],
      });
      for (const row of rows) {
        citiesOf.set(row.partnershipId, [...(citiesOf.get(row.partnershipId) ?? []), row.cityId]);
      }
      return citiesOf;
    });
    return this.#partnershipMemberCities;
  }

  /**
   * Funding applications the viewer may read, once per request: those where one of their cities
   * (with `fundingApplication:view`) is invited or takes part. Lists and `node(id:)` check
   * against this set instead of querying per application.
   */
  fundingApplicationIds(): Promise<Set<string> | 'all'> {
    this.#fundingApplicationIds ??= this.cityIdsWith('fundingApplication:view').then(
      async (cityIds) => {
        if (cityIds === 'all') return 'all';
        const rows = await this.prisma.fundingApplicationPartner.findMany({
          where: { cityId: { in: cityIds }, status: { in: ['INVITED', 'ACCEPTED'] } },
          select: { applicationId: true },
        });
        return new Set(rows.map((r) => r.applicationId));
      },
    );
    return this.#fundingApplicationIds;
  }

  async canViewFundingApplication(applicationId: string): Promise<boolean> {
    const ids = await this.fundingApplicationIds();
    return ids === 'all' || ids.has(applicationId);
  }

  /** City ids in which the user holds `permission`; `'all'` for a global admin. */
  async cityIdsWith(permission: Permission): Promise<string[] | 'all'> {
    if (!this.user) return [];
    if (this.user.isGlobalAdmin) return 'all';
    const roles: readonly Role[] = rolesFor[permission];
    return (await this.memberships()).filter((m) => roles.includes(m.role)).map((m) => m.cityId);
  }

  /**
   * True when the user holds `permission` in at least one of the scope's cities; without a scope,
   * when they hold it installation-wide (a global admin).
   */
  async can(permission: Permission, scope: Scope = { cityIds: [] }) {
    const allowed = await this.cityIdsWith(permission);
    if (allowed === 'all') return true;
    const wanted = 'cityId' in scope ? [scope.cityId] : scope.cityIds;
    return wanted.some((id) => allowed.includes(id));
  }

  async assertCan(permission: Permission, scope?: Scope) {
    this.requireUser();
    if (!(await this.can(permission, scope))) throw forbidden();
  }
}
