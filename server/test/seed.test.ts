import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoCities } from '../src/seed/demoData.ts';
import { ProductionSeedError, seedDemoData } from '../src/seed/seed.ts';
import { createTestApp, type TestApp } from './support/testApp.ts';

describe('demo data', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await createTestApp();
  });
  afterEach(() => app.close());

  it('creates the seven cities, the role accounts and the partnerships, once', async () => {
    await seedDemoData(app.prisma, { NODE_ENV: 'test' });
    await seedDemoData(app.prisma, { NODE_ENV: 'test' });
    expect(await app.prisma.city.count()).toBe(7);
    expect(await app.prisma.user.count()).toBe(7 * 4 + 1);
    expect(await app.prisma.fundingProgramme.count()).toBe(2);

    const slugs = (await app.prisma.city.findMany({ orderBy: { slug: 'asc' } })).map((c) => c.slug);
    expect(slugs).toEqual(demoCities.map((c) => c.slug).sort());

    const cookie = await app.login('funding@guetersloh.demo', DEMO_PASSWORD);
    const me = await app.gql('{ me { memberships { role city { name } } } }', {}, { cookie });
    expect(me.data.me.memberships).toEqual([
      { role: 'FUNDING_OFFICER', city: { name: 'Gütersloh' } },
    ]);

    const owner = await app.login('owner@boeblingen.demo', DEMO_PASSWORD);
    const partnerships = await app.gql(
      '{ partnerships(first: 10) { edges { node { name members { status city { slug } } } } } }',
      {},
      { cookie: owner },
    );
    expect(partnerships.data.partnerships.edges).toEqual([
      {
        node: {
          name: 'Digitalisierungsverbund Neckar',
          members: ['boeblingen', 'esslingen', 'ludwigsburg', 'waiblingen'].map((slug) => ({
            status: 'ACCEPTED',
            city: { slug },
          })),
        },
      },
    ]);
  });

  it('signs in the global admin, who sees every partnership', async () => {
    await seedDemoData(app.prisma, { NODE_ENV: 'test' });
    const cookie = await app.login('admin@amtsweg.demo', DEMO_PASSWORD);
    const res = await app.gql(
      '{ me { isGlobalAdmin } partnerships(first: 10) { edges { node { name } } } }',
      {},
      { cookie },
    );
    expect(res.data.me.isGlobalAdmin).toBe(true);
    expect(res.data.partnerships.edges).toHaveLength(2);
  });

  it('includes process models shared as the demo story needs', async () => {
    await seedDemoData(app.prisma, { NODE_ENV: 'test' });
    const list = async (email: string) => {
      const cookie = await app.login(email, DEMO_PASSWORD);
      const res = await app.gql(
        '{ processModels(first: 20) { edges { node { title city { slug } adoptedFrom { cityName } } } } }',
        {},
        { cookie },
      );
      return res.data.processModels.edges
        .map(
          (e: { node: { title: string; city: { slug: string } } }) =>
            `${e.node.city.slug}:${e.node.title}`,
        )
        .sort();
    };
    expect(await list('owner@ludwigsburg.demo')).toEqual([
      'erkelenz:Anwohnerparkausweis beantragen',
      'esslingen:Bewohnerparkausweis beantragen',
      'esslingen:Gewerbeanmeldung',
      'ettlingen:Gewerbeanmeldung online',
      'ettlingen:Hundesteueranmeldung',
      'guetersloh:Gewerbeanmeldung nach § 14 GewO',
      'ludwigsburg:Bewohnerparkausweis',
      'ludwigsburg:Gewerbeanmeldung',
      'waiblingen:Anwohnerparkausweis',
      'waiblingen:Gewerbe anmelden',
      'waiblingen:Hund zur Hundesteuer anmelden',
    ]);
    expect(await list('owner@ettlingen.demo')).toEqual([
      'erkelenz:Anwohnerparkausweis beantragen',
      'ettlingen:Gewerbeanmeldung online',
      'ettlingen:Hundesteueranmeldung',
      'guetersloh:Gewerbeanmeldung nach § 14 GewO',
      'ludwigsburg:Bewohnerparkausweis',
      'waiblingen:Anwohnerparkausweis',
      'waiblingen:Hund zur Hundesteuer anmelden',
    ]);
    expect(await list('owner@boeblingen.demo')).toEqual([
      'boeblingen:Hundesteuer-Anmeldung',
      'erkelenz:Anwohnerparkausweis beantragen',
      'esslingen:Bewohnerparkausweis beantragen',
      'esslingen:Gewerbeanmeldung',
      'ettlingen:Gewerbeanmeldung online',
      'ettlingen:Hundesteueranmeldung',
      'guetersloh:Gewerbeanmeldung nach § 14 GewO',
      'ludwigsburg:Bewohnerparkausweis',
      'waiblingen:Anwohnerparkausweis',
      'waiblingen:Gewerbe anmelden',
      'waiblingen:Hund zur Hundesteuer anmelden',
    ]);
    expect(await list('owner@guetersloh.demo')).toContain('guetersloh:Anmeldung zur Hundesteuer');
    expect(await list('owner@erkelenz.demo')).not.toContain('guetersloh:Anmeldung zur Hundesteuer');
  });

  it('includes two funding programmes with open deadlines, listed soonest first', async () => {
    await seedDemoData(app.prisma, { NODE_ENV: 'test' });
    const cookie = await app.login('funding@esslingen.demo', DEMO_PASSWORD);
    const res = await app.gql(
      '{ fundingProgrammes { name rateBasisPoints capPerMunicipality capPerApplication minOwnShareBasisPoints eligibleCategories deadline } }',
      {},
      { cookie },
    );
    const today = new Date().toISOString().slice(0, 10);
    expect(res.data.fundingProgrammes).toMatchObject([
      {
        name: 'Digitale Zukunftskommune@bw',
        rateBasisPoints: 8000,
        capPerMunicipality: '4000000',
        capPerApplication: null,
        eligibleCategories: ['PERSONNEL', 'EXTERNAL_SERVICES', 'HARDWARE_SOFTWARE', 'TRAINING'],
      },
      {
        name: 'Modellprojekte Smart Cities – Digitale Verwaltung',
        rateBasisPoints: 6500,
        capPerMunicipality: null,
        capPerApplication: '150000000',
        minOwnShareBasisPoints: 1000,
      },
    ]);
    for (const programme of res.data.fundingProgrammes) {
      expect(programme.deadline > today).toBe(true);
    }
  });

  it('is never created in production', async () => {
    await expect(seedDemoData(app.prisma, { NODE_ENV: 'production' })).rejects.toThrow(
      ProductionSeedError,
    );
    expect(await app.prisma.city.count()).toBe(0);
  });
});
