import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { City } from '../src/generated/prisma/client.ts';
import { tenantData } from './support/fixtures.ts';
import {
  CREATE_PARTNERSHIP,
  errorCodes,
  INVITE_CITY,
  memberStatuses,
  NODE,
  PARTNERSHIPS,
  REMOVE_CITY,
  RESPOND_TO_PARTNERSHIP,
  UPDATE_PARTNERSHIP,
} from './support/operations.ts';
import { createTestApp, globalId, type TestApp } from './support/testApp.ts';

interface PartnershipView {
  id: string;
  name: string;
  version: number;
  viewerCanManage: boolean;
  members: { status: string; viewerCanRespond: boolean; city: { slug: string } }[];
}

describe('partnerships between cities', () => {
  let app: TestApp;
  let cities: Record<'alpha' | 'beta' | 'gamma', City>;
  let cookies: Record<'adminA' | 'ownerA' | 'adminB' | 'ownerB' | 'adminC', string>;

  beforeEach(async () => {
    app = await createTestApp();
    const { a, b } = await app.seed.twoCities();
    const gamma = await app.seed.city('gamma', 'Gammaheim');
    await app.seed.user('admin@gamma.test', [{ cityId: gamma.id, role: 'CITY_ADMIN' }]);
    cities = { alpha: a, beta: b, gamma };
    cookies = {
      adminA: await app.login('admin@alpha.test'),
      ownerA: await app.login('owner@alpha.test'),
      adminB: await app.login('admin@beta.test'),
      ownerB: await app.login('owner@beta.test'),
      adminC: await app.login('admin@gamma.test'),
    };
  });
  afterEach(() => app.close());

  const cityId = (slug: keyof typeof cities) => globalId('City', cities[slug].id);

  /** Alpha's admin founds a partnership and invites beta and gamma. */
  async function found(name = 'Digitale Verwaltung'): Promise<PartnershipView> {
    const res = await app.gql(
      CREATE_PARTNERSHIP,
      {
        leadCityId: cityId('alpha'),
        name,
        description: 'Gemeinsam Prozesse modellieren',
        invitedCityIds: [cityId('beta'), cityId('gamma')],
      },
      { cookie: cookies.adminA },
    );
    expect(res.data.createPartnership.__typename).toBe('MutationCreatePartnershipSuccess');
    return res.data.createPartnership.data;
  }

  /** The partnerships `cookie`'s user sees, by name. */
  async function visibleTo(cookie: string): Promise<Record<string, PartnershipView>> {
    const res = await app.gql(PARTNERSHIPS, {}, { cookie });
    expect(res.errors).toBeUndefined();
    return Object.fromEntries(
      res.data.partnerships.edges.map((e: { node: PartnershipView }) => [e.node.name, e.node]),
    );
  }

  async function respond(partnership: PartnershipView, slug: 'beta' | 'gamma', accept: boolean) {
    const cookie = slug === 'beta' ? cookies.adminB : cookies.adminC;
    const res = await app.gql(
      RESPOND_TO_PARTNERSHIP,
      { partnershipId: partnership.id, cityId: cityId(slug), accept },
      { cookie },
    );
    return res.data.respondToPartnershipInvitation;
  }

  it("is founded by the lead city's admin, with the lead accepted and the others invited", async () => {
    const partnership = await found();
    expect(partnership).toMatchObject({
      name: 'Digitale Verwaltung',
      description: 'Gemeinsam Prozesse modellieren',
      version: 1,
      viewerCanManage: true,
      leadCity: { slug: 'alpha' },
    });
    expect(memberStatuses(partnership)).toEqual({
      alpha: 'ACCEPTED',
      beta: 'INVITED',
      gamma: 'INVITED',
    });
    // Alpha's admin cannot answer for the invited cities.
    expect(partnership.members.every((m) => !m.viewerCanRespond)).toBe(true);
  });

  it('cannot be founded by a member who is not a city admin', async () => {
    const before = await tenantData(app);
    const res = await app.gql(
      CREATE_PARTNERSHIP,
      { leadCityId: cityId('alpha'), name: 'Eigenmächtig' },
      { cookie: cookies.ownerA },
    );
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(await tenantData(app)).toEqual(before);
  });

  it('rejects a too-short name and an unknown invited city', async () => {
    const before = await tenantData(app);
    const short = await app.gql(
      CREATE_PARTNERSHIP,
      { leadCityId: cityId('alpha'), name: ' ab ' },
      { cookie: cookies.adminA },
    );
    expect(short.data.createPartnership).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: 'name', message: 'Use at least 3 characters.' }],
    });

    const unknown = await app.gql(
      CREATE_PARTNERSHIP,
      {
        leadCityId: cityId('alpha'),
        name: 'Mit Phantom',
        invitedCityIds: [globalId('City', '00000000-0000-4000-8000-000000000000')],
      },
      { cookie: cookies.adminA },
    );
    expect(unknown.data.createPartnership).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'City',
    });
    expect(await tenantData(app)).toEqual(before);
  });

  it('shows the invitation to every member of an invited city; only its admin may answer', async () => {
    await found();
    const forAdmin = (await visibleTo(cookies.adminB))['Digitale Verwaltung'];
    expect(forAdmin?.viewerCanManage).toBe(false);
    expect(forAdmin?.members.find((m) => m.city.slug === 'beta')).toEqual({
      status: 'INVITED',
      viewerCanRespond: true,
      city: { slug: 'beta' },
    });
    expect(forAdmin?.members.find((m) => m.city.slug === 'gamma')?.viewerCanRespond).toBe(false);

    const forOwner = (await visibleTo(cookies.ownerB))['Digitale Verwaltung'];
    expect(forOwner?.members.find((m) => m.city.slug === 'beta')).toMatchObject({
      status: 'INVITED',
      viewerCanRespond: false,
    });
    const ownerAnswers = await app.gql(
      RESPOND_TO_PARTNERSHIP,
      { partnershipId: forOwner?.id, cityId: cityId('beta'), accept: true },
      { cookie: cookies.ownerB },
    );
    expect(errorCodes(ownerAnswers)).toEqual(['FORBIDDEN']);
  });

  it('is joined by an invited city that accepts, once', async () => {
    const partnership = await found();
    const accepted = await respond(partnership, 'beta', true);
    expect(accepted.__typename).toBe('MutationRespondToPartnershipInvitationSuccess');
    expect(memberStatuses(accepted.data)).toMatchObject({ beta: 'ACCEPTED', gamma: 'INVITED' });
    expect(
      accepted.data.members.find((m: { city: { slug: string } }) => m.city.slug === 'beta'),
    ).toMatchObject({ viewerCanRespond: false });

    const again = await respond(partnership, 'beta', false);
    expect(again).toMatchObject({ __typename: 'ConflictError', reason: 'INVITATION_NOT_PENDING' });
    const member = await app.prisma.partnershipMember.findFirstOrThrow({
      where: { cityId: cities.beta.id },
    });
    expect(member.status).toBe('ACCEPTED');
    expect(member.respondedAt).toBeInstanceOf(Date);
  });

  it('disappears for a city that declines, and can be offered again', async () => {
    const partnership = await found();
    const declined = await respond(partnership, 'gamma', false);
    expect(memberStatuses(declined.data)).toMatchObject({ gamma: 'DECLINED' });

    expect(await visibleTo(cookies.adminC)).toEqual({});
    const node = await app.gql(NODE, { id: partnership.id }, { cookie: cookies.adminC });
    expect(errorCodes(node)).toEqual(['FORBIDDEN']);
    const answerAgain = await respond(partnership, 'gamma', true);
    expect(answerAgain).toMatchObject({ __typename: 'NotFoundError', entity: 'Partnership' });

    // The lead still sees the refusal, and may invite gamma again.
    const forLead = (await visibleTo(cookies.adminA))['Digitale Verwaltung'];
    expect(memberStatuses(forLead as PartnershipView)).toMatchObject({ gamma: 'DECLINED' });
    const reinvited = await app.gql(
      INVITE_CITY,
      { partnershipId: partnership.id, cityId: cityId('gamma') },
      { cookie: cookies.adminA },
    );
    expect(memberStatuses(reinvited.data.inviteCityToPartnership.data)).toMatchObject({
      gamma: 'INVITED',
    });
    expect(Object.keys(await visibleTo(cookies.adminC))).toEqual(['Digitale Verwaltung']);
  });

  it('invites a further city, but not one already invited or in it', async () => {
    const partnership = await app.gql(
      CREATE_PARTNERSHIP,
      { leadCityId: cityId('alpha'), name: 'Klein anfangen' },
      { cookie: cookies.adminA },
    );
    const partnershipId = partnership.data.createPartnership.data.id;
    expect(memberStatuses(partnership.data.createPartnership.data)).toEqual({ alpha: 'ACCEPTED' });
    expect(await visibleTo(cookies.adminB)).toEqual({});

    const invited = await app.gql(
      INVITE_CITY,
      { partnershipId, cityId: cityId('beta') },
      { cookie: cookies.adminA },
    );
    expect(memberStatuses(invited.data.inviteCityToPartnership.data)).toEqual({
      alpha: 'ACCEPTED',
      beta: 'INVITED',
    });
    expect(Object.keys(await visibleTo(cookies.adminB))).toEqual(['Klein anfangen']);

    for (const slug of ['beta', 'alpha'] as const) {
      const twice = await app.gql(
        INVITE_CITY,
        { partnershipId, cityId: cityId(slug) },
        { cookie: cookies.adminA },
      );
      expect(twice.data.inviteCityToPartnership).toMatchObject({
        __typename: 'ConflictError',
        reason: 'ALREADY_PARTNER',
      });
    }
  });

  it('cannot be left by its lead city', async () => {
    const partnership = await found();
    const before = await tenantData(app);
    const res = await app.gql(
      REMOVE_CITY,
      { partnershipId: partnership.id, cityId: cityId('alpha') },
      { cookie: cookies.adminA },
    );
    expect(res.data.removeCityFromPartnership).toMatchObject({
      __typename: 'ConflictError',
      reason: 'LEAD_CITY_CANNOT_LEAVE',
    });
    expect(await tenantData(app)).toEqual(before);
  });

  it('can be left by a partner, and a partner can be removed by the lead', async () => {
    const partnership = await found();
    await respond(partnership, 'beta', true);

    const left = await app.gql(
      REMOVE_CITY,
      { partnershipId: partnership.id, cityId: cityId('beta') },
      { cookie: cookies.adminB },
    );
    expect(left.data.removeCityFromPartnership).toEqual({
      __typename: 'MutationRemoveCityFromPartnershipSuccess',
      data: partnership.id,
    });
    expect(await visibleTo(cookies.ownerB)).toEqual({});

    const removed = await app.gql(
      REMOVE_CITY,
      { partnershipId: partnership.id, cityId: cityId('gamma') },
      { cookie: cookies.adminA },
    );
    expect(removed.data.removeCityFromPartnership.data).toBe(partnership.id);
    const forLead = (await visibleTo(cookies.adminA))['Digitale Verwaltung'];
    expect(memberStatuses(forLead as PartnershipView)).toEqual({ alpha: 'ACCEPTED' });
  });

  it('is renamed by the lead; a stale version is refused and changes nothing', async () => {
    const partnership = await found();
    const renamed = await app.gql(
      UPDATE_PARTNERSHIP,
      {
        partnershipId: partnership.id,
        name: 'Digitales Rathaus',
        description: 'Neu',
        version: 1,
      },
      { cookie: cookies.adminA },
    );
    expect(renamed.data.updatePartnership.data).toMatchObject({
      name: 'Digitales Rathaus',
      description: 'Neu',
      version: 2,
    });

    const before = await tenantData(app);
    const stale = await app.gql(
      UPDATE_PARTNERSHIP,
      { partnershipId: partnership.id, name: 'Überschrieben', description: '', version: 1 },
      { cookie: cookies.adminA },
    );
    expect(stale.data.updatePartnership).toMatchObject({
      __typename: 'VersionConflictError',
      entity: 'Partnership',
      currentVersion: 2,
    });
    expect(await tenantData(app)).toEqual(before);
  });

  it('is not renamed to a too-short name', async () => {
    const partnership = await found();
    const before = await tenantData(app);
    const res = await app.gql(
      UPDATE_PARTNERSHIP,
      { partnershipId: partnership.id, name: 'xy', description: '', version: 1 },
      { cookie: cookies.adminA },
    );
    expect(res.data.updatePartnership).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: 'name', message: 'Use at least 3 characters.' }],
    });
    expect(await tenantData(app)).toEqual(before);
  });
});
