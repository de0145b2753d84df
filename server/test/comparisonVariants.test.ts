import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedComparisonModel, VARIANTS } from './support/comparison.ts';
import { seedPartnership } from './support/fixtures.ts';
import { type ProcessPeople, seedProcessPeople } from './support/processModels.ts';
import { createTestApp, globalId, type PrismaOperation, type TestApp } from './support/testApp.ts';

// serviceVariants (issue 4): the steps of all visible models of one service, clustered across
// cities. A model the viewer may not see adds no column, no occurrence and no wording.

const KEY = '99050012104000';

interface Occurrence {
  model: { id: string; title: string };
  elementId: string;
  label: string;
}
interface Row {
  label: string;
  cityCount: number;
  occurrences: Occurrence[];
}

describe('serviceVariants', () => {
  let app: TestApp;
  let p: ProcessPeople;
  let operations: PrismaOperation[];

  beforeEach(async () => {
    operations = [];
    app = await createTestApp({ onQuery: (operation) => operations.push(operation) });
    p = await seedProcessPeople(app);
  });
  afterEach(() => app.close());

  /** Alpha and beta share most steps in their own words; gamma's private model is hidden. */
  async function seedService() {
    const alpha = await seedComparisonModel(app, {
      city: p.alpha,
      author: p.anna,
      title: 'Alpha Gewerbe',
      serviceKey: KEY,
      tasks: ['Antrag prüfen', 'Gebühr berechnen', 'Bescheid erstellen'],
    });
    const beta = await seedComparisonModel(app, {
      city: p.beta,
      author: p.bea,
      title: 'Beta Gewerbe',
      serviceKey: KEY,
      visibility: 'PRIVATE',
      tasks: ['Prüfung des Antrags', 'Ortstermin durchführen', 'Bescheid erstellen'],
    });
    const gamma = await seedComparisonModel(app, {
      city: p.gamma,
      author: p.gus,
      title: 'Gamma Gewerbe',
      serviceKey: KEY,
      visibility: 'PRIVATE',
      tasks: ['Antrag prüfen', 'Schattenregister abgleichen', 'Bescheid erstellen'],
    });
    // Another service and beta's second model of this one: only the latter counts.
    await seedComparisonModel(app, {
      city: p.alpha,
      author: p.anna,
      title: 'Alpha Hund',
      serviceKey: '99050012105000',
      tasks: ['Antrag prüfen', 'Hundemarke ausgeben'],
    });
    const beta2 = await seedComparisonModel(app, {
      city: p.beta,
      author: p.bea,
      title: 'Beta Gewerbe online',
      serviceKey: KEY,
      visibility: 'PRIVATE',
      tasks: ['Antrag prüfen', 'Bescheid erstellen'],
    });
    return { alpha, beta, gamma, beta2 };
  }

  it('clusters the steps of visible models across cities, most widespread first', async () => {
    const { alpha, beta, beta2 } = await seedService();
    const res = await app.gql(VARIANTS, { serviceKey: KEY }, { cookie: p.cookies.bea });
    expect(res.errors).toBeUndefined();
    expect(res.data.serviceVariants.__typename).toBe('QueryServiceVariantsSuccess');
    const map = res.data.serviceVariants.data;
    expect(map.serviceKey).toBe(KEY);
    const columns = map.models.map((m: { model: { id: string } }) => m.model.id);
    expect(columns.sort()).toEqual(
      [alpha.id, beta.id, beta2.id].map((id) => globalId('ProcessModel', id)).sort(),
    );

    const rows: Row[] = map.steps;
    const cityCounts = rows.map((r) => r.cityCount);
    expect(cityCounts).toEqual([...cityCounts].sort((a, b) => b - a));
    const rowOf = (label: string) =>
      rows.find((r) => r.occurrences.some((o) => o.label === label)) as Row;
    const decision = rowOf('Bescheid erstellen');
    expect(decision).toMatchObject({ label: 'Bescheid erstellen', cityCount: 2 });
    expect(decision.occurrences).toHaveLength(3);
    const check = rowOf('Prüfung des Antrags');
    expect(check.occurrences.map((o) => o.label).sort()).toEqual([
      'Antrag prüfen',
      'Antrag prüfen',
      'Prüfung des Antrags',
    ]);
    // The most common wording represents the row.
    expect(check.label).toBe('Antrag prüfen');
    for (const row of rows) {
      const models = row.occurrences.map((o) => o.model.id);
      expect(new Set(models).size).toBe(models.length);
    }

    const outliers = Object.fromEntries(
      map.models.map((m: { model: { title: string }; outliers: { label: string }[] }) => [
        m.model.title,
        m.outliers.map((o) => o.label),
      ]),
    );
    expect(outliers['Beta Gewerbe']).toEqual(['Ortstermin durchführen']);
    expect(outliers['Alpha Gewerbe']).toEqual(['Gebühr berechnen']);
    expect(outliers['Beta Gewerbe online']).toEqual([]);
  });

  it('leaves out every trace of a model the viewer may not see', async () => {
    const { gamma } = await seedService();
    const res = await app.gql(VARIANTS, { serviceKey: KEY }, { cookie: p.cookies.bea });
    const json = JSON.stringify(res);
    for (const trace of [
      'Schattenregister',
      'Gamma Gewerbe',
      'gamma',
      globalId('ProcessModel', gamma.id),
      gamma.id,
    ]) {
      expect(json).not.toContain(trace);
    }
    // Gamma sees its own model next to alpha's public one, not beta's private ones.
    const own = await app.gql(VARIANTS, { serviceKey: KEY }, { cookie: p.cookies.gus });
    const titles = own.data.serviceVariants.data.models.map(
      (m: { model: { title: string } }) => m.model.title,
    );
    expect(titles.sort()).toEqual(['Alpha Gewerbe', 'Gamma Gewerbe']);
  });

  it('counts partnership models for partners only', async () => {
    await seedService();
    const partnership = await seedPartnership(app, {
      name: 'Beta und Gamma',
      lead: p.beta,
      partners: [[p.gamma, 'ACCEPTED']],
    });
    await seedComparisonModel(app, {
      city: p.beta,
      author: p.bea,
      title: 'Beta Verbundmodell',
      serviceKey: KEY,
      visibility: 'PARTNERS',
      sharedWithPartnershipIds: [partnership.id],
      tasks: ['Antrag prüfen', 'Verbundprüfung'],
    });
    const titlesFor = async (cookie: string) => {
      const res = await app.gql(VARIANTS, { serviceKey: KEY }, { cookie });
      return res.data.serviceVariants.data.models.map(
        (m: { model: { title: string } }) => m.model.title,
      );
    };
    expect(await titlesFor(p.cookies.gus)).toContain('Beta Verbundmodell');
    const forAnna = await app.gql(VARIANTS, { serviceKey: KEY }, { cookie: p.cookies.anna });
    expect(JSON.stringify(forAnna)).not.toContain('Verbund');
  });

  it('rejects a service key that is not 14 digits', async () => {
    for (const serviceKey of ['123', 'abcdefghijklmn', '990500121040001']) {
      const res = await app.gql(VARIANTS, { serviceKey }, { cookie: p.cookies.bea });
      expect(res.data.serviceVariants).toMatchObject({
        __typename: 'ValidationError',
        fieldErrors: [{ path: 'serviceKey' }],
      });
    }
    const empty = await app.gql(VARIANTS, { serviceKey: KEY }, { cookie: p.cookies.bea });
    expect(empty.data.serviceVariants.data).toEqual({ serviceKey: KEY, models: [], steps: [] });
  });

  it('issues the same Prisma operations for 3 and for 6 models', async () => {
    await seedService();
    const measure = async () => {
      operations.length = 0;
      const res = await app.gql(VARIANTS, { serviceKey: KEY }, { cookie: p.cookies.bea });
      expect(res.errors).toBeUndefined();
      return {
        count: res.data.serviceVariants.data.models.length,
        operations: operations.map((o) => `${o.model}.${o.operation}`),
      };
    };
    await measure();
    const small = await measure();
    for (let i = 0; i < 3; i++) {
      await seedComparisonModel(app, {
        city: p.alpha,
        author: p.anna,
        title: `Alpha Variante ${i}`,
        serviceKey: KEY,
        tasks: ['Antrag prüfen', `Schritt ${i}`],
      });
    }
    const large = await measure();
    expect(large.count).toBe(small.count + 3);
    expect(large.operations).toEqual(small.operations);
  });
});
