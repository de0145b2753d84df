import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Licence, Visibility } from '../src/generated/prisma/client.ts';
import { linearProcess } from './support/bpmnSamples.ts';
import { seedPartnership } from './support/fixtures.ts';
import { errorCodes } from './support/operations.ts';
import {
  ADOPT,
  MODEL,
  MODELS,
  modelTitles,
  type ProcessPeople,
  processData,
  SAVE_VERSION,
  seedModel,
  seedProcessPeople,
  seedVersion,
  VERSION_DIFF,
} from './support/processModels.ts';
import { createTestApp, globalId, type TestApp } from './support/testApp.ts';

const ADOPTIONS = `query($id: ID!) {
  processModel(id: $id) {
    adoptionCount
    adoptions {
      cityName adoptedVersionNumber copyVersionNumber copyModelId
      divergence { added { elementId type name } removed { elementId } changed { elementId } }
    }
  }
}`;

const ADOPTED_FROM = `query($id: ID!) {
  processModel(id: $id) {
    adoptedFrom { modelId versionId versionNumber title cityName }
  }
}`;

const TASKS = ['Antrag prüfen', 'Gebühr erheben'];

describe('adopting another city’s process model', () => {
  let app: TestApp;
  let p: ProcessPeople;

  beforeEach(async () => {
    app = await createTestApp();
    p = await seedProcessPeople(app);
  });
  afterEach(() => app.close());

  async function alphaModel(
    options: { visibility?: Visibility; licence?: Licence; title?: string } = {},
  ) {
    const model = await seedModel(app, {
      city: p.alpha,
      author: p.anna,
      title: options.title ?? 'Gewerbeanmeldung',
      visibility: options.visibility ?? 'PUBLIC',
      licence: options.licence ?? 'CC_BY_4_0',
      tasks: TASKS,
    });
    return {
      model,
      id: globalId('ProcessModel', model.id),
      versionId: globalId('ProcessVersion', model.version.id),
    };
  }

  async function adopt(modelId: string, city: { id: string }, cookie: string) {
    const res = await app.gql(ADOPT, { modelId, cityId: globalId('City', city.id) }, { cookie });
    return res;
  }

  async function adoptWithoutChange(modelId: string, city: { id: string }, cookie: string) {
    const before = await processData(app);
    const res = await adopt(modelId, city, cookie);
    expect(await processData(app)).toEqual(before);
    return res;
  }

  it('copies a PUBLIC model into the adopting city as a PRIVATE draft that names its source', async () => {
    const source = await alphaModel();
    const res = await adopt(source.id, p.beta, p.cookies.bea);
    const copy = res.data.adoptProcessModel;
    expect(copy).toMatchObject({
      __typename: 'MutationAdoptProcessModelSuccess',
      data: {
        title: 'Gewerbeanmeldung',
        status: 'DRAFT',
        visibility: 'PRIVATE',
        licence: 'CC_BY_4_0',
        latestVersionNumber: 1,
        city: { slug: 'beta' },
        adoptedFrom: {
          modelId: source.id,
          versionId: source.versionId,
          versionNumber: 1,
          title: 'Gewerbeanmeldung',
          cityName: 'Alphastadt',
        },
      },
    });
    expect(copy.data.id).not.toBe(source.id);
    const stored = await app.prisma.processVersion.findMany({
      where: { model: { cityId: p.beta.id } },
    });
    expect(stored.map((v) => v.xml)).toEqual([source.model.version.xml]);

    // The copy is beta's own: beta's members find it, alpha's do not.
    expect(modelTitles(await app.gql(MODELS, {}, { cookie: p.cookies.ben }))).toEqual([
      'Gewerbeanmeldung',
      'Gewerbeanmeldung',
    ]);
    const forAlpha = await app.gql(MODEL, { id: copy.data.id }, { cookie: p.cookies.anna });
    expect(forAlpha.data.processModel).toBeNull();

    const counted = await app.gql(ADOPTIONS, { id: source.id }, { cookie: p.cookies.arne });
    expect(counted.data.processModel.adoptionCount).toBe(1);
  });

  it('shows the source city how an adopted copy diverged, and nobody else', async () => {
    const source = await alphaModel();
    const adopted = await adopt(source.id, p.beta, p.cookies.bea);
    const copyId = adopted.data.adoptProcessModel.data.id;

    const unchanged = await app.gql(ADOPTIONS, { id: source.id }, { cookie: p.cookies.arne });
    expect(unchanged.data.processModel.adoptions).toEqual([
      {
        cityName: 'Betadorf',
        adoptedVersionNumber: 1,
        copyVersionNumber: 1,
        copyModelId: copyId,
        divergence: { added: [], removed: [], changed: [] },
      },
    ]);

    const saved = await app.gql(
      SAVE_VERSION,
      { modelId: copyId, baseVersion: 1, xml: linearProcess([...TASKS, 'Unterlagen nachfordern']) },
      { cookie: p.cookies.bea },
    );
    expect(saved.data.saveProcessVersion.data.number).toBe(2);

    const diverged = await app.gql(ADOPTIONS, { id: source.id }, { cookie: p.cookies.arne });
    const [adoption] = diverged.data.processModel.adoptions;
    expect(adoption).toMatchObject({ cityName: 'Betadorf', copyVersionNumber: 2 });
    expect(adoption.divergence.added).toContainEqual({
      elementId: 'Task_3',
      type: 'bpmn:Task',
      name: 'Unterlagen nachfordern',
    });

    // Beta may see alpha's model (PUBLIC), but not who adopted it and how.
    for (const cookie of [p.cookies.bea, p.cookies.ben, p.cookies.gus]) {
      const res = await app.gql(ADOPTIONS, { id: source.id }, { cookie });
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(res)).not.toContain('Unterlagen nachfordern');
    }
  });

  it('shows the source city the divergence, not the copy’s diagram itself', async () => {
    const source = await alphaModel();
    const adopted = await adopt(source.id, p.beta, p.cookies.bea);
    await app.gql(
      SAVE_VERSION,
      {
        modelId: adopted.data.adoptProcessModel.data.id,
        baseVersion: 1,
        xml: linearProcess([...TASKS, 'Betas interner Schritt']),
      },
      { cookie: p.cookies.bea },
    );
    const res = await app.gql(
      `query($id: ID!) {
        processModel(id: $id) { adoptions { divergence { from { number } to { number xml } } } }
      }`,
      { id: source.id },
      { cookie: p.cookies.anna },
    );
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(res)).not.toContain('Betas interner Schritt');
  });

  it('lets the copy be compared with its source version', async () => {
    const source = await alphaModel();
    const adopted = await adopt(source.id, p.beta, p.cookies.bea);
    await app.gql(
      SAVE_VERSION,
      {
        modelId: adopted.data.adoptProcessModel.data.id,
        baseVersion: 1,
        xml: linearProcess([...TASKS, 'Unterlagen nachfordern']),
      },
      { cookie: p.cookies.bea },
    );
    const copyV2 = await app.prisma.processVersion.findFirstOrThrow({ where: { number: 2 } });
    const diff = await app.gql(
      VERSION_DIFF,
      { from: source.versionId, to: globalId('ProcessVersion', copyV2.id) },
      { cookie: p.cookies.ben },
    );
    expect(diff.data.processVersionDiff.data.added).toContainEqual({
      elementId: 'Task_3',
      type: 'bpmn:Task',
      name: 'Unterlagen nachfordern',
    });
  });

  it('adopts the newest version', async () => {
    const source = await alphaModel();
    await seedVersion(app, source.model, p.anna, [...TASKS, 'Bescheid versenden']);
    const res = await adopt(source.id, p.beta, p.cookies.bea);
    expect(res.data.adoptProcessModel.data.adoptedFrom.versionNumber).toBe(2);
    const copy = await app.prisma.processModel.findFirstOrThrow({ where: { cityId: p.beta.id } });
    const [version] = await app.prisma.processVersion.findMany({ where: { modelId: copy.id } });
    expect(version?.activityLabels).toEqual([...TASKS, 'Bescheid versenden']);
  });

  it('counts adopting cities, not copies', async () => {
    const source = await alphaModel();
    await adopt(source.id, p.beta, p.cookies.bea);
    await adopt(source.id, p.beta, p.cookies.bea);
    const once = await app.gql(ADOPTIONS, { id: source.id }, { cookie: p.cookies.anna });
    expect(once.data.processModel.adoptionCount).toBe(1);
    await adopt(source.id, p.gamma, p.cookies.gus);
    const twice = await app.gql(ADOPTIONS, { id: source.id }, { cookie: p.cookies.arne });
    expect(twice.data.processModel.adoptionCount).toBe(2);
  });

  it('refuses a model licensed for internal use only; nothing is stored', async () => {
    const source = await alphaModel({ licence: 'INTERNAL_USE_ONLY' });
    const res = await adoptWithoutChange(source.id, p.beta, p.cookies.bea);
    expect(res.data.adoptProcessModel).toMatchObject({
      __typename: 'ConflictError',
      reason: 'LICENCE_FORBIDS_ADOPTION',
    });
  });

  it('does not find a PRIVATE model of another city; nothing is stored', async () => {
    const source = await alphaModel({ visibility: 'PRIVATE', title: 'Interne Vergabe' });
    const res = await adoptWithoutChange(source.id, p.beta, p.cookies.bea);
    expect(res.data.adoptProcessModel).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'ProcessModel',
    });
    expect(JSON.stringify(res)).not.toContain('Interne Vergabe');
  });

  it('lets only process owners adopt, only into their own city, not their own model', async () => {
    const source = await alphaModel();
    // A coordinator and a city admin of beta, and beta's process owner for gamma.
    for (const [cookie, city] of [
      [p.cookies.ben, p.beta],
      [await app.login('admin@beta.test'), p.beta],
      [p.cookies.bea, p.gamma],
    ] as const) {
      const res = await adoptWithoutChange(source.id, city, cookie);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(res.data).toBeNull();
    }
    const own = await adoptWithoutChange(source.id, p.alpha, p.cookies.anna);
    expect(own.data.adoptProcessModel).toMatchObject({
      __typename: 'ConflictError',
      reason: 'ALREADY_ADOPTED',
    });
  });

  it('lets partner cities adopt a PARTNERS model, but not an invited city', async () => {
    const partnership = await seedPartnership(app, {
      name: 'Verbund Alpha-Beta',
      lead: p.alpha,
      partners: [
        [p.beta, 'ACCEPTED'],
        [p.gamma, 'INVITED'],
      ],
    });
    const model = await seedModel(app, {
      city: p.alpha,
      author: p.anna,
      title: 'Verbundverfahren',
      visibility: 'PARTNERS',
      licence: 'DL_DE_BY_2_0',
      sharedWithPartnershipIds: [partnership.id],
    });
    const id = globalId('ProcessModel', model.id);
    const byGamma = await adoptWithoutChange(id, p.gamma, p.cookies.gus);
    expect(byGamma.data.adoptProcessModel.__typename).toBe('NotFoundError');
    const byBeta = await adopt(id, p.beta, p.cookies.bea);
    expect(byBeta.data.adoptProcessModel.data).toMatchObject({
      visibility: 'PRIVATE',
      sharedWith: [],
      licence: 'DL_DE_BY_2_0',
    });
  });

  it('does not reveal the source’s title once the source is no longer visible', async () => {
    const source = await alphaModel();
    const adopted = await adopt(source.id, p.beta, p.cookies.bea);
    const copyId = adopted.data.adoptProcessModel.data.id;
    await app.prisma.processModel.update({
      where: { id: source.model.id },
      data: { visibility: 'PRIVATE', title: 'Vertrauliche Neufassung' },
    });
    const res = await app.gql(ADOPTED_FROM, { id: copyId }, { cookie: p.cookies.ben });
    expect(res.errors).toBeUndefined();
    expect(res.data.processModel.adoptedFrom).toEqual({
      modelId: source.id,
      versionId: source.versionId,
      versionNumber: 1,
      title: null,
      cityName: 'Alphastadt',
    });
    expect(JSON.stringify(res)).not.toContain('Vertrauliche');
  });
});
