import { FUNDING_COST_CATEGORIES } from '@amtsweg/shared/funding';
import { InputValidationError } from '@pothos/plugin-validation';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFundingProgramme } from '../src/funding/programmes.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { FundingCostCategory } from '../src/generated/prisma/enums.ts';
import { createTestApp, type GraphqlResponse, globalId, type TestApp } from './support/testApp.ts';

const LIST = `{ fundingProgrammes {
  id name funder callUrl rateBasisPoints capPerMunicipality capPerApplication
  minOwnShareBasisPoints eligibleCategories deadline requiredDocuments notes createdAt
} }`;

const CREATE = `mutation($input: CreateFundingProgrammeInput!) {
  createFundingProgramme(input: $input) {
    __typename
    ... on MutationCreateFundingProgrammeSuccess {
      data { id name funder callUrl rateBasisPoints capPerMunicipality capPerApplication
        minOwnShareBasisPoints eligibleCategories deadline requiredDocuments notes }
    }
    ... on ValidationError { message fieldErrors { path message } }
  }
}`;

const zukunftskommune = {
  name: 'Digitale Zukunftskommune@bw',
  funder: 'Ministerium des Inneren, für Digitalisierung und Kommunen Baden-Württemberg',
  callUrl: 'https://www.digitale-zukunftskommune.de/foerderaufruf',
  rateBasisPoints: 8000,
  capPerMunicipality: '4000000',
  eligibleCategories: ['PERSONNEL', 'EXTERNAL_SERVICES', 'HARDWARE_SOFTWARE', 'TRAINING'],
  deadline: '2027-01-20',
  requiredDocuments: ['Projektbeschreibung', 'Kosten- und Finanzierungsplan'],
};

function errorCodes(res: GraphqlResponse) {
  return (res.errors ?? []).map((e) => e.extensions?.code);
}

describe('funding programmes', () => {
  let app: TestApp;
  let seeded: Awaited<ReturnType<TestApp['seed']['twoCities']>>;
  beforeEach(async () => {
    app = await createTestApp();
    seeded = await app.seed.twoCities();
    await app.seed.user('funding@beta.test', [{ cityId: seeded.b.id, role: 'FUNDING_OFFICER' }]);
    await app.seed.user('admin@amtsweg.test', [], true);
  });
  afterEach(() => app.close());

  async function create(email: string, input: Record<string, unknown>) {
    return app.gql(CREATE, { input }, { cookie: await app.login(email) });
  }

  it('lets a funding officer add a programme, which users of every city then see', async () => {
    const res = await create('funding@beta.test', {
      ...zukunftskommune,
      name: '  Digitale Zukunftskommune@bw ',
      notes: 'Aufruf 2027',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.createFundingProgramme).toEqual({
      __typename: 'MutationCreateFundingProgrammeSuccess',
      data: {
        ...zukunftskommune,
        id: expect.any(String),
        capPerApplication: null,
        minOwnShareBasisPoints: null,
        notes: 'Aufruf 2027',
      },
    });
    const stored = await app.prisma.fundingProgramme.findFirstOrThrow();
    expect(stored.capPerMunicipalityCents).toBe(4_000_000n);
    expect(stored.createdById).toBe(
      (await app.prisma.user.findUniqueOrThrow({ where: { email: 'funding@beta.test' } })).id,
    );

    const seen = [];
    for (const email of ['owner@alpha.test', 'owner@beta.test']) {
      const list = await app.gql(LIST, {}, { cookie: await app.login(email) });
      expect(list.errors).toBeUndefined();
      seen.push(list.data.fundingProgrammes);
    }
    expect(seen[0]).toHaveLength(1);
    expect(seen[0][0]).toMatchObject({ ...zukunftskommune, notes: 'Aufruf 2027' });
    expect(seen[1]).toEqual(seen[0]);
  });

  it('lets a global admin add a programme', async () => {
    const res = await create('admin@amtsweg.test', {
      name: 'Modellprojekte Smart Cities – Digitale Verwaltung',
      funder: 'Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen',
      rateBasisPoints: 6500,
      capPerApplication: '150000000',
      minOwnShareBasisPoints: 1000,
      eligibleCategories: ['EXTERNAL_SERVICES'],
      requiredDocuments: [],
    });
    expect(res.data.createFundingProgramme.data).toMatchObject({
      callUrl: null,
      deadline: null,
      capPerMunicipality: null,
      capPerApplication: '150000000',
      minOwnShareBasisPoints: 1000,
      notes: '',
    });
  });

  it('refuses signed-out users and users without the funding role, storing nothing', async () => {
    const anonymous = await app.gql(LIST);
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await app.gql(CREATE, { input: zukunftskommune }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    for (const email of ['owner@alpha.test', 'admin@alpha.test']) {
      const res = await create(email, zukunftskommune);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(res.data).toBeNull();
    }
    expect(await app.prisma.fundingProgramme.count()).toBe(0);
  });

  it('rejects invalid input with field errors, storing nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ rateBasisPoints: 0 }, 'input.rateBasisPoints'],
      [{ rateBasisPoints: 10_001 }, 'input.rateBasisPoints'],
      [{ minOwnShareBasisPoints: -1 }, 'input.minOwnShareBasisPoints'],
      [{ minOwnShareBasisPoints: 10_001 }, 'input.minOwnShareBasisPoints'],
      [{ eligibleCategories: [] }, 'input.eligibleCategories'],
      [{ capPerMunicipality: '0' }, 'input.capPerMunicipality'],
      [{ capPerApplication: '0' }, 'input.capPerApplication'],
      [{ callUrl: 'ftp://example.org/aufruf' }, 'input.callUrl'],
      [{ callUrl: 'keine Adresse' }, 'input.callUrl'],
      [{ name: '   ' }, 'input.name'],
      [{ name: 'x'.repeat(201) }, 'input.name'],
      [{ funder: '' }, 'input.funder'],
      [{ requiredDocuments: ['Antrag', 'antrag'] }, 'input.requiredDocuments'],
      [{ requiredDocuments: [''] }, 'input.requiredDocuments.0'],
      [
        { requiredDocuments: Array.from({ length: 51 }, (_, i) => `Anlage ${i}`) },
        'input.requiredDocuments',
      ],
      [{ notes: 'x'.repeat(5001) }, 'input.notes'],
    ];
    for (const [change, path] of cases) {
      const res = await create('funding@beta.test', { ...zukunftskommune, ...change });
      expect(res.data.createFundingProgramme.__typename, JSON.stringify(change)).toBe(
        'ValidationError',
      );
      expect(
        res.data.createFundingProgramme.fieldErrors.map((e: { path: string }) => e.path),
      ).toEqual([path]);
    }
    const res = await create('funding@beta.test', { ...zukunftskommune, rateBasisPoints: 0 });
    expect(res.data.createFundingProgramme.fieldErrors).toEqual([
      { path: 'input.rateBasisPoints', message: 'The funding rate must be above 0 %.' },
    ]);
    expect(await app.prisma.fundingProgramme.count()).toBe(0);
  });

  it('rejects malformed amounts and dates as GraphQL input errors', async () => {
    const cookie = await app.login('funding@beta.test');
    const bad: Record<string, unknown>[] = [
      { capPerMunicipality: '-100' },
      { capPerMunicipality: '12.5' },
      { capPerMunicipality: 12.5 },
      { capPerMunicipality: -1 },
      { capPerApplication: '1e6' },
      { capPerApplication: '' },
      { capPerApplication: '1000000000000000' },
      { deadline: '2027-02-30' },
      { deadline: '20.01.2027' },
      { deadline: '2027-1-20' },
    ];
    for (const change of bad) {
      const res = await app.gql(CREATE, { input: { ...zukunftskommune, ...change } }, { cookie });
      expect(res.data, JSON.stringify(change)).toBeUndefined();
      expect(res.errors?.[0]?.message).toMatch(/Cents must be|Date must be/);
    }
    const literal = await app.gql(
      `mutation { createFundingProgramme(input: {
        name: "X", funder: "Y", rateBasisPoints: 5000, eligibleCategories: [TRAINING],
        requiredDocuments: [], capPerMunicipality: "1.50" }) { __typename } }`,
      {},
      { cookie },
    );
    expect(literal.errors?.[0]?.message).toMatch(/Cents must be/);
    expect(await app.prisma.fundingProgramme.count()).toBe(0);
  });

  it('keeps the largest amount exact and refuses more than 15 digits', async () => {
    const largest = '999999999999999';
    const tooLong = await create('funding@beta.test', {
      ...zukunftskommune,
      capPerApplication: '9007199254740993',
    });
    expect(tooLong.errors?.[0]?.message).toMatch(/Cents must be/);

    const res = await create('funding@beta.test', {
      ...zukunftskommune,
      capPerMunicipality: largest,
      capPerApplication: largest,
    });
    expect(res.data.createFundingProgramme.data).toMatchObject({
      capPerMunicipality: largest,
      capPerApplication: largest,
    });
    const stored = await app.prisma.fundingProgramme.findFirstOrThrow();
    expect(stored.capPerMunicipalityCents).toBe(999_999_999_999_999n);
    const list = await app.gql(LIST, {}, { cookie: await app.login('owner@alpha.test') });
    expect(list.data.fundingProgrammes[0].capPerApplication).toBe(largest);
  });

  it('refuses a second programme whose name differs only in case', async () => {
    await create('funding@beta.test', zukunftskommune);
    const res = await create('admin@amtsweg.test', {
      ...zukunftskommune,
      name: ' DIGITALE zukunftskommune@BW',
    });
    expect(res.data.createFundingProgramme).toEqual({
      __typename: 'ValidationError',
      message: expect.any(String),
      fieldErrors: [
        { path: 'input.name', message: 'A funding programme with this name exists already.' },
      ],
    });
    expect(await app.prisma.fundingProgramme.count()).toBe(1);
  });

  it('holds the database to unique names regardless of case, also under a race', async () => {
    await create('funding@beta.test', zukunftskommune);
    await expect(
      app.prisma.fundingProgramme.create({
        data: { ...programmeRow(), name: zukunftskommune.name.toUpperCase() },
      }),
    ).rejects.toMatchObject({ code: 'P2002' });

    // A concurrent request stored the name between our check and our insert.
    const checkMissedIt = app.prisma.$extends({
      query: { fundingProgramme: { findFirst: async () => null } },
    }) as unknown as PrismaClient;
    const error = await createFundingProgramme(
      checkMissedIt,
      { ...programmeRow(), name: 'digitale zukunftskommune@bw' },
      null,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputValidationError);
    expect((error as InputValidationError).issues).toEqual([
      { path: ['input', 'name'], message: 'A funding programme with this name exists already.' },
    ]);
    expect(await app.prisma.fundingProgramme.count()).toBe(1);
  });

  it('lists deadlines soonest first, programmes without deadline last, then by name', async () => {
    const rows = [
      { name: 'Ohne Frist B', deadline: null },
      { name: 'Spät', deadline: new Date('2027-06-30') },
      { name: 'Ohne Frist A', deadline: null },
      { name: 'Früh Z', deadline: new Date('2027-01-15') },
      { name: 'Früh A', deadline: new Date('2027-01-15') },
    ];
    for (const row of rows) {
      await app.prisma.fundingProgramme.create({ data: { ...programmeRow(), ...row } });
    }
    const res = await app.gql(LIST, {}, { cookie: await app.login('owner@alpha.test') });
    expect(
      res.data.fundingProgrammes.map((p: { name: string; deadline: string | null }) => [
        p.name,
        p.deadline,
      ]),
    ).toEqual([
      ['Früh A', '2027-01-15'],
      ['Früh Z', '2027-01-15'],
      ['Spät', '2027-06-30'],
      ['Ohne Frist A', null],
      ['Ohne Frist B', null],
    ]);
  });

  it('answers node(id:) for signed-in users only', async () => {
    const row = await app.prisma.fundingProgramme.create({ data: programmeRow() });
    const query = 'query($id: ID!) { node(id: $id) { id ... on FundingProgramme { name } } }';
    const id = globalId('FundingProgramme', row.id);
    const res = await app.gql(query, { id }, { cookie: await app.login('owner@beta.test') });
    expect(res.data.node).toEqual({ id, name: 'Programm' });
    expect(errorCodes(await app.gql(query, { id }))).toEqual(['UNAUTHENTICATED']);
  });

  it('names the same cost categories in the database as the grant computation', () => {
    expect(Object.values(FundingCostCategory)).toEqual([...FUNDING_COST_CATEGORIES]);
  });
});

function programmeRow() {
  return {
    name: 'Programm',
    funder: 'Land',
    rateBasisPoints: 5000,
    eligibleCategories: ['TRAINING' as const],
    requiredDocuments: [],
  };
}
