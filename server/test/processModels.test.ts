import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { City } from '../src/generated/prisma/client.ts';
import { linearProcess } from './support/bpmnSamples.ts';
import { createTestApp, globalId, type TestApp } from './support/testApp.ts';

const IMPORT = `mutation($cityId: ID!, $xml: String!, $title: String!, $serviceKey: String,
  $visibility: Visibility, $sharedWith: [ID!], $tags: [String!]) {
  importProcessModel(cityId: $cityId, xml: $xml, title: $title, serviceKey: $serviceKey,
    visibility: $visibility, sharedWithPartnershipIds: $sharedWith, tags: $tags) {
    __typename
    ... on MutationImportProcessModelSuccess {
      data { id title status latestVersion { id number activityCount eventCount gatewayCount laneCount } }
    }
    ... on BpmnImportError { reason message }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;

const SAVE = `mutation($modelId: ID!, $baseVersion: Int!, $xml: String!) {
  saveProcessVersion(modelId: $modelId, baseVersion: $baseVersion, xml: $xml, message: "edit") {
    __typename
    ... on MutationSaveProcessVersionSuccess { data { number activityCount } }
    ... on ProcessVersionConflict { currentVersion latestVersion { number xml } }
    ... on Error { message }
  }
}`;

const LIST = `query($search: String) {
  processModels(first: 50, search: $search) { edges { node { title city { slug } } } }
}`;

function titles(res: { data: { processModels: { edges: { node: { title: string } }[] } } }) {
  return res.data.processModels.edges.map((e) => e.node.title).sort();
}

describe('process models: import, versions, visibility', () => {
  let app: TestApp;
  let alpha: City;
  let beta: City;
  let ownerA: string;

  beforeEach(async () => {
    app = await createTestApp();
    ({ a: alpha, b: beta } = await app.seed.twoCities());
    ownerA = await app.login('owner@alpha.test');
  });
  afterEach(() => app.close());

  async function importAs(cookie: string, city: City, title: string, extra = {}) {
    const res = await app.gql(
      IMPORT,
      {
        cityId: globalId('City', city.id),
        xml: linearProcess(['Antrag prüfen', 'Gebühr erheben']),
        title,
        ...extra,
      },
      { cookie },
    );
    return res.data.importProcessModel;
  }

  it('imports a model as version 1 with its figures', async () => {
    const result = await importAs(ownerA, alpha, 'Gewerbeanmeldung', {
      serviceKey: '99050012104000',
      tags: ['Gewerbe', 'Gewerbe', ' Wirtschaft '],
    });
    expect(result.__typename).toBe('MutationImportProcessModelSuccess');
    expect(result.data).toMatchObject({
      title: 'Gewerbeanmeldung',
      status: 'DRAFT',
      latestVersion: { number: 1, activityCount: 2, eventCount: 2, gatewayCount: 0, laneCount: 0 },
    });
    const stored = await app.prisma.processModel.findFirstOrThrow();
    expect(stored.tags).toEqual(['Gewerbe', 'Wirtschaft']);
  });

  it('rejects input a user can correct, and stores nothing', async () => {
    const notXml = await app.gql(
      IMPORT,
      { cityId: globalId('City', alpha.id), xml: 'hello', title: 'Kaputt' },
      { cookie: ownerA },
    );
    expect(notXml.data.importProcessModel.__typename).toBe('BpmnImportError');
    const badKey = await importAs(ownerA, alpha, 'Mit Schlüssel', { serviceKey: '1234' });
    expect(badKey.__typename).toBe('ValidationError');
    expect(badKey.fieldErrors[0].path).toBe('serviceKey');
    expect(await app.prisma.processModel.count()).toBe(0);
    expect(await app.prisma.processVersion.count()).toBe(0);
  });

  it('lets only the owning city’s process owners import and save', async () => {
    const adminA = await app.login('admin@alpha.test');
    const asAdmin = await app.gql(
      IMPORT,
      { cityId: globalId('City', alpha.id), xml: linearProcess(['A']), title: 'Admin-Modell' },
      { cookie: adminA },
    );
    expect(asAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const model = await importAs(ownerA, alpha, 'Hundesteuer', { visibility: 'PUBLIC' });
    const ownerB = await app.login('owner@beta.test');
    const save = await app.gql(
      SAVE,
      { modelId: model.data.id, baseVersion: 1, xml: linearProcess(['A', 'B', 'C']) },
      { cookie: ownerB },
    );
    expect(save.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await app.prisma.processVersion.count()).toBe(1);
  });

  it('answers a save on an outdated base with the newer version and keeps both', async () => {
    const model = await importAs(ownerA, alpha, 'Anwohnerparkausweis');
    const first = await app.gql(
      SAVE,
      { modelId: model.data.id, baseVersion: 1, xml: linearProcess(['A', 'B', 'C']) },
      { cookie: ownerA },
    );
    expect(first.data.saveProcessVersion).toEqual({
      __typename: 'MutationSaveProcessVersionSuccess',
      data: { number: 2, activityCount: 3 },
    });
    const stale = await app.gql(
      SAVE,
      { modelId: model.data.id, baseVersion: 1, xml: linearProcess(['X']) },
      { cookie: ownerA },
    );
    expect(stale.data.saveProcessVersion.__typename).toBe('ProcessVersionConflict');
    expect(stale.data.saveProcessVersion.currentVersion).toBe(2);
    expect(stale.data.saveProcessVersion.latestVersion.xml).toContain('name="C"');
    const again = await app.gql(
      SAVE,
      { modelId: model.data.id, baseVersion: 2, xml: linearProcess(['A', 'B', 'C', 'X']) },
      { cookie: ownerA },
    );
    expect(again.data.saveProcessVersion.data.number).toBe(3);
  });

  it('lets exactly one of 20 concurrent saves on the same base win, without gaps', async () => {
    const model = await importAs(ownerA, alpha, 'Wohngeld');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        app.gql(
          SAVE,
          { modelId: model.data.id, baseVersion: 1, xml: linearProcess([`Schritt ${i}`]) },
          { cookie: ownerA },
        ),
      ),
    );
    const kinds = results.map((r) => r.data.saveProcessVersion.__typename);
    expect(kinds.filter((k) => k === 'MutationSaveProcessVersionSuccess')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'ProcessVersionConflict')).toHaveLength(19);
    const numbers = (await app.prisma.processVersion.findMany({ orderBy: { number: 'asc' } })).map(
      (v) => v.number,
    );
    expect(numbers).toEqual([1, 2]);
  });

  it('keeps PRIVATE models inside the city, everywhere', async () => {
    const model = await importAs(ownerA, alpha, 'Geheimes Verfahren');
    const ownerB = await app.login('owner@beta.test');
    expect(titles(await app.gql(LIST, {}, { cookie: ownerB }))).toEqual([]);
    expect(titles(await app.gql(LIST, { search: 'Verfahren' }, { cookie: ownerB }))).toEqual([]);
    expect(titles(await app.gql(LIST, {}, { cookie: ownerA }))).toEqual(['Geheimes Verfahren']);
    const direct = await app.gql(
      'query($id: ID!) { processModel(id: $id) { title } }',
      { id: model.data.id },
      { cookie: ownerB },
    );
    expect(direct.data.processModel).toBeNull();
    const node = await app.gql(
      'query($id: ID!) { node(id: $id) { ... on ProcessModel { title } } }',
      { id: model.data.id },
      { cookie: ownerB },
    );
    expect(node.data?.node ?? null).toBeNull();
    const version = await app.gql(
      'query($id: ID!) { node(id: $id) { ... on ProcessVersion { xml } } }',
      { id: model.data.latestVersion.id },
      { cookie: ownerB },
    );
    expect(version.data?.node ?? null).toBeNull();
    expect(JSON.stringify(version)).not.toContain('Antrag');
  });

  it('shows PARTNERS models only to the chosen partnerships’ cities', async () => {
    const gamma = await app.seed.city('gamma', 'Gammaheim');
    await app.seed.user('owner@gamma.test', [{ cityId: gamma.id, role: 'PROCESS_OWNER' }]);
    const partnership = await app.prisma.partnership.create({
      data: {
        name: 'Verbund Alpha-Beta',
        leadCityId: alpha.id,
        members: {
          create: [
            { cityId: alpha.id, status: 'ACCEPTED' },
            { cityId: beta.id, status: 'ACCEPTED' },
            { cityId: gamma.id, status: 'INVITED' },
          ],
        },
      },
    });
    const result = await importAs(ownerA, alpha, 'Geteiltes Verfahren', {
      visibility: 'PARTNERS',
      sharedWith: [globalId('Partnership', partnership.id)],
    });
    expect(result.__typename).toBe('MutationImportProcessModelSuccess');
    const ownerB = await app.login('owner@beta.test');
    const ownerG = await app.login('owner@gamma.test');
    expect(titles(await app.gql(LIST, {}, { cookie: ownerB }))).toEqual(['Geteiltes Verfahren']);
    expect(titles(await app.gql(LIST, {}, { cookie: ownerG }))).toEqual([]);

    const foreign = await importAs(ownerA, alpha, 'Falsch geteilt', {
      visibility: 'PARTNERS',
      sharedWith: [],
    });
    expect(foreign.__typename).toBe('ValidationError');
  });

  it('accepts null for optional metadata, as GraphQL clients send it', async () => {
    const res = await app.gql(
      `mutation($cityId: ID!, $xml: String!) {
        importProcessModel(cityId: $cityId, xml: $xml, title: "Ohne Angaben", description: null,
          contactName: null, contactEmail: null, serviceKey: null, tags: null) { __typename }
      }`,
      { cityId: globalId('City', alpha.id), xml: linearProcess(['A']) },
      { cookie: ownerA },
    );
    expect(res.data.importProcessModel.__typename).toBe('MutationImportProcessModelSuccess');
  });

  it('stops sharing with a partnership the city leaves, also after rejoining', async () => {
    const partnership = await app.prisma.partnership.create({
      data: {
        name: 'Verbund Beta-Alpha',
        leadCityId: beta.id,
        members: {
          create: [
            { cityId: beta.id, status: 'ACCEPTED' },
            { cityId: alpha.id, status: 'ACCEPTED' },
          ],
        },
      },
    });
    await importAs(ownerA, alpha, 'Geteilt bis zum Austritt', {
      visibility: 'PARTNERS',
      sharedWith: [globalId('Partnership', partnership.id)],
    });
    const ownerB = await app.login('owner@beta.test');
    expect(titles(await app.gql(LIST, {}, { cookie: ownerB }))).toEqual([
      'Geteilt bis zum Austritt',
    ]);

    const adminA = await app.login('admin@alpha.test');
    const leave = await app.gql(
      'mutation($p: ID!, $c: ID!) { removeCityFromPartnership(partnershipId: $p, cityId: $c) { __typename } }',
      { p: globalId('Partnership', partnership.id), c: globalId('City', alpha.id) },
      { cookie: adminA },
    );
    expect(leave.data.removeCityFromPartnership.__typename).toBe(
      'MutationRemoveCityFromPartnershipSuccess',
    );
    await app.prisma.partnershipMember.create({
      data: { partnershipId: partnership.id, cityId: alpha.id, status: 'ACCEPTED' },
    });
    expect(titles(await app.gql(LIST, {}, { cookie: ownerB }))).toEqual([]);
  });

  it('finds models by German full-text search over activity labels, stemmed', async () => {
    await importAs(ownerA, alpha, 'Gewerbeanmeldung', { visibility: 'PUBLIC' });
    const ownerB = await app.login('owner@beta.test');
    // "Gebühren" matches the activity "Gebühr erheben" through the German stemmer.
    expect(titles(await app.gql(LIST, { search: 'Gebühren' }, { cookie: ownerB }))).toEqual([
      'Gewerbeanmeldung',
    ]);
    expect(titles(await app.gql(LIST, { search: 'Hundesteuer' }, { cookie: ownerB }))).toEqual([]);
  });
});
