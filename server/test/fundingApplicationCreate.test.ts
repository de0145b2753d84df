import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  APPLICATIONS,
  errorCodes,
  resultOf,
  UPDATE_APPLICATION,
} from './support/fundingOperations.ts';
import {
  accept,
  createApplication,
  newApplication,
  readApplication,
} from './support/fundingSteps.ts';
import { type FundingWorld, fundingData, seedFundingWorld } from './support/fundingWorld.ts';
import { createTestApp, globalId, type TestApp } from './support/testApp.ts';

describe('creating a joint funding application', () => {
  let app: TestApp;
  let w: FundingWorld;
  beforeEach(async () => {
    app = await createTestApp();
    w = await seedFundingWorld(app);
  });
  afterEach(() => app.close());

  it('is led by the funding officer’s city, with the partner cities invited', async () => {
    const created = await newApplication(w, {
      title: '  Digitaler Bauantrag im Verbund ',
      partners: ['ludwigsburg', 'waiblingen'],
    });
    expect(created).toMatchObject({
      title: 'Digitaler Bauantrag im Verbund',
      summary: 'Gemeinsam den Bauantrag digitalisieren',
      status: 'DRAFT',
      version: 1,
      leadCity: { slug: 'esslingen' },
      viewerCanManage: true,
      viewerCanEditBudgetOf: [w.cityId('esslingen')],
      viewerPendingInvitationCityIds: [],
      allowedTransitions: ['INTERNAL_REVIEW'],
      transitions: [],
      snapshots: [],
    });
    // The lead first, then the partners by name.
    expect(created.partners.map((p) => [p.city.slug, p.status, p.isLead])).toEqual([
      ['esslingen', 'ACCEPTED', true],
      ['ludwigsburg', 'INVITED', false],
      ['waiblingen', 'INVITED', false],
    ]);
    // Required documents for the lead, a letter of intent for each invited partner.
    expect(
      created.checklist.map((c) => [c.city.slug, c.requirement, c.isLetterOfIntent, c.state]),
    ).toEqual(
      expect.arrayContaining([
        ['esslingen', 'Projektbeschreibung', false, 'MISSING'],
        ['esslingen', 'Kosten- und Finanzierungsplan', false, 'MISSING'],
        ['ludwigsburg', '', true, 'MISSING'],
        ['waiblingen', '', true, 'MISSING'],
      ]),
    );
    expect(created.checklist).toHaveLength(4);

    const stored = await app.prisma.fundingApplication.findFirstOrThrow();
    expect(stored).toMatchObject({
      title: 'Digitaler Bauantrag im Verbund',
      leadCityId: w.cities.esslingen.id,
      createdById: w.people.elke.id,
    });
    expect(globalId('FundingApplication', stored.id)).toBe(created.id);

    // The invited city's funding officer sees the application and may answer for Ludwigsburg.
    const forLena = await readApplication(w, created.id, 'lena');
    expect(forLena).toMatchObject({
      title: 'Digitaler Bauantrag im Verbund',
      viewerCanManage: false,
      viewerCanEditBudgetOf: [],
      viewerPendingInvitationCityIds: [w.cityId('ludwigsburg')],
      allowedTransitions: [],
    });
    const listed = await w.as('lena', APPLICATIONS);
    expect(listed.data.fundingApplications.map((a: { id: string }) => a.id)).toEqual([created.id]);
  });

  it('lists the lead first, then the partners by name, on every read', async () => {
    const created = await newApplication(w, {
      partners: ['waiblingen', 'tuebingen', 'ludwigsburg'],
    });
    const expected = ['esslingen', 'ludwigsburg', 'tuebingen', 'waiblingen'];
    expect(created.partners.map((p) => p.city.slug)).toEqual(expected);
    for (const person of ['elke', 'lena', 'willi', 'tom'] as const) {
      const read = await readApplication(w, created.id, person);
      expect({ person, order: read?.partners.map((p) => p.city.slug) }).toEqual({
        person,
        order: expected,
      });
    }
    const listed = await w.as('lars', LIST_PARTNERS);
    expect(
      listed.data.fundingApplications[0].partners.map(
        (p: { city: { slug: string } }) => p.city.slug,
      ),
    ).toEqual(expected);
  });

  it('tells the invited cities’ funding officers and admins, nobody else', async () => {
    const created = await newApplication(w, { partners: ['ludwigsburg', 'waiblingen'] });
    const invited = await app.prisma.notification.findMany({
      where: { kind: 'FUNDING_INVITATION' },
      include: { user: true },
    });
    expect(invited.map((n) => n.user.displayName).sort()).toEqual(['lena', 'lisa', 'wanda']);
    const res = await w.as('lena', INVITATION_NOTIFICATIONS);
    expect(res.errors).toBeUndefined();
    expect(res.data.notifications.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        kind: 'FUNDING_INVITATION',
        actorName: 'elke',
        applicationId: created.id,
        applicationTitle: 'Digitaler Bauantrag im Verbund',
        read: false,
      },
    ]);
  });

  it('requires a title of at most 200 characters, storing nothing otherwise', async () => {
    for (const title of ['', '   ', 'x'.repeat(201)]) {
      const res = await createApplication(w, { title });
      expect(resultOf(res), JSON.stringify(title)).toMatchObject({
        __typename: 'ValidationError',
        fieldErrors: [{ path: 'input.title', message: expect.any(String) }],
      });
    }
    expect(await app.prisma.fundingApplication.count()).toBe(0);
    const longest = await newApplication(w, { title: ` ${'x'.repeat(200)} ` });
    expect(longest.title).toBe('x'.repeat(200));
  });

  it('requires an existing programme and existing partner cities', async () => {
    const phantom = '00000000-0000-4000-8000-000000000000';
    const noProgramme = await w.as('elke', CREATE_APPLICATION_RAW, {
      input: {
        programmeId: globalId('FundingProgramme', phantom),
        title: 'Ohne Programm',
        leadCityId: w.cityId('esslingen'),
      },
    });
    expect(resultOf(noProgramme)).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'FundingProgramme',
    });
    const noCity = await w.as('elke', CREATE_APPLICATION_RAW, {
      input: {
        programmeId: globalId('FundingProgramme', w.programme.id),
        title: 'Mit Phantomstadt',
        leadCityId: w.cityId('esslingen'),
        partnerCityIds: [globalId('City', phantom)],
      },
    });
    expect(resultOf(noCity)).toMatchObject({ __typename: 'NotFoundError', entity: 'City' });
    const leadTwice = await createApplication(w, { partners: ['ludwigsburg', 'esslingen'] });
    expect(resultOf(leadTwice)).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: 'input.partnerCityIds', message: expect.any(String) }],
    });
    expect(await app.prisma.fundingApplication.count()).toBe(0);
  });

  it('is refused to coordinators, process owners and admins, and for a city not one’s own', async () => {
    const before = await fundingData(app);
    for (const as of ['emil', 'erik', 'eva'] as const) {
      const res = await createApplication(w, { as });
      expect({ as, codes: errorCodes(res) }).toEqual({ as, codes: ['FORBIDDEN'] });
    }
    // Ludwigsburg's funding officer may not make Esslingen the lead.
    const foreignLead = await createApplication(w, { as: 'lena', lead: 'esslingen' });
    expect(errorCodes(foreignLead)).toEqual(['FORBIDDEN']);
    const anonymous = await app.gql(CREATE_APPLICATION_RAW, {
      input: {
        programmeId: globalId('FundingProgramme', w.programme.id),
        title: 'Anonym',
        leadCityId: w.cityId('esslingen'),
      },
    });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(await fundingData(app)).toEqual(before);
  });

  it('changes title and summary with the version read; a stale version changes nothing', async () => {
    const created = await newApplication(w);
    const update = (expectedVersion: number, title: string) =>
      w.as('elke', UPDATE_APPLICATION, {
        input: {
          applicationId: created.id,
          expectedVersion,
          title,
          summary: 'Neue Zusammenfassung',
          processModelIds: [],
        },
      });
    const renamed = resultOf(await update(1, ' Bauantrag digital '));
    expect(renamed?.data).toMatchObject({
      title: 'Bauantrag digital',
      summary: 'Neue Zusammenfassung',
      version: 2,
    });
    const before = await fundingData(app);
    expect(resultOf(await update(1, 'Überschrieben'))).toMatchObject({
      __typename: 'VersionConflictError',
      currentVersion: 2,
    });
    expect(resultOf(await update(2, ' '))).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: 'input.title' }],
    });
    expect(await fundingData(app)).toEqual(before);
    // Only the lead's funding officer edits the application itself.
    await accept(w, created.id, 'ludwigsburg');
    const byPartner = await w.as('lena', UPDATE_APPLICATION, {
      input: {
        applicationId: created.id,
        expectedVersion: 2,
        title: 'Von Ludwigsburg',
        summary: '',
        processModelIds: [],
      },
    });
    expect(errorCodes(byPartner)).toEqual(['FORBIDDEN']);
    expect((await readApplication(w, created.id))?.title).toBe('Bauantrag digital');
  });
});

const LIST_PARTNERS = '{ fundingApplications { partners { city { slug } } } }';

const INVITATION_NOTIFICATIONS = `{
  notifications(first: 10) {
    edges { node { kind actorName applicationId applicationTitle read } }
  }
}`;

// The create mutation with only a typename and the error fields, for requests that must fail.
const CREATE_APPLICATION_RAW = `mutation($input: CreateFundingApplicationInput!) {
  createFundingApplication(input: $input) {
    __typename
    ... on Error { message }
    ... on NotFoundError { entity }
    ... on ValidationError { fieldErrors { path message } }
    ... on ConflictError { reason }
  }
}`;
