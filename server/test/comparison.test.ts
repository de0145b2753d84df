import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adoptProcessModel } from '../src/processModels/adoption.ts';
import { COMPARE, makeLegacy, seedComparisonModel } from './support/comparison.ts';
import { errorCodes } from './support/operations.ts';
import { type ProcessPeople, seedProcessPeople, seedVersion } from './support/processModels.ts';
import { createTestApp, globalId, type TestApp } from './support/testApp.ts';

// compareProcesses (issue 4): two versions of any cities, step by step, as long as the viewer may
// see both; and the graph and step terms the comparison reads, stored when a version is saved.

const ALPHA_TASKS = ['Antrag prüfen', 'Gebühr berechnen', 'Bescheid erstellen'];
const BETA_TASKS = [
  'Prüfung des Antrags',
  'Gebühren berechnen',
  'Bescheid erstellen',
  'Akte archivieren',
];
// Words only alpha's PRIVATE model contains; no answer to beta may carry them.
const SECRET_TASKS = ['Geheimvermerk anlegen', 'Verschlusssache prüfen'];

const vid = (id: string) => globalId('ProcessVersion', id);

describe('compareProcesses', () => {
  let app: TestApp;
  let p: ProcessPeople;

  beforeEach(async () => {
    app = await createTestApp();
    p = await seedProcessPeople(app);
  });
  afterEach(() => app.close());

  async function seedPair() {
    const alpha = await seedComparisonModel(app, {
      city: p.alpha,
      author: p.anna,
      title: 'Gewerbeanmeldung Alpha',
      tasks: ALPHA_TASKS,
    });
    const beta = await seedComparisonModel(app, {
      city: p.beta,
      author: p.bea,
      title: 'Gewerbeanmeldung Beta',
      tasks: BETA_TASKS,
    });
    const secret = await seedComparisonModel(app, {
      city: p.alpha,
      author: p.anna,
      title: 'Geheimsache',
      tasks: SECRET_TASKS,
      visibility: 'PRIVATE',
    });
    return { alpha, beta, secret };
  }

  it('matches the steps of two cities’ models with reasons and figures', async () => {
    const { alpha, beta } = await seedPair();
    const res = await app.gql(
      COMPARE,
      { left: vid(alpha.version.id), right: vid(beta.version.id) },
      { cookie: p.cookies.ben },
    );
    expect(res.errors).toBeUndefined();
    const result = res.data.compareProcesses;
    expect(result.__typename).toBe('QueryCompareProcessesSuccess');
    const { data } = result;
    expect(data.left.processModel.city.slug).toBe('alpha');
    expect(data.right.processModel.city.slug).toBe('beta');
    expect(data.similarity).toBeGreaterThan(0.4);
    expect(data.similarity).toBeLessThanOrEqual(1);

    const pairs = data.matches.map((m: { left: { label: string }; right: { label: string } }) => [
      m.left.label,
      m.right.label,
    ]);
    expect(pairs).toContainEqual(['Antrag prüfen', 'Prüfung des Antrags']);
    expect(pairs).toContainEqual(['Bescheid erstellen', 'Bescheid erstellen']);
    const identical = data.matches.find(
      (m: { left: { label: string } }) => m.left.label === 'Bescheid erstellen',
    );
    expect(identical.left).toEqual({
      elementId: 'Task_3',
      label: 'Bescheid erstellen',
      kind: 'TASK',
      lane: null,
    });
    expect(identical.reasons.map((r: { code: string }) => r.code)).toContain('IDENTICAL_LABEL');
    expect(identical.score).toBeGreaterThan(0.5);
    expect(identical.reason).not.toBe('');
    for (const match of data.matches) expect(match.reasons.length).toBeGreaterThan(0);

    expect(data.onlyRight.map((s: { label: string }) => s.label)).toContain('Akte archivieren');
    expect(data.onlyLeft.map((s: { label: string }) => s.label)).not.toContain('Antrag prüfen');
    expect(data.leftFigures).toMatchObject({ activities: 3, gateways: 0, loops: 0 });
    expect(data.rightFigures).toMatchObject({ activities: 4, gateways: 0, loops: 0 });
  });

  it('answers NotFound when either version is invisible, the same way for both sides', async () => {
    const { alpha, beta, secret } = await seedPair();
    const asBea = (left: string, right: string) =>
      app.gql(COMPARE, { left: vid(left), right: vid(right) }, { cookie: p.cookies.bea });
    const attempts = [
      await asBea(secret.version.id, beta.version.id),
      await asBea(beta.version.id, secret.version.id),
      await asBea(secret.version.id, secret.version.id),
      await asBea(alpha.version.id, '00000000-0000-4000-8000-000000000000'),
      await asBea(alpha.version.id, 'not-a-uuid'),
    ];
    for (const res of attempts) {
      expect(res.errors).toBeUndefined();
      expect(res.data.compareProcesses).toEqual({
        __typename: 'NotFoundError',
        message: 'ProcessVersion not found.',
        entity: 'ProcessVersion',
      });
    }
    for (const word of [...SECRET_TASKS, 'Geheimsache']) {
      expect(JSON.stringify(attempts)).not.toContain(word);
    }

    // Alpha's own people see their private model next to beta's public one.
    const own = await app.gql(
      COMPARE,
      { left: vid(secret.version.id), right: vid(beta.version.id) },
      { cookie: p.cookies.arne },
    );
    expect(own.data.compareProcesses.__typename).toBe('QueryCompareProcessesSuccess');
  });

  it('checks visibility on every request, also for a pair already compared for someone else', async () => {
    const { beta, secret } = await seedPair();
    const pair = { left: vid(secret.version.id), right: vid(beta.version.id) };
    const own = await app.gql(COMPARE, pair, { cookie: p.cookies.arne });
    expect(own.data.compareProcesses.__typename).toBe('QueryCompareProcessesSuccess');
    const foreign = await app.gql(COMPARE, pair, { cookie: p.cookies.bea });
    expect(foreign.data.compareProcesses.__typename).toBe('NotFoundError');
    for (const word of [...SECRET_TASKS, 'Geheimsache']) {
      expect(JSON.stringify(foreign)).not.toContain(word);
    }
  });

  it('reads the stored graphs of a pair once, not again for the next viewer', async () => {
    const operations: string[] = [];
    const counted = await createTestApp({
      onQuery: ({ model, operation }) => operations.push(`${model}.${operation}`),
    });
    try {
      const people = await seedProcessPeople(counted);
      const make = (city: typeof people.alpha, author: typeof people.anna, tasks: string[]) =>
        seedComparisonModel(counted, { city, author, title: 'Hundesteuer', tasks });
      const alpha = await make(people.alpha, people.anna, ALPHA_TASKS);
      const beta = await make(people.beta, people.bea, BETA_TASKS);
      const compareAs = async (cookie: string) => {
        operations.length = 0;
        const res = await counted.gql(
          COMPARE,
          { left: vid(alpha.version.id), right: vid(beta.version.id) },
          { cookie },
        );
        expect(res.data.compareProcesses.__typename).toBe('QueryCompareProcessesSuccess');
        return { res, reads: operations.filter((o) => o === 'ProcessVersion.findMany').length };
      };
      const first = await compareAs(people.cookies.arne);
      const second = await compareAs(people.cookies.bea);
      expect(second.reads).toBe(first.reads - 1);
      expect(second.res.data).toEqual(first.res.data);
    } finally {
      await counted.close();
    }
  });

  it('needs a signed-in user', async () => {
    const { alpha, beta } = await seedPair();
    const res = await app.gql(COMPARE, {
      left: vid(alpha.version.id),
      right: vid(beta.version.id),
    });
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
  });

  it('compares a version saved before graphs were stored, and keeps its graph', async () => {
    const { alpha, beta } = await seedPair();
    await makeLegacy(app, alpha, alpha.version.id);
    const res = await app.gql(
      COMPARE,
      { left: vid(alpha.version.id), right: vid(beta.version.id) },
      { cookie: p.cookies.bea },
    );
    expect(res.data.compareProcesses.__typename).toBe('QueryCompareProcessesSuccess');
    expect(res.data.compareProcesses.data.matches.length).toBeGreaterThanOrEqual(2);
    const stored = await app.prisma.processVersion.findUniqueOrThrow({
      where: { id: alpha.version.id },
    });
    expect(stored.graph).toMatchObject({ nodes: expect.any(Array) });
  });
});

describe('graph and step terms stored with each version', () => {
  let app: TestApp;
  let p: ProcessPeople;

  beforeEach(async () => {
    app = await createTestApp();
    p = await seedProcessPeople(app);
  });
  afterEach(() => app.close());

  const labelsOf = (graph: unknown) =>
    (graph as { nodes: { label: string }[] }).nodes.map((n) => n.label);

  it('on import, on save and on adoption', async () => {
    const model = await seedComparisonModel(app, {
      city: p.alpha,
      author: p.anna,
      title: 'Wohngeld',
      tasks: ['Antrag prüfen', 'Einkommen berechnen'],
    });
    expect(labelsOf(model.version.graph)).toEqual([
      'Antrag eingegangen',
      'Antrag prüfen',
      'Einkommen berechnen',
      'Bescheid versandt',
    ]);
    const imported = await app.prisma.processModel.findUniqueOrThrow({ where: { id: model.id } });
    expect(imported.stepTerms.length).toBeGreaterThan(0);

    const saved = await seedVersion(app, model, p.anna, ['Wohnung besichtigen']);
    expect(labelsOf(saved.graph)).toContain('Wohnung besichtigen');
    const afterSave = await app.prisma.processModel.findUniqueOrThrow({ where: { id: model.id } });
    expect(afterSave.stepTerms).not.toEqual(imported.stepTerms);
    // The terms are those of the newest version only.
    expect(afterSave.stepTerms.some((term) => term.startsWith('einkomm'))).toBe(false);

    const copy = await adoptProcessModel(app.prisma, {
      modelId: model.id,
      cityId: p.beta.id,
      authorId: p.bea.id,
    });
    const copyVersion = await app.prisma.processVersion.findFirstOrThrow({
      where: { modelId: copy.id },
    });
    expect(labelsOf(copyVersion.graph)).toContain('Wohnung besichtigen');
    expect(copy.stepTerms).toEqual(afterSave.stepTerms);
  });
});
