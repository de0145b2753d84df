import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Auth } from '../src/auth/authz.ts';
import { visibleModelsWhere } from '../src/processModels/visibility.ts';
import { visibleModelsSql } from '../src/processModels/visibleModelsSql.ts';
import { makeLegacy, SIMILAR, seedComparisonModel, similarTitles } from './support/comparison.ts';
import { seedPartnership } from './support/fixtures.ts';
import { type ProcessPeople, seedProcessPeople } from './support/processModels.ts';
import { createTestApp, globalId, type PrismaOperation, type TestApp } from './support/testApp.ts';

// similarProcesses (issue 4): "who already did this?" — visible models of other cities, same
// service first, then by similarity; nothing the viewer may not see, nothing of the own city.

const KEY = '99050012104000';
const OTHER_KEY = '99050012105000';
const TASKS = ['Antrag prüfen', 'Gebühr berechnen', 'Bescheid erstellen'];
const mid = (id: string) => globalId('ProcessModel', id);

describe('similarProcesses', () => {
  let app: TestApp;
  let p: ProcessPeople;
  let operations: PrismaOperation[];

  beforeEach(async () => {
    operations = [];
    app = await createTestApp({ onQuery: (operation) => operations.push(operation) });
    p = await seedProcessPeople(app);
  });
  afterEach(() => app.close());

  /**
   * Beta asks about its own model. Alpha has public models (same service with other wording, other
   * service but identical steps, unrelated), a private one and one shared with the partnership of
   * alpha and beta; gamma one shared with a partnership beta is not in; beta a second model.
   */
  async function seedCatalogue() {
    const alphaBeta = await seedPartnership(app, {
      name: 'Alpha und Beta',
      lead: p.alpha,
      partners: [[p.beta, 'ACCEPTED']],
    });
    const alphaGamma = await seedPartnership(app, {
      name: 'Alpha und Gamma',
      lead: p.gamma,
      partners: [[p.alpha, 'ACCEPTED']],
    });
    const asked = await seedComparisonModel(app, {
      city: p.beta,
      author: p.bea,
      title: 'Beta: Gewerbe anmelden',
      tasks: TASKS,
      serviceKey: KEY,
      visibility: 'PRIVATE',
    });
    const model = (city: ProcessPeople['alpha'], title: string, tasks: string[], extra = {}) =>
      seedComparisonModel(app, {
        city,
        author: city.id === p.alpha.id ? p.anna : city.id === p.beta.id ? p.bea : p.gus,
        title,
        tasks,
        ...extra,
      });
    await model(p.alpha, 'Alpha: gleicher Dienst', ['Prüfung des Antrags', 'Bescheid versenden'], {
      serviceKey: KEY,
    });
    await model(p.alpha, 'Alpha: gleiche Schritte', TASKS, { serviceKey: OTHER_KEY });
    await model(p.alpha, 'Alpha: ähnlich', ['Antrag prüfen', 'Gebühr berechnen', 'Akte anlegen']);
    await model(p.alpha, 'Alpha: fremd', ['Baum fällen', 'Holz stapeln'], {
      events: ['Sturm vorbei', 'Feierabend'],
    });
    await model(p.alpha, 'Alpha: privat', [...TASKS, 'Schattenprüfung Alpha'], {
      visibility: 'PRIVATE',
      serviceKey: KEY,
    });
    await model(p.alpha, 'Alpha: Verbund', [...TASKS, 'Verbundabstimmung'], {
      visibility: 'PARTNERS',
      sharedWithPartnershipIds: [alphaBeta.id],
    });
    await model(p.gamma, 'Gamma: Verbund', [...TASKS, 'Gammaabstimmung'], {
      visibility: 'PARTNERS',
      sharedWithPartnershipIds: [alphaGamma.id],
      serviceKey: KEY,
    });
    await model(p.beta, 'Beta: eigenes', TASKS, { serviceKey: KEY, visibility: 'PUBLIC' });
    return { asked };
  }

  it('ranks visible models of other cities: same service first, then by similarity', async () => {
    const { asked } = await seedCatalogue();
    const res = await app.gql(SIMILAR, { id: mid(asked.id) }, { cookie: p.cookies.bea });
    expect(res.errors).toBeUndefined();
    expect(res.data.similarProcesses.__typename).toBe('QuerySimilarProcessesSuccess');
    const rows = res.data.similarProcesses.data;
    expect(similarTitles(res)).toEqual([
      'Alpha: gleicher Dienst',
      'Alpha: gleiche Schritte',
      'Alpha: Verbund',
      'Alpha: ähnlich',
    ]);
    expect(rows[0]).toMatchObject({ sameService: true, model: { serviceKey: KEY } });
    expect(rows[1]).toMatchObject({ sameService: false, matchedSteps: 5 });
    expect(rows[1].similarity).toBeGreaterThan(0.9);
    expect(rows[1].version).toMatchObject({ number: 1, activityCount: 3 });
    expect(rows[2].similarity).toBeGreaterThanOrEqual(rows[3].similarity);
    for (const row of rows) expect(row.model.city.slug).toBe('alpha');

    const json = JSON.stringify(res);
    for (const word of ['Schattenprüfung', 'privat', 'Gamma', 'eigenes']) {
      expect(json).not.toContain(word);
    }
  });

  it('shows gamma’s partnership model only to the partnership’s cities', async () => {
    const { asked } = await seedCatalogue();
    // Alpha is a member of the partnership gamma leads and shared its model with.
    const alphaModel = await app.prisma.processModel.findFirstOrThrow({
      where: { title: 'Alpha: ähnlich' },
    });
    const res = await app.gql(SIMILAR, { id: mid(alphaModel.id) }, { cookie: p.cookies.anna });
    const titles = similarTitles(res);
    expect(titles).toContain('Gamma: Verbund');
    expect(titles).toContain('Beta: eigenes');
    expect(titles).not.toContain(asked.title);
    expect(titles.filter((t) => t.startsWith('Alpha'))).toEqual([]);
  });

  it('answers NotFound for a model the viewer may not see, ValidationError for a bad `first`', async () => {
    const { asked } = await seedCatalogue();
    const hidden = await app.gql(SIMILAR, { id: mid(asked.id) }, { cookie: p.cookies.anna });
    expect(hidden.data.similarProcesses).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'ProcessModel',
    });
    const unknown = await app.gql(
      SIMILAR,
      { id: mid('00000000-0000-4000-8000-000000000000') },
      { cookie: p.cookies.bea },
    );
    expect(unknown.data.similarProcesses.__typename).toBe('NotFoundError');
    const malformed = await app.gql(SIMILAR, { id: mid('nope') }, { cookie: p.cookies.bea });
    expect(malformed.data.similarProcesses.__typename).toBe('NotFoundError');

    for (const first of [0, 51, -3]) {
      const res = await app.gql(SIMILAR, { id: mid(asked.id), first }, { cookie: p.cookies.bea });
      expect(res.data.similarProcesses).toMatchObject({
        __typename: 'ValidationError',
        fieldErrors: [{ path: 'first' }],
      });
    }
    const one = await app.gql(SIMILAR, { id: mid(asked.id), first: 1 }, { cookie: p.cookies.bea });
    expect(similarTitles(one)).toEqual(['Alpha: gleicher Dienst']);
  });

  it('finds models saved before step terms were stored', async () => {
    const { asked } = await seedCatalogue();
    const same = await app.prisma.processModel.findFirstOrThrow({
      where: { title: 'Alpha: gleiche Schritte' },
      include: { versions: true },
    });
    await makeLegacy(app, same, same.versions[0]?.id as string);
    await makeLegacy(app, asked, asked.version.id);
    const res = await app.gql(SIMILAR, { id: mid(asked.id) }, { cookie: p.cookies.bea });
    expect(similarTitles(res)).toContain('Alpha: gleiche Schritte');
    const backfilled = await app.prisma.processModel.findUniqueOrThrow({ where: { id: same.id } });
    expect(backfilled.stepTerms.length).toBeGreaterThan(0);
    // The backfill does not make the model look recently edited.
    expect(backfilled.updatedAt).toEqual(same.updatedAt);
  });

  it('issues the same Prisma operations for 3 and for 9 similar models', async () => {
    const { asked } = await seedCatalogue();
    const measure = async () => {
      operations.length = 0;
      const res = await app.gql(
        SIMILAR,
        { id: mid(asked.id), first: 50 },
        { cookie: p.cookies.bea },
      );
      expect(res.errors).toBeUndefined();
      return {
        count: res.data.similarProcesses.data.length,
        operations: operations.map((o) => `${o.model}.${o.operation}`),
      };
    };
    // The first request runs the (empty) backfill check once; measure the steady state.
    await measure();
    const small = await measure();
    for (let i = 0; i < 5; i++) {
      await seedComparisonModel(app, {
        city: i % 2 ? p.alpha : p.gamma,
        author: i % 2 ? p.anna : p.gus,
        title: `Nachzügler ${i}`,
        tasks: [...TASKS, `Schritt ${i}`],
      });
    }
    const large = await measure();
    expect(large.count).toBe(small.count + 5);
    expect(large.operations).toEqual(small.operations);
  });
});

describe('visibleModelsSql states the rule of visibleModelsWhere', () => {
  let app: TestApp;
  afterEach(() => app.close());

  it('selects the same models for every viewer', async () => {
    app = await createTestApp();
    const p = await seedProcessPeople(app);
    const ab = await seedPartnership(app, {
      name: 'AB',
      lead: p.alpha,
      partners: [
        [p.beta, 'ACCEPTED'],
        [p.gamma, 'INVITED'],
      ],
    });
    const bg = await seedPartnership(app, {
      name: 'BG',
      lead: p.beta,
      partners: [[p.gamma, 'ACCEPTED']],
    });
    const people = { alpha: p.anna, beta: p.bea, gamma: p.gus } as const;
    for (const [slug, city] of [
      ['alpha', p.alpha],
      ['beta', p.beta],
      ['gamma', p.gamma],
    ] as const) {
      for (const visibility of ['PRIVATE', 'PUBLIC', 'PARTNERS'] as const) {
        await seedComparisonModel(app, {
          city,
          author: people[slug],
          title: `${slug} ${visibility}`,
          tasks: ['Antrag prüfen'],
          visibility,
          sharedWithPartnershipIds:
            visibility !== 'PARTNERS' ? [] : slug === 'alpha' ? [ab.id] : [bg.id],
        });
      }
    }
    const admin = await app.seed.user('root@amtsweg.test', [], true);
    for (const user of [p.anna, p.bea, p.gus, p.arne, admin]) {
      const auth = new Auth(app.prisma, user);
      const viaPrisma = await app.prisma.processModel.findMany({
        where: await visibleModelsWhere(auth),
        select: { title: true },
      });
      const viaSql = await app.prisma.$queryRaw<{ title: string }[]>`
        SELECT m.title FROM "ProcessModel" m WHERE ${await visibleModelsSql(auth)}`;
      expect(viaSql.map((m) => m.title).sort()).toEqual(viaPrisma.map((m) => m.title).sort());
    }
    const anonymous = new Auth(app.prisma, null);
    const none = await app.prisma.$queryRaw<unknown[]>`
      SELECT m.id FROM "ProcessModel" m WHERE ${await visibleModelsSql(anonymous)}`;
    expect(none).toEqual([]);
  });
});
