import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adoptProcessModel } from '../src/processModels/adoption.ts';
import { seedPartnership } from './support/fixtures.ts';
import {
  type ProcessPeople,
  seedModel,
  seedProcessPeople,
  seedVersion,
} from './support/processModels.ts';
import { createTestApp, globalId, type PrismaOperation, type TestApp } from './support/testApp.ts';

// Style item 5 for the process catalogue: the Prisma operations of a list request must not grow
// with the number of models. Measured with N models and again with 3×N.
const N = 3;

const CATALOGUE = `{
  processModels(first: 50) {
    edges { node { title city { name } latestVersion { number activityCount authorName } } }
  }
}`;

const CATALOGUE_WITH_COUNTS = `{
  processModels(first: 50) {
    edges {
      node { title visibility adoptionCount viewerCanEdit sharedWith latestVersion { number } }
    }
  }
}`;

describe('Prisma operations of the process catalogue stay constant as it grows', () => {
  let app: TestApp;
  let operations: PrismaOperation[];
  let p: ProcessPeople;
  let partnershipId: string;

  beforeEach(async () => {
    operations = [];
    app = await createTestApp({ onQuery: (operation) => operations.push(operation) });
    p = await seedProcessPeople(app);
    const partnership = await seedPartnership(app, {
      name: 'Verbund',
      lead: p.alpha,
      partners: [[p.beta, 'ACCEPTED']],
    });
    partnershipId = partnership.id;
  });
  afterEach(() => app.close());

  /**
   * `count` models of each kind beta's process owner sees: alpha's PUBLIC ones (with a second
   * version by another author, each adopted by beta), alpha's PARTNERS and beta's own PRIVATE
   * ones. Plus a PRIVATE alpha model beta must not see.
   */
  async function addModels(count: number, from: number) {
    for (let i = from; i < from + count; i++) {
      const n = String(i).padStart(3, '0');
      const open = await seedModel(app, {
        city: p.alpha,
        author: p.anna,
        title: `Öffentlich ${n}`,
        visibility: 'PUBLIC',
        licence: 'CC_BY_4_0',
        tasks: Array.from({ length: i + 1 }, (_, k) => `Schritt ${k + 1}`),
      });
      await seedVersion(app, open, p.arne, ['Prüfen', 'Entscheiden']);
      await adoptProcessModel(app.prisma, {
        modelId: open.id,
        cityId: p.beta.id,
        authorId: p.bea.id,
      });
      await seedModel(app, {
        city: p.alpha,
        author: p.anna,
        title: `Verbund ${n}`,
        visibility: 'PARTNERS',
        sharedWithPartnershipIds: [partnershipId],
      });
      await seedModel(app, { city: p.beta, author: p.bea, title: `Beta ${n}` });
      await seedModel(app, { city: p.alpha, author: p.anna, title: `Geheim ${n}` });
    }
  }

  async function measure(query: string) {
    operations.length = 0;
    const res = await app.gql(query, {}, { cookie: p.cookies.bea });
    expect(res.errors).toBeUndefined();
    return { data: res.data, operations: operations.map((o) => `${o.model}.${o.operation}`) };
  }

  it('lists models with city and newest version in a constant number of operations', async () => {
    await addModels(N, 0);
    const small = await measure(CATALOGUE);
    expect(small.data.processModels.edges).toHaveLength(4 * N);

    await addModels(2 * N, N);
    const large = await measure(CATALOGUE);
    expect(large.data.processModels.edges).toHaveLength(12 * N);
    const titles = large.data.processModels.edges.map(
      (e: { node: { title: string } }) => e.node.title,
    );
    expect(titles.some((t: string) => t.startsWith('Geheim'))).toBe(false);
    expect(large.data.processModels.edges).toContainEqual({
      node: {
        title: `Öffentlich 00${3 * N - 1}`,
        city: { name: 'Alphastadt' },
        latestVersion: { number: 2, activityCount: 2, authorName: 'arne' },
      },
    });
    expect(large.data.processModels.edges).toContainEqual({
      node: {
        title: 'Beta 000',
        city: { name: 'Betadorf' },
        latestVersion: { number: 1, activityCount: 2, authorName: 'bea' },
      },
    });
    expect(large.operations).toEqual(small.operations);
  });

  it('adds adoption counts, edit rights and sharing without a query per model', async () => {
    await addModels(N, 0);
    const small = await measure(CATALOGUE_WITH_COUNTS);
    await addModels(2 * N, N);
    const large = await measure(CATALOGUE_WITH_COUNTS);
    expect(large.data.processModels.edges).toHaveLength(12 * N);
    const byTitle = (title: string, city: 'alpha' | 'beta') =>
      large.data.processModels.edges
        .map((e: { node: unknown }) => e.node)
        .find(
          (m: { title: string; viewerCanEdit: boolean }) =>
            m.title === title && m.viewerCanEdit === (city === 'beta'),
        );
    expect(byTitle('Öffentlich 004', 'alpha')).toEqual({
      title: 'Öffentlich 004',
      visibility: 'PUBLIC',
      adoptionCount: 1,
      viewerCanEdit: false,
      sharedWith: [],
      latestVersion: { number: 2 },
    });
    expect(byTitle('Öffentlich 004', 'beta')).toMatchObject({
      visibility: 'PRIVATE',
      adoptionCount: 0,
      latestVersion: { number: 1 },
    });
    expect(byTitle('Verbund 004', 'alpha')).toMatchObject({
      visibility: 'PARTNERS',
      sharedWith: [globalId('Partnership', partnershipId)],
    });
    expect(large.operations).toEqual(small.operations);
  });
});
