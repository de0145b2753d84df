import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedInvitation, seedPartnership, tenantData } from './support/fixtures.ts';
import {
  CHANGE_MEMBER_ROLE,
  CITY_MEMBERS,
  CREATE_PARTNERSHIP,
  errorCodes,
  INVITE_CITY,
  INVITE_MEMBER,
  NODE,
  OPEN_INVITATIONS,
  PARTNERSHIPS,
  REMOVE_CITY,
  REMOVE_MEMBER,
  RESPOND_TO_PARTNERSHIP,
  REVOKE_INVITATION,
  UPDATE_PARTNERSHIP,
} from './support/operations.ts';
import { createTestApp, globalId, type TestApp } from './support/testApp.ts';

const USER_MEMBERSHIPS = `query($id: ID!) {
  node(id: $id) { ... on User { email memberships { role city { slug } } } }
}`;

/**
 * Alpha and beta with their admins and process owners, gamma without users, someone in both
 * alpha and beta, a global admin, an open invitation per city, and three partnerships: one alpha
 * leads with beta in it, one only beta and gamma are in, and one alpha declined.
 */
async function seedTenants(app: TestApp) {
  const { a: alpha, b: beta, ...users } = await app.seed.twoCities();
  const gamma = await app.seed.city('gamma', 'Gammaheim');
  const both = await app.seed.user('both@cities.test', [
    { cityId: alpha.id, role: 'PROCESS_OWNER' },
    { cityId: beta.id, role: 'COORDINATOR' },
  ]);
  const root = await app.seed.user('root@amtsweg.test', [], true);
  const alphaInvitation = await seedInvitation(app, {
    city: alpha,
    email: 'new@alpha.test',
    invitedBy: users.adminA,
  });
  const betaInvitation = await seedInvitation(app, {
    city: beta,
    email: 'new@beta.test',
    invitedBy: users.adminB,
  });
  const shared = await seedPartnership(app, {
    name: 'Alpha und Beta',
    lead: alpha,
    partners: [[beta, 'ACCEPTED']],
  });
  const betaOnly = await seedPartnership(app, {
    name: 'Beta und Gamma',
    lead: beta,
    partners: [[gamma, 'ACCEPTED']],
  });
  const declinedByAlpha = await seedPartnership(app, {
    name: 'Beta ohne Alpha',
    lead: beta,
    partners: [[alpha, 'DECLINED']],
  });
  const membership = (user: { memberships: { id: string; version: number }[] }) => {
    const first = user.memberships[0];
    if (!first) throw new Error('seeded user without membership');
    return { membershipId: globalId('Membership', first.id), version: first.version };
  };
  return {
    ...users,
    both,
    root,
    alpha,
    beta,
    gamma,
    ids: {
      alpha: globalId('City', alpha.id),
      beta: globalId('City', beta.id),
      gamma: globalId('City', gamma.id),
      shared: globalId('Partnership', shared.id),
      betaOnly: globalId('Partnership', betaOnly.id),
      declinedByAlpha: globalId('Partnership', declinedByAlpha.id),
      alphaInvitation: globalId('Invitation', alphaInvitation.invitation.id),
      betaInvitation: globalId('Invitation', betaInvitation.invitation.id),
    },
    memberships: {
      adminA: membership(users.adminA),
      ownerA: membership(users.ownerA),
      adminB: membership(users.adminB),
      ownerB: membership(users.ownerB),
    },
  };
}

type Tenants = Awaited<ReturnType<typeof seedTenants>>;

const partnershipNames = (res: {
  data: { partnerships: { edges: { node: { name: string } }[] } };
}) => res.data.partnerships.edges.map((e) => e.node.name);

describe('tenancy: private data of a city stays within the city', () => {
  let app: TestApp;
  let t: Tenants;

  beforeEach(async () => {
    app = await createTestApp();
    t = await seedTenants(app);
  });
  afterEach(() => app.close());

  /** Runs `query` as `email` and proves that no tenant data changed meanwhile. */
  async function asWithoutChange(email: string, query: string, variables: Record<string, unknown>) {
    const cookie = await app.login(email);
    const before = await tenantData(app);
    const res = await app.gql(query, variables, { cookie });
    expect(await tenantData(app)).toEqual(before);
    return res;
  }

  describe('the admin of alpha, towards beta', () => {
    let cookie: string;
    beforeEach(async () => {
      cookie = await app.login('admin@alpha.test');
    });

    it("sees beta's public master data, but not its members", async () => {
      const own = await app.gql(CITY_MEMBERS, { slug: 'alpha' }, { cookie });
      expect(own.errors).toBeUndefined();
      expect(own.data.city.members.totalCount).toBe(3);

      const master = await app.gql('{ city(slug: "beta") { name viewerRole } }', {}, { cookie });
      expect(master.data.city).toEqual({ name: 'Betadorf', viewerRole: null });

      const members = await app.gql(CITY_MEMBERS, { slug: 'beta' }, { cookie });
      expect(errorCodes(members)).toEqual(['FORBIDDEN']);
      expect(members.data.city).toBeNull();
      expect(JSON.stringify(members)).not.toContain('admin@beta.test');
    });

    it("cannot reach beta's members through node(id:) of the city either", async () => {
      const res = await app.gql(
        `query($id: ID!) {
          node(id: $id) { ... on City { name members(first: 10) { edges { node { id } } } } }
        }`,
        { id: t.ids.beta },
        { cookie },
      );
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(res.data.node).toBeNull();
    });

    it("cannot see beta's open invitations, while beta's admin can", async () => {
      const res = await app.gql(OPEN_INVITATIONS, { slug: 'beta' }, { cookie });
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(res)).not.toContain('new@beta.test');

      const betaAdmin = await app.login('admin@beta.test');
      const own = await app.gql(OPEN_INVITATIONS, { slug: 'beta' }, { cookie: betaAdmin });
      expect(own.data.city.openInvitations).toEqual([
        { id: t.ids.betaInvitation, email: 'new@beta.test', role: 'PROCESS_OWNER' },
      ]);
    });

    it('cannot change the role of a beta member; nothing changes', async () => {
      const res = await asWithoutChange('admin@alpha.test', CHANGE_MEMBER_ROLE, {
        membershipId: t.memberships.ownerB.membershipId,
        role: 'CITY_ADMIN',
        version: t.memberships.ownerB.version,
      });
      expect(res.data.changeMemberRole).toMatchObject({
        __typename: 'NotFoundError',
        entity: 'Membership',
      });
    });

    it('cannot remove a beta member; nothing changes', async () => {
      const res = await asWithoutChange('admin@alpha.test', REMOVE_MEMBER, {
        membershipId: t.memberships.ownerB.membershipId,
        version: t.memberships.ownerB.version,
      });
      expect(res.data.removeMember).toMatchObject({
        __typename: 'NotFoundError',
        entity: 'Membership',
      });
    });

    it('cannot invite anyone into beta; nothing changes', async () => {
      const res = await asWithoutChange('admin@alpha.test', INVITE_MEMBER, {
        cityId: t.ids.beta,
        email: 'spy@alpha.test',
        role: 'CITY_ADMIN',
      });
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(res.data).toBeNull();
    });

    it("cannot revoke beta's invitation; nothing changes", async () => {
      const res = await asWithoutChange('admin@alpha.test', REVOKE_INVITATION, {
        invitationId: t.ids.betaInvitation,
      });
      expect(res.data.revokeInvitation).toMatchObject({
        __typename: 'NotFoundError',
        entity: 'Invitation',
      });
    });

    it.each([
      ['Membership', (x: Tenants) => x.memberships.adminB.membershipId],
      ['Invitation', (x: Tenants) => x.ids.betaInvitation],
      ['User', (x: Tenants) => globalId('User', x.adminB.id)],
      ['Partnership only beta and gamma are in', (x: Tenants) => x.ids.betaOnly],
      ['Partnership alpha declined', (x: Tenants) => x.ids.declinedByAlpha],
    ])('is refused node(id:) of a beta %s', async (_kind, id) => {
      const res = await app.gql(NODE, { id: id(t) }, { cookie });
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(res.data.node).toBeNull();
    });

    it('gets its own membership, invitation and shared partnership by node(id:)', async () => {
      for (const id of [t.memberships.ownerA.membershipId, t.ids.alphaInvitation, t.ids.shared]) {
        const res = await app.gql(NODE, { id }, { cookie });
        expect(res.errors).toBeUndefined();
        expect(res.data.node.id).toBe(id);
      }
    });

    it("does not see a colleague's memberships, which would reveal other cities", async () => {
      const both = { id: globalId('User', t.both.id) };
      const colleague = await app.gql(USER_MEMBERSHIPS, both, { cookie });
      expect(errorCodes(colleague)).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(colleague)).not.toContain('beta');

      const viaMemberList = await app.gql(
        `{ city(slug: "alpha") {
          members(first: 10) { edges { node { user { memberships { city { slug } } } } } }
        } }`,
        {},
        { cookie },
      );
      expect(errorCodes(viaMemberList)).toContain('FORBIDDEN');
      expect(JSON.stringify(viaMemberList.data)).not.toContain('beta');

      const own = await app.gql(USER_MEMBERSHIPS, both, {
        cookie: await app.login('both@cities.test'),
      });
      expect(own.data.node.memberships).toEqual([
        { role: 'PROCESS_OWNER', city: { slug: 'alpha' } },
        { role: 'COORDINATOR', city: { slug: 'beta' } },
      ]);
    });

    it('lists only the partnerships alpha is in', async () => {
      const alphaList = await app.gql(PARTNERSHIPS, {}, { cookie });
      expect(partnershipNames(alphaList)).toEqual(['Alpha und Beta']);

      const betaList = await app.gql(
        PARTNERSHIPS,
        {},
        { cookie: await app.login('owner@beta.test') },
      );
      expect(partnershipNames(betaList)).toEqual([
        'Alpha und Beta',
        'Beta ohne Alpha',
        'Beta und Gamma',
      ]);
    });

    it('cannot create a partnership in the name of beta; nothing changes', async () => {
      const res = await asWithoutChange('admin@alpha.test', CREATE_PARTNERSHIP, {
        leadCityId: t.ids.beta,
        name: 'Übernahme',
        invitedCityIds: [t.ids.alpha],
      });
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    });

    it.each([
      ['updatePartnership', UPDATE_PARTNERSHIP, { name: 'Gekapert', description: '', version: 1 }],
      ['inviteCityToPartnership', INVITE_CITY, { cityId: 'alpha' }],
      ['respondToPartnershipInvitation', RESPOND_TO_PARTNERSHIP, { cityId: 'alpha', accept: true }],
      ['removeCityFromPartnership', REMOVE_CITY, { cityId: 'gamma' }],
    ] as const)(
      'finds no partnership alpha is not in for %s; nothing changes',
      async (field, doc, args) => {
        for (const partnershipId of [t.ids.betaOnly, t.ids.declinedByAlpha]) {
          const cityId = 'cityId' in args ? t.ids[args.cityId] : undefined;
          const res = await asWithoutChange('admin@alpha.test', doc, {
            ...args,
            partnershipId,
            cityId,
          });
          expect(res.data[field]).toMatchObject({
            __typename: 'NotFoundError',
            entity: 'Partnership',
          });
        }
      },
    );
  });

  describe('the admin of beta, a partner in the partnership alpha leads', () => {
    it('cannot rename it, invite into it, answer for or remove another city; nothing changes', async () => {
      const attempts = {
        updatePartnership: [
          UPDATE_PARTNERSHIP,
          { name: 'Beta und Alpha', description: '', version: 1 },
        ],
        inviteCityToPartnership: [INVITE_CITY, { cityId: t.ids.gamma }],
        respondToPartnershipInvitation: [
          RESPOND_TO_PARTNERSHIP,
          { cityId: t.ids.alpha, accept: false },
        ],
        removeCityFromPartnership: [REMOVE_CITY, { cityId: t.ids.alpha }],
      } as const;
      for (const [mutation, [doc, args]] of Object.entries(attempts)) {
        const res = await asWithoutChange('admin@beta.test', doc, {
          ...args,
          partnershipId: t.ids.shared,
        });
        // The mutation name is part of the comparison so that a failure names it.
        expect({ mutation, codes: errorCodes(res), data: res.data }).toEqual({
          mutation,
          codes: ['FORBIDDEN'],
          data: null,
        });
      }
    });
  });

  describe('a process owner of alpha, in their own city', () => {
    let cookie: string;
    beforeEach(async () => {
      cookie = await app.login('owner@alpha.test');
    });

    it('sees the members but may not manage them or see invitations', async () => {
      const members = await app.gql(CITY_MEMBERS, { slug: 'alpha' }, { cookie });
      expect(members.data.city).toMatchObject({
        viewerRole: 'PROCESS_OWNER',
        viewerCanManageMembers: false,
        members: { totalCount: 3 },
      });
      const invitations = await app.gql(OPEN_INVITATIONS, { slug: 'alpha' }, { cookie });
      expect(errorCodes(invitations)).toEqual(['FORBIDDEN']);
    });

    it('is refused every member mutation with FORBIDDEN; nothing changes', async () => {
      const attempts = {
        changeMemberRole: [CHANGE_MEMBER_ROLE, { ...t.memberships.adminA, role: 'PROCESS_OWNER' }],
        removeMember: [REMOVE_MEMBER, t.memberships.adminA],
        inviteMember: [
          INVITE_MEMBER,
          { cityId: t.ids.alpha, email: 'friend@alpha.test', role: 'CITY_ADMIN' },
        ],
        revokeInvitation: [REVOKE_INVITATION, { invitationId: t.ids.alphaInvitation }],
      } as const;
      for (const [mutation, [doc, variables]] of Object.entries(attempts)) {
        const res = await asWithoutChange('owner@alpha.test', doc, variables);
        // The mutation name is part of the comparison so that a failure names it.
        expect({ mutation, codes: errorCodes(res), data: res.data }).toEqual({
          mutation,
          codes: ['FORBIDDEN'],
          data: null,
        });
      }
    });
  });

  describe('a global admin', () => {
    let cookie: string;
    beforeEach(async () => {
      cookie = await app.login('root@amtsweg.test');
    });

    it('sees the members, invitations and memberships of every city', async () => {
      const members = await app.gql(CITY_MEMBERS, { slug: 'beta' }, { cookie });
      expect(members.errors).toBeUndefined();
      expect(members.data.city.viewerCanManageMembers).toBe(true);
      expect(members.data.city.members.totalCount).toBe(3);

      const invitations = await app.gql(OPEN_INVITATIONS, { slug: 'beta' }, { cookie });
      expect(invitations.data.city.openInvitations).toHaveLength(1);

      const user = await app.gql(USER_MEMBERSHIPS, { id: globalId('User', t.both.id) }, { cookie });
      expect(user.data.node.memberships).toHaveLength(2);

      for (const id of [t.memberships.ownerB.membershipId, t.ids.betaInvitation, t.ids.betaOnly]) {
        const node = await app.gql(NODE, { id }, { cookie });
        expect(node.errors).toBeUndefined();
        expect(node.data.node.id).toBe(id);
      }
    });

    it('sees every partnership and may change a role in any city', async () => {
      const list = await app.gql(PARTNERSHIPS, {}, { cookie });
      expect(partnershipNames(list)).toEqual([
        'Alpha und Beta',
        'Beta ohne Alpha',
        'Beta und Gamma',
      ]);

      const res = await app.gql(
        CHANGE_MEMBER_ROLE,
        {
          membershipId: t.memberships.ownerB.membershipId,
          role: 'COORDINATOR',
          version: t.memberships.ownerB.version,
        },
        { cookie },
      );
      expect(res.data.changeMemberRole.data).toMatchObject({ role: 'COORDINATOR', version: 2 });
    });
  });

  describe('an anonymous visitor', () => {
    it('is asked to sign in for private nodes and member mutations', async () => {
      const node = await app.gql(NODE, { id: t.memberships.adminA.membershipId });
      expect(errorCodes(node)).toEqual(['UNAUTHENTICATED']);
      expect(node.data.node).toBeNull();

      const before = await tenantData(app);
      const res = await app.gql(REMOVE_MEMBER, t.memberships.ownerA);
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
      expect(await tenantData(app)).toEqual(before);
    });
  });
});
