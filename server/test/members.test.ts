import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { City } from '../src/generated/prisma/client.ts';
import { tenantData } from './support/fixtures.ts';
import {
  ACCEPT_INVITATION,
  CHANGE_MEMBER_ROLE,
  CITY_MEMBERS,
  errorCodes,
  INVITATION_PREVIEW,
  INVITE_MEMBER,
  OPEN_INVITATIONS,
  REMOVE_MEMBER,
  REVOKE_INVITATION,
} from './support/operations.ts';
import { createTestApp, globalId, type TestApp } from './support/testApp.ts';

const ME = '{ me { email displayName memberships { role city { slug } } } }';
const NEW_PASSWORD = 'a long new password';

describe('members and invitations', () => {
  let app: TestApp;
  let alpha: City;
  let beta: City;
  let adminCookie: string;

  beforeEach(async () => {
    app = await createTestApp();
    ({ a: alpha, b: beta } = await app.seed.twoCities());
    adminCookie = await app.login('admin@alpha.test');
  });
  afterEach(() => app.close());

  /** Invites `email` into alpha as admin@alpha; returns the token from the link. */
  async function invite(email: string, role = 'COORDINATOR') {
    const res = await app.gql(
      INVITE_MEMBER,
      { cityId: globalId('City', alpha.id), email, role },
      { cookie: adminCookie },
    );
    expect(res.data.inviteMember.__typename).toBe('MutationInviteMemberSuccess');
    const { acceptPath, invitation } = res.data.inviteMember.data;
    expect(acceptPath).toMatch(/^\/einladung\/[\w-]{20,}$/);
    return { token: acceptPath.split('/').pop() as string, invitation };
  }

  /** Alpha's members as `email: role`. */
  async function alphaMembers(): Promise<Record<string, string>> {
    const members = await app.prisma.membership.findMany({
      where: { cityId: alpha.id },
      include: { user: true },
    });
    return Object.fromEntries(members.map((m) => [m.user.email, m.role]));
  }

  async function membershipOf(email: string, city = alpha) {
    return app.prisma.membership.findFirstOrThrow({ where: { cityId: city.id, user: { email } } });
  }

  describe('inviting and accepting', () => {
    it('invites a new person, who previews, creates an account, is signed in and listed', async () => {
      const { token, invitation } = await invite('Nora.Neu@Example.test', 'COORDINATOR');
      expect(invitation).toMatchObject({
        email: 'nora.neu@example.test',
        role: 'COORDINATOR',
        city: { slug: 'alpha' },
        invitedBy: { email: 'admin@alpha.test' },
      });

      const preview = await app.gql(INVITATION_PREVIEW, { token });
      expect(preview.data.invitation).toEqual({
        cityName: 'Alphastadt',
        email: 'nora.neu@example.test',
        role: 'COORDINATOR',
        accountExists: false,
      });

      const accepted = await app.gql(ACCEPT_INVITATION, {
        token,
        displayName: 'Nora Neu',
        password: NEW_PASSWORD,
      });
      expect(accepted.data.acceptInvitation).toEqual({
        __typename: 'MutationAcceptInvitationSuccess',
        data: { email: 'nora.neu@example.test', displayName: 'Nora Neu' },
      });
      expect(accepted.setCookie).toMatch(/^amtsweg_session=[\w-]{40,};.*HttpOnly/);

      const cookie = accepted.setCookie?.split(';')[0];
      const me = await app.gql(ME, {}, { cookie });
      expect(me.data.me).toEqual({
        email: 'nora.neu@example.test',
        displayName: 'Nora Neu',
        memberships: [{ role: 'COORDINATOR', city: { slug: 'alpha' } }],
      });

      const list = await app.gql(CITY_MEMBERS, { slug: 'alpha' }, { cookie: adminCookie });
      expect(list.data.city.members.edges.map((e: { node: unknown }) => e.node)).toContainEqual(
        expect.objectContaining({ role: 'COORDINATOR', user: { email: 'nora.neu@example.test' } }),
      );
      const open = await app.gql(OPEN_INVITATIONS, { slug: 'alpha' }, { cookie: adminCookie });
      expect(open.data.city.openInvitations).toEqual([]);
      expect((await app.gql(INVITATION_PREVIEW, { token })).data.invitation).toBeNull();

      // The new password works for later sign-ins too.
      await expect(app.login('nora.neu@example.test', NEW_PASSWORD)).resolves.toMatch(/^amtsweg/);
    });

    it('lets an existing user accept while signed in, without a new account or session', async () => {
      const { token } = await invite('owner@beta.test', 'FUNDING_OFFICER');
      const preview = await app.gql(INVITATION_PREVIEW, { token });
      expect(preview.data.invitation.accountExists).toBe(true);

      const cookie = await app.login('owner@beta.test');
      const accepted = await app.gql(ACCEPT_INVITATION, { token }, { cookie });
      expect(accepted.data.acceptInvitation).toMatchObject({
        __typename: 'MutationAcceptInvitationSuccess',
        data: { email: 'owner@beta.test' },
      });
      expect(accepted.setCookie).toBeNull();
      expect(await app.prisma.user.count({ where: { email: 'owner@beta.test' } })).toBe(1);

      const me = await app.gql(ME, {}, { cookie });
      expect(me.data.me.memberships).toEqual([
        { role: 'FUNDING_OFFICER', city: { slug: 'alpha' } },
        { role: 'PROCESS_OWNER', city: { slug: 'beta' } },
      ]);
    });

    it('refuses an invitation for an existing account to anyone but its owner', async () => {
      const { token } = await invite('owner@beta.test');
      const before = await tenantData(app);

      const asAnonymous = await app.gql(ACCEPT_INVITATION, {
        token,
        displayName: 'Impostor',
        password: NEW_PASSWORD,
      });
      expect(asAnonymous.data.acceptInvitation).toMatchObject({
        __typename: 'ConflictError',
        reason: 'EMAIL_MISMATCH',
      });
      expect(asAnonymous.setCookie).toBeNull();

      const someoneElse = await app.login('admin@beta.test');
      const asOther = await app.gql(ACCEPT_INVITATION, { token }, { cookie: someoneElse });
      expect(asOther.data.acceptInvitation).toMatchObject({
        __typename: 'ConflictError',
        reason: 'EMAIL_MISMATCH',
        message: expect.stringContaining('owner@beta.test'),
      });

      expect(await tenantData(app)).toEqual(before);
      expect((await app.gql(INVITATION_PREVIEW, { token })).data.invitation).not.toBeNull();
    });

    it('accepts an invitation only once', async () => {
      const { token } = await invite('once@example.test');
      const first = await app.gql(ACCEPT_INVITATION, {
        token,
        displayName: 'Once',
        password: NEW_PASSWORD,
      });
      expect(first.data.acceptInvitation.__typename).toBe('MutationAcceptInvitationSuccess');
      const before = await tenantData(app);

      const again = await app.gql(ACCEPT_INVITATION, {
        token,
        displayName: 'Twice',
        password: NEW_PASSWORD,
      });
      expect(again.data.acceptInvitation).toMatchObject({
        __typename: 'ConflictError',
        reason: 'INVITATION_NOT_PENDING',
      });
      const signedIn = first.setCookie?.split(';')[0];
      const againSignedIn = await app.gql(ACCEPT_INVITATION, { token }, { cookie: signedIn });
      expect(againSignedIn.data.acceptInvitation.reason).toBe('INVITATION_NOT_PENDING');
      expect(await tenantData(app)).toEqual(before);
    });

    it('does not accept a revoked invitation', async () => {
      const { token, invitation } = await invite('revoked@example.test');
      const revoked = await app.gql(
        REVOKE_INVITATION,
        { invitationId: invitation.id },
        { cookie: adminCookie },
      );
      expect(revoked.data.revokeInvitation).toEqual({
        __typename: 'MutationRevokeInvitationSuccess',
        data: { id: invitation.id },
      });
      expect((await app.gql(INVITATION_PREVIEW, { token })).data.invitation).toBeNull();

      const accepted = await app.gql(ACCEPT_INVITATION, {
        token,
        displayName: 'Too Late',
        password: NEW_PASSWORD,
      });
      expect(accepted.data.acceptInvitation.reason).toBe('INVITATION_NOT_PENDING');
      expect(await app.prisma.user.findUnique({ where: { email: 'revoked@example.test' } })).toBe(
        null,
      );

      const revokedAgain = await app.gql(
        REVOKE_INVITATION,
        { invitationId: invitation.id },
        { cookie: adminCookie },
      );
      expect(revokedAgain.data.revokeInvitation.reason).toBe('INVITATION_NOT_PENDING');
    });

    it('does not accept an expired invitation, and allows a fresh one', async () => {
      const { token } = await invite('late@example.test');
      await app.prisma.invitation.updateMany({
        where: { email: 'late@example.test' },
        data: { expiresAt: new Date(Date.now() - 1000) },
      });
      expect((await app.gql(INVITATION_PREVIEW, { token })).data.invitation).toBeNull();
      const open = await app.gql(OPEN_INVITATIONS, { slug: 'alpha' }, { cookie: adminCookie });
      expect(open.data.city.openInvitations).toEqual([]);

      const accepted = await app.gql(ACCEPT_INVITATION, {
        token,
        displayName: 'Late',
        password: NEW_PASSWORD,
      });
      expect(accepted.data.acceptInvitation.reason).toBe('INVITATION_NOT_PENDING');
      expect(await alphaMembers()).not.toHaveProperty(['late@example.test']);

      const fresh = await invite('late@example.test');
      expect(fresh.token).not.toBe(token);
    });

    it('shows its admins who sent an invitation, also when that was a global admin', async () => {
      await app.seed.user('root@amtsweg.test', [], true);
      const root = await app.login('root@amtsweg.test');
      const res = await app.gql(
        INVITE_MEMBER,
        { cityId: globalId('City', alpha.id), email: 'by-root@example.test', role: 'CITY_ADMIN' },
        { cookie: root },
      );
      expect(res.data.inviteMember.__typename).toBe('MutationInviteMemberSuccess');

      const open = await app.gql(
        '{ city(slug: "alpha") { openInvitations { email invitedBy { displayName } } } }',
        {},
        { cookie: adminCookie },
      );
      expect(open.errors).toBeUndefined();
      expect(open.data.city.openInvitations).toEqual([
        { email: 'by-root@example.test', invitedBy: { displayName: 'root' } },
      ]);
    });

    it('answers an unknown token with NotFound', async () => {
      expect((await app.gql(INVITATION_PREVIEW, { token: 'no-such-token' })).data.invitation).toBe(
        null,
      );
      const res = await app.gql(ACCEPT_INVITATION, {
        token: 'no-such-token',
        displayName: 'Nobody',
        password: NEW_PASSWORD,
      });
      expect(res.data.acceptInvitation).toMatchObject({
        __typename: 'NotFoundError',
        entity: 'Invitation',
      });
    });

    it('refuses to invite a member, or someone with an open invitation', async () => {
      const member = await app.gql(
        INVITE_MEMBER,
        { cityId: globalId('City', alpha.id), email: 'OWNER@alpha.test', role: 'CITY_ADMIN' },
        { cookie: adminCookie },
      );
      expect(member.data.inviteMember).toMatchObject({
        __typename: 'ConflictError',
        reason: 'ALREADY_MEMBER',
      });

      await invite('pending@example.test');
      const again = await app.gql(
        INVITE_MEMBER,
        { cityId: globalId('City', alpha.id), email: 'pending@example.test', role: 'CITY_ADMIN' },
        { cookie: adminCookie },
      );
      expect(again.data.inviteMember.reason).toBe('ALREADY_INVITED');
      expect(await app.prisma.invitation.count()).toBe(1);
    });

    it('rejects an invalid e-mail address with a field error', async () => {
      const res = await app.gql(
        INVITE_MEMBER,
        { cityId: globalId('City', alpha.id), email: 'not-an-address', role: 'COORDINATOR' },
        { cookie: adminCookie },
      );
      expect(res.data.inviteMember).toMatchObject({
        __typename: 'ValidationError',
        fieldErrors: [{ path: 'email', message: 'Enter a valid e-mail address.' }],
      });
      expect(await app.prisma.invitation.count()).toBe(0);
    });

    it('requires a name and a password of at least 12 characters for a new account', async () => {
      const { token } = await invite('short@example.test');

      const short = await app.gql(ACCEPT_INVITATION, {
        token,
        displayName: 'Short',
        password: 'too short',
      });
      expect(short.data.acceptInvitation).toMatchObject({
        __typename: 'ValidationError',
        fieldErrors: [{ path: 'password', message: 'Use at least 12 characters.' }],
      });

      const missing = await app.gql(ACCEPT_INVITATION, { token });
      expect(missing.data.acceptInvitation).toMatchObject({
        __typename: 'ValidationError',
        fieldErrors: [{ path: 'password' }],
      });

      expect(short.setCookie).toBeNull();
      expect(await app.prisma.user.count({ where: { email: 'short@example.test' } })).toBe(0);
      expect((await app.gql(INVITATION_PREVIEW, { token })).data.invitation).not.toBeNull();
    });
  });

  describe('changing and removing members', () => {
    it('changes a role and refuses a change based on a stale version', async () => {
      const owner = await membershipOf('owner@alpha.test');
      const membershipId = globalId('Membership', owner.id);
      const changed = await app.gql(
        CHANGE_MEMBER_ROLE,
        { membershipId, role: 'COORDINATOR', version: owner.version },
        { cookie: adminCookie },
      );
      expect(changed.data.changeMemberRole).toEqual({
        __typename: 'MutationChangeMemberRoleSuccess',
        data: { id: membershipId, role: 'COORDINATOR', version: owner.version + 1 },
      });

      // A second admin still shows the old version.
      const stale = await app.gql(
        CHANGE_MEMBER_ROLE,
        { membershipId, role: 'FUNDING_OFFICER', version: owner.version },
        { cookie: adminCookie },
      );
      expect(stale.data.changeMemberRole).toMatchObject({
        __typename: 'VersionConflictError',
        entity: 'Membership',
        currentVersion: owner.version + 1,
      });
      const staleRemove = await app.gql(
        REMOVE_MEMBER,
        { membershipId, version: owner.version },
        { cookie: adminCookie },
      );
      expect(staleRemove.data.removeMember.__typename).toBe('VersionConflictError');
      expect(await membershipOf('owner@alpha.test')).toMatchObject({
        role: 'COORDINATOR',
        version: owner.version + 1,
      });
    });

    it('removes a member, who then no longer sees the city', async () => {
      const owner = await membershipOf('owner@alpha.test');
      const removed = await app.gql(
        REMOVE_MEMBER,
        { membershipId: globalId('Membership', owner.id), version: owner.version },
        { cookie: adminCookie },
      );
      expect(removed.data.removeMember).toEqual({
        __typename: 'MutationRemoveMemberSuccess',
        data: globalId('Membership', owner.id),
      });
      expect(await alphaMembers()).toEqual({ 'admin@alpha.test': 'CITY_ADMIN' });

      const cookie = await app.login('owner@alpha.test');
      const members = await app.gql(CITY_MEMBERS, { slug: 'alpha' }, { cookie });
      expect(members.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('keeps the last city admin: no demotion, no removal', async () => {
      const admin = await membershipOf('admin@alpha.test');
      const membershipId = globalId('Membership', admin.id);
      const before = await tenantData(app);

      const demoted = await app.gql(
        CHANGE_MEMBER_ROLE,
        { membershipId, role: 'PROCESS_OWNER', version: admin.version },
        { cookie: adminCookie },
      );
      expect(demoted.data.changeMemberRole).toMatchObject({
        __typename: 'ConflictError',
        reason: 'LAST_CITY_ADMIN',
      });
      const removed = await app.gql(
        REMOVE_MEMBER,
        { membershipId, version: admin.version },
        { cookie: adminCookie },
      );
      expect(removed.data.removeMember.reason).toBe('LAST_CITY_ADMIN');
      expect(await tenantData(app)).toEqual(before);

      // With a second admin appointed, the first may step down.
      const owner = await membershipOf('owner@alpha.test');
      await app.gql(
        CHANGE_MEMBER_ROLE,
        { membershipId: globalId('Membership', owner.id), role: 'CITY_ADMIN', version: 1 },
        { cookie: adminCookie },
      );
      const steppedDown = await app.gql(
        CHANGE_MEMBER_ROLE,
        { membershipId, role: 'PROCESS_OWNER', version: admin.version },
        { cookie: adminCookie },
      );
      expect(steppedDown.data.changeMemberRole.data.role).toBe('PROCESS_OWNER');
      expect(await alphaMembers()).toEqual({
        'admin@alpha.test': 'PROCESS_OWNER',
        'owner@alpha.test': 'CITY_ADMIN',
      });
    });

    /** A second CITY_ADMIN in alpha, so that alpha has exactly two. */
    async function twoAlphaAdmins() {
      const second = await app.seed.user('second@alpha.test', [
        { cityId: alpha.id, role: 'CITY_ADMIN' },
      ]);
      return {
        first: await membershipOf('admin@alpha.test'),
        second: await membershipOf(second.email),
        secondCookie: await app.login(second.email),
      };
    }

    async function alphaAdmins() {
      return Object.values(await alphaMembers()).filter((role) => role === 'CITY_ADMIN');
    }

    it('keeps one admin when both admins are demoted and removed at the same moment', async () => {
      const { first, second } = await twoAlphaAdmins();
      await app.seed.user('root@amtsweg.test', [], true);
      const cookie = await app.login('root@amtsweg.test');

      // A race can go either way, so it is run a few times, with both admins restored each round.
      for (let round = 0; round < 5; round++) {
        const [firstNow, secondNow] = await Promise.all(
          [first, second].map(({ userId }) =>
            app.prisma.membership.upsert({
              where: { userId_cityId: { userId, cityId: alpha.id } },
              create: { userId, cityId: alpha.id, role: 'CITY_ADMIN' },
              update: { role: 'CITY_ADMIN' },
            }),
          ),
        );
        if (!firstNow || !secondNow) throw new Error('admins not restored');
        const [demotion, removal] = await Promise.all([
          app.gql(
            CHANGE_MEMBER_ROLE,
            {
              membershipId: globalId('Membership', secondNow.id),
              role: 'COORDINATOR',
              version: secondNow.version,
            },
            { cookie },
          ),
          app.gql(
            REMOVE_MEMBER,
            { membershipId: globalId('Membership', firstNow.id), version: firstNow.version },
            { cookie },
          ),
        ]);
        const outcomes = [demotion.data.changeMemberRole, removal.data.removeMember];
        const refused = outcomes.filter((o) => o.__typename === 'ConflictError');
        expect(refused).toEqual([expect.objectContaining({ reason: 'LAST_CITY_ADMIN' })]);
        expect(await alphaAdmins()).toHaveLength(1);
      }
      // Beta is untouched by alpha's changes.
      expect((await membershipOf('admin@beta.test', beta)).role).toBe('CITY_ADMIN');
    });

    it('keeps one admin when the two admins demote each other at the same moment', async () => {
      const { first, second, secondCookie } = await twoAlphaAdmins();
      const demote = (membership: { id: string; version: number }, cookie: string) =>
        app.gql(
          CHANGE_MEMBER_ROLE,
          {
            membershipId: globalId('Membership', membership.id),
            role: 'PROCESS_OWNER',
            version: membership.version,
          },
          { cookie },
        );

      const results = await Promise.all([demote(second, adminCookie), demote(first, secondCookie)]);
      // The slower request is refused: by the last-admin rule, or, when its author has already
      // lost the admin role by the time it is checked, as forbidden.
      const outcomes = results.map(
        (res) => res.data?.changeMemberRole.__typename ?? errorCodes(res).join(),
      );
      expect(outcomes.filter((o) => o === 'MutationChangeMemberRoleSuccess')).toHaveLength(1);
      expect(outcomes.filter((o) => o === 'ConflictError' || o === 'FORBIDDEN')).toHaveLength(1);
      expect(await alphaAdmins()).toHaveLength(1);
    });
  });
});

describe('a mutation that selects only __typename', () => {
  it('saves the change and answers with the success type (the SPA may ask for nothing else)', async () => {
    const app = await createTestApp();
    try {
      const { ownerA } = await app.seed.twoCities();
      const cookie = await app.login('admin@alpha.test');
      const membership = ownerA.memberships[0];
      if (!membership) throw new Error('fixture has no membership');
      const res = await app.gql(
        'mutation($id: ID!) { changeMemberRole(membershipId: $id, role: COORDINATOR, version: 1) { __typename } }',
        { id: globalId('Membership', membership.id) },
        { cookie },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.changeMemberRole.__typename).toBe('MutationChangeMemberRoleSuccess');
      const saved = await app.prisma.membership.findUniqueOrThrow({ where: { id: membership.id } });
      expect(saved.role).toBe('COORDINATOR');
    } finally {
      await app.close();
    }
  });
});
