import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { City, User } from '../src/generated/prisma/client.ts';
import { linearProcess } from './support/bpmnSamples.ts';
import { seedPartnership } from './support/fixtures.ts';
import {
  ACCEPT_INVITATION,
  CHANGE_MEMBER_ROLE,
  errorCodes,
  INVITE_CITY,
  INVITE_MEMBER,
} from './support/operations.ts';
import { ADD_COMMENT, IMPORT_MODEL } from './support/processModels.ts';
import { createTestApp, globalId, TEST_PASSWORD, type TestApp } from './support/testApp.ts';

const AUDIT_LOG = `query($cityId: ID!, $first: Int, $after: String) {
  auditLog(cityId: $cityId, first: $first, after: $after) {
    edges { node { actorName operation outcome targetId createdAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { __typename }
}`;

const CREATE_CITY = `mutation {
  createCity(name: "Gammaheim", slug: "gamma", ags: "08111000", federalState: BADEN_WUERTTEMBERG,
    population: 1000) { __typename }
}`;

const NEW_PASSWORD = 'a long new password for nora';
const WRONG_PASSWORD = 'not-the-password-42';

describe('audit log', () => {
  let app: TestApp;
  let alpha: City;
  let beta: City;
  let adminA: User;
  let ownerA: User;
  let adminB: User;

  beforeEach(async () => {
    app = await createTestApp();
    ({ a: alpha, b: beta, adminA, ownerA, adminB } = await app.seed.twoCities());
  });
  afterEach(() => app.close());

  const cityGid = (city: City) => globalId('City', city.id);

  /**
   * All entries in the order written, without ids and times. One request's entries share their
   * time; among them, by operation and city slug.
   */
  async function entries() {
    const rows = await app.prisma.auditLogEntry.findMany();
    const slugs = new Map((await app.prisma.city.findMany()).map((c) => [c.id, c.slug]));
    const sortKey = (row: (typeof rows)[number]) =>
      [row.createdAt.toISOString(), row.operation, slugs.get(row.cityId ?? '') ?? ''].join(' ');
    rows.sort((x, y) => (sortKey(x) < sortKey(y) ? -1 : sortKey(x) > sortKey(y) ? 1 : 0));
    return rows.map(({ id: _id, createdAt: _at, ...row }) => row);
  }

  async function clearLog() {
    await app.prisma.auditLogEntry.deleteMany();
  }

  function entry(user: User | null, city: City | null, operation: string, outcome = 'OK') {
    return expect.objectContaining({
      userId: user?.id ?? null,
      userDisplayName: user?.displayName ?? null,
      cityId: city?.id ?? null,
      operation,
      outcome,
    });
  }

  it('records sign-ins: a success under the person’s city, a failure anonymously', async () => {
    await app.login('admin@alpha.test');
    const failed = await app.gql(LOGIN, { email: 'admin@alpha.test', password: WRONG_PASSWORD });
    expect(failed.data.login.__typename).toBe('InvalidCredentialsError');

    expect(await entries()).toEqual([
      { ...base(adminA, alpha, 'login'), targetId: null },
      { ...base(null, null, 'login', 'InvalidCredentialsError'), targetId: null },
    ]);
    const stored = JSON.stringify(await app.prisma.auditLogEntry.findMany());
    expect(stored).not.toContain(TEST_PASSWORD);
    expect(stored).not.toContain(WRONG_PASSWORD);
    // Not even the e-mail address somebody tried.
    expect(stored).not.toContain('admin@alpha.test');
  });

  it('files each mutation under the city it concerns, with its target and outcome', async () => {
    const admin = await app.login('admin@alpha.test');
    const owner = await app.login('owner@alpha.test');
    const ownerMembership = await app.prisma.membership.findFirstOrThrow({
      where: { userId: ownerA.id },
    });
    const partnership = await seedPartnership(app, { name: 'Verbund', lead: alpha });
    await clearLog();

    const invited = await app.gql(
      INVITE_MEMBER,
      { cityId: cityGid(alpha), email: 'nora@example.test', role: 'COORDINATOR' },
      { cookie: admin },
    );
    expect(invited.data.inviteMember.__typename).toBe('MutationInviteMemberSuccess');
    // The response carries nothing the audit added.
    expect(JSON.stringify(invited)).not.toContain('audit');
    const membershipGid = globalId('Membership', ownerMembership.id);
    const changed = await app.gql(
      CHANGE_MEMBER_ROLE,
      { membershipId: membershipGid, role: 'COORDINATOR', version: ownerMembership.version },
      { cookie: admin },
    );
    expect(changed.data.changeMemberRole.__typename).toBe('MutationChangeMemberRoleSuccess');
    const stale = await app.gql(
      CHANGE_MEMBER_ROLE,
      { membershipId: membershipGid, role: 'PROCESS_OWNER', version: ownerMembership.version },
      { cookie: admin },
    );
    expect(stale.data.changeMemberRole.__typename).toBe('VersionConflictError');
    const invalid = await app.gql(
      INVITE_MEMBER,
      { cityId: cityGid(alpha), email: 'no address', role: 'COORDINATOR' },
      { cookie: admin },
    );
    expect(invalid.data.inviteMember.__typename).toBe('ValidationError');
    // Acting on another city from outside: both cities see it.
    const partnershipGid = globalId('Partnership', partnership.id);
    const invitedCity = await app.gql(
      INVITE_CITY,
      { partnershipId: partnershipGid, cityId: cityGid(beta) },
      { cookie: admin },
    );
    expect(invitedCity.data.inviteCityToPartnership.__typename).toBe(
      'MutationInviteCityToPartnershipSuccess',
    );
    await app.prisma.membership.update({
      where: { id: ownerMembership.id },
      data: { role: 'PROCESS_OWNER' },
    });
    const imported = await app.gql(
      IMPORT_MODEL,
      { cityId: cityGid(alpha), xml: linearProcess(['Antrag prüfen']), title: 'Hundesteuer' },
      { cookie: owner },
    );
    const modelGid = imported.data.importProcessModel.data.id as string;
    const commented = await app.gql(
      ADD_COMMENT,
      { modelId: modelGid, body: 'Bitte Frist ergänzen' },
      { cookie: owner },
    );
    expect(commented.data.addComment.__typename).toBe('MutationAddCommentSuccess');
    await app.gql('mutation { logout }', {}, { cookie: owner });

    expect(await entries()).toEqual([
      { ...base(adminA, alpha, 'inviteMember'), targetId: cityGid(alpha) },
      { ...base(adminA, alpha, 'changeMemberRole'), targetId: membershipGid },
      {
        ...base(adminA, alpha, 'changeMemberRole', 'VersionConflictError'),
        targetId: membershipGid,
      },
      { ...base(adminA, alpha, 'inviteMember', 'ValidationError'), targetId: cityGid(alpha) },
      { ...base(adminA, alpha, 'inviteCityToPartnership'), targetId: partnershipGid },
      { ...base(adminA, beta, 'inviteCityToPartnership'), targetId: partnershipGid },
      { ...base(ownerA, alpha, 'importProcessModel'), targetId: cityGid(alpha) },
      { ...base(ownerA, alpha, 'addComment'), targetId: modelGid },
      { ...base(ownerA, alpha, 'logout'), targetId: null },
    ]);
    const stored = JSON.stringify(await app.prisma.auditLogEntry.findMany());
    for (const text of ['nora@example.test', 'Bitte Frist', 'Hundesteuer', 'Antrag prüfen']) {
      expect(stored).not.toContain(text);
    }
  });

  it('logs refused mutations with the refusal, and an installation change under no city', async () => {
    const owner = await app.login('owner@alpha.test');
    const foreignAdmin = await app.login('admin@beta.test');
    const globalAdmin = await app.seed.user('root@amtsweg.test', [], true);
    const root = await app.login('root@amtsweg.test');
    await clearLog();
    const variables = { cityId: cityGid(alpha), email: 'x@example.test', role: 'CITY_ADMIN' };

    const byOwner = await app.gql(INVITE_MEMBER, variables, { cookie: owner });
    const byForeignAdmin = await app.gql(INVITE_MEMBER, variables, { cookie: foreignAdmin });
    const anonymous = await app.gql(INVITE_MEMBER, variables);
    expect([byOwner, byForeignAdmin, anonymous].map(errorCodes)).toEqual([
      ['FORBIDDEN'],
      ['FORBIDDEN'],
      ['UNAUTHENTICATED'],
    ]);
    const created = await app.gql(CREATE_CITY, {}, { cookie: root });
    expect(created.data.createCity.__typename).toBe('MutationCreateCitySuccess');

    expect(await entries()).toEqual([
      entry(ownerA, alpha, 'inviteMember', 'FORBIDDEN'),
      entry(adminB, alpha, 'inviteMember', 'FORBIDDEN'),
      entry(adminB, beta, 'inviteMember', 'FORBIDDEN'),
      entry(null, alpha, 'inviteMember', 'UNAUTHENTICATED'),
      entry(globalAdmin, null, 'createCity'),
    ]);
  });

  it('records every root field of one request, in fragments and under aliases', async () => {
    const owner = await app.login('owner@alpha.test');
    await clearLog();

    const res = await app.gql(
      `mutation { read: markNotificationsRead ...More }
       fragment More on Mutation { again: markNotificationsRead }`,
      {},
      { cookie: owner },
    );
    expect(res.data).toEqual({ read: 0, again: 0 });
    // A refused field nulls the whole answer and graphql-js stops there: the field before it ran
    // with an outcome nobody can see any more, the one after never ran.
    const nulled = await app.gql(
      `mutation($cityId: ID!) {
        first: markNotificationsRead
        refused: inviteMember(cityId: $cityId, email: "x@example.test", role: CITY_ADMIN) {
          __typename
        }
        never: logout
      }`,
      { cityId: cityGid(alpha) },
      { cookie: owner },
    );
    expect(nulled.data).toBeNull();
    const stillSignedIn = await app.gql('{ me { email } }', {}, { cookie: owner });
    expect(stillSignedIn.data.me).toEqual({ email: 'owner@alpha.test' });

    expect(await entries()).toEqual([
      entry(ownerA, alpha, 'markNotificationsRead'),
      entry(ownerA, alpha, 'markNotificationsRead'),
      entry(ownerA, alpha, 'inviteMember', 'FORBIDDEN'),
      entry(ownerA, alpha, 'markNotificationsRead', 'UNKNOWN'),
    ]);
  });

  it('keeps passwords and invitation tokens out when an account is created', async () => {
    const admin = await app.login('admin@alpha.test');
    const invited = await app.gql(
      INVITE_MEMBER,
      { cityId: cityGid(alpha), email: 'nora@example.test', role: 'COORDINATOR' },
      { cookie: admin },
    );
    const token = (invited.data.inviteMember.data.acceptPath as string).split('/').pop() as string;
    await clearLog();

    const accepted = await app.gql(ACCEPT_INVITATION, {
      token,
      displayName: 'Nora Neu',
      password: NEW_PASSWORD,
    });
    expect(accepted.data.acceptInvitation.__typename).toBe('MutationAcceptInvitationSuccess');

    const nora = await app.prisma.user.findUniqueOrThrow({ where: { email: 'nora@example.test' } });
    expect(await entries()).toEqual([{ ...base(nora, alpha, 'acceptInvitation'), targetId: null }]);
    const stored = JSON.stringify(await app.prisma.auditLogEntry.findMany());
    expect(stored).not.toContain(NEW_PASSWORD);
    expect(stored).not.toContain(token);
    expect(stored).not.toContain(nora.passwordHash);
  });

  it('shows a city’s log to its admins only, newest first', async () => {
    const admin = await app.login('admin@alpha.test');
    const owner = await app.login('owner@alpha.test');
    const foreignAdmin = await app.login('admin@beta.test');
    await app.seed.user('root@amtsweg.test', [], true);
    const root = await app.login('root@amtsweg.test');
    await app.gql('mutation { markNotificationsRead }', {}, { cookie: owner });

    const own = await app.gql(AUDIT_LOG, { cityId: cityGid(alpha) }, { cookie: admin });
    expect(own.errors).toBeUndefined();
    const nodes = own.data.auditLog.edges.map((e: { node: object }) => e.node);
    expect(nodes.map((n: { operation: string }) => n.operation)).toEqual([
      'markNotificationsRead',
      'login',
      'login',
    ]);
    expect(nodes[0]).toMatchObject({
      actorName: ownerA.displayName,
      outcome: 'OK',
      targetId: null,
    });
    expect(nodes[2]).toMatchObject({ actorName: adminA.displayName });

    const betaLog = await app.gql(AUDIT_LOG, { cityId: cityGid(beta) }, { cookie: foreignAdmin });
    expect(betaLog.data.auditLog.edges.map((e: { node: { actorName: string } }) => e.node)).toEqual(
      [expect.objectContaining({ actorName: adminB.displayName, operation: 'login' })],
    );

    for (const cookie of [foreignAdmin, owner]) {
      const refused = await app.gql(AUDIT_LOG, { cityId: cityGid(alpha) }, { cookie });
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
      expect(refused.data).toBeNull();
    }
    expect(errorCodes(await app.gql(AUDIT_LOG, { cityId: cityGid(alpha) }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    const byRoot = await app.gql(AUDIT_LOG, { cityId: cityGid(alpha) }, { cookie: root });
    expect(byRoot.data.auditLog.edges).toHaveLength(3);
  });

  it('pages through the log', async () => {
    const start = Date.UTC(2026, 0, 1);
    await app.prisma.auditLogEntry.createMany({
      data: Array.from({ length: 7 }, (_, i) => ({
        cityId: alpha.id,
        userId: ownerA.id,
        userDisplayName: ownerA.displayName,
        operation: `op${i}`,
        outcome: 'OK',
        createdAt: new Date(start + i * 60_000),
      })),
    });
    const admin = await app.login('admin@alpha.test');
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res = await app.gql(
        AUDIT_LOG,
        { cityId: cityGid(alpha), first: 3, after },
        { cookie: admin },
      );
      const page = res.data.auditLog;
      seen.push(...page.edges.map((e: { node: { operation: string } }) => e.node.operation));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(['login', 'op6', 'op5', 'op4', 'op3', 'op2', 'op1', 'op0']);
  });

  it('answers the mutation even when the log cannot be written', async () => {
    const admin = await app.login('admin@alpha.test');
    await app.prisma.$executeRawUnsafe('ALTER TABLE "AuditLogEntry" RENAME TO "AuditLogAway"');
    try {
      const invited = await app.gql(
        INVITE_MEMBER,
        { cityId: cityGid(alpha), email: 'nora@example.test', role: 'COORDINATOR' },
        { cookie: admin },
      );
      expect(invited.errors).toBeUndefined();
      expect(invited.data.inviteMember.__typename).toBe('MutationInviteMemberSuccess');
    } finally {
      await app.prisma.$executeRawUnsafe('ALTER TABLE "AuditLogAway" RENAME TO "AuditLogEntry"');
    }
  });

  /** An entry's who, where, what and how (its target checked by the caller). */
  function base(user: User | null, city: City | null, operation: string, outcome = 'OK') {
    return {
      userId: user?.id ?? null,
      userDisplayName: user?.displayName ?? null,
      cityId: city?.id ?? null,
      operation,
      outcome,
    };
  }
});
