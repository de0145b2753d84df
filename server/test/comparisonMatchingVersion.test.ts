import { MATCHING_DATA_VERSION, type ProcessGraph } from '@amtsweg/shared/matching';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backfillNewestGraphs, stepTermsOf } from '../src/comparison/processGraphs.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { adoptProcessModel } from '../src/processModels/adoption.ts';
import { COMPARE, SIMILAR, seedComparisonModel, similarTitles } from './support/comparison.ts';
import { type ProcessPeople, seedProcessPeople, seedVersion } from './support/processModels.ts';
import { createTestApp, globalId, type TestApp } from './support/testApp.ts';

// The matching-data version stamp: graphs and step terms an older engine stored are recomputed
// (the backfill for models' terms and newest graphs, on first use for any graph), never those of
// a newer engine, and without making the models look edited.

const TASKS = ['Antrag prüfen', 'Gebühr berechnen', 'Bescheid erstellen'];

/** What an older engine might have stored: nothing in it matches the real diagram. */
const OLD_GRAPH: ProcessGraph = {
  nodes: [
    { id: 'Task_old', label: 'Altlast', kind: 'USER_TASK', type: 'bpmn:UserTask', lane: null },
  ],
  flows: [],
  messageFlows: [],
  lanes: [],
  dataObjects: [],
};

describe('matching data version', () => {
  let app: TestApp;
  let p: ProcessPeople;

  beforeEach(async () => {
    app = await createTestApp();
    p = await seedProcessPeople(app);
  });
  afterEach(() => app.close());

  /** Beta asks about its model; alpha has one with the same steps under another service. */
  async function seedPair() {
    const asked = await seedComparisonModel(app, {
      city: p.beta,
      author: p.bea,
      title: 'Beta: Gewerbe anmelden',
      tasks: TASKS,
      serviceKey: '99050012104000',
    });
    const other = await seedComparisonModel(app, {
      city: p.alpha,
      author: p.anna,
      title: 'Alpha: gleiche Schritte',
      tasks: TASKS,
    });
    return { asked, other };
  }

  /** Makes a version's graph look computed by an engine of `version` (0: before the stamp). */
  async function ageGraph(versionId: string, version = 0) {
    await app.prisma.$executeRaw`
      UPDATE "ProcessVersion" SET graph = ${JSON.stringify(OLD_GRAPH)}::jsonb,
        "graphVersion" = ${version}
      WHERE id = ${versionId}::uuid`;
  }

  /** Makes a model's terms look computed before the stamp (raw SQL: updatedAt stays). */
  async function ageTerms(modelId: string) {
    await app.prisma.$executeRaw`
      UPDATE "ProcessModel" SET "stepTerms" = '{}', "stepTermsVersion" = 0
      WHERE id = ${modelId}::uuid`;
  }

  const stored = async (modelId: string, versionId: string) => ({
    model: await app.prisma.processModel.findUniqueOrThrow({ where: { id: modelId } }),
    version: await app.prisma.processVersion.findUniqueOrThrow({ where: { id: versionId } }),
  });

  it('stamps graph and terms on import, on save and on adoption', async () => {
    const { other } = await seedPair();
    expect(other.stepTermsVersion).toBe(MATCHING_DATA_VERSION);
    expect(other.version.graphVersion).toBe(MATCHING_DATA_VERSION);
    const saved = await seedVersion(app, other, p.anna, ['Wohnung besichtigen']);
    expect(saved.graphVersion).toBe(MATCHING_DATA_VERSION);
    await ageTerms(other.id);
    await seedVersion(app, other, p.anna, ['Akte anlegen']);
    const afterSave = await app.prisma.processModel.findUniqueOrThrow({ where: { id: other.id } });
    expect(afterSave.stepTermsVersion).toBe(MATCHING_DATA_VERSION);
    const copy = await adoptProcessModel(app.prisma, {
      modelId: other.id,
      cityId: p.beta.id,
      authorId: p.bea.id,
    });
    const copyVersion = await app.prisma.processVersion.findFirstOrThrow({
      where: { modelId: copy.id },
    });
    expect(copy.stepTermsVersion).toBe(MATCHING_DATA_VERSION);
    expect(copyVersion.graphVersion).toBe(MATCHING_DATA_VERSION);
  });

  it('refreshes the terms and newest graph an older engine stored, so the model is found', async () => {
    const { asked, other } = await seedPair();
    const fresh = await stored(other.id, other.version.id);
    await ageGraph(other.version.id);
    await ageTerms(other.id);
    // The asking model is stale too: its own terms are recomputed for the preselection.
    await ageGraph(asked.version.id);
    await ageTerms(asked.id);

    const res = await app.gql(
      SIMILAR,
      { id: globalId('ProcessModel', asked.id) },
      {
        cookie: p.cookies.bea,
      },
    );
    expect(res.errors).toBeUndefined();
    expect(similarTitles(res)).toEqual(['Alpha: gleiche Schritte']);
    expect(res.data.similarProcesses.data[0].matchedSteps).toBeGreaterThanOrEqual(TASKS.length);

    for (const [model, versionId] of [
      [other, other.version.id],
      [asked, asked.version.id],
    ] as const) {
      const refreshed = await stored(model.id, versionId);
      expect(refreshed.model.stepTermsVersion).toBe(MATCHING_DATA_VERSION);
      expect(refreshed.version.graphVersion).toBe(MATCHING_DATA_VERSION);
      // Refreshing is not editing.
      expect(refreshed.model.updatedAt).toEqual(model.updatedAt);
    }
    const refreshed = await stored(other.id, other.version.id);
    expect(refreshed.model.stepTerms).toEqual(fresh.model.stepTerms);
    expect(refreshed.version.graph).toEqual(fresh.version.graph);
  });

  it('compares with a recomputed graph where an older engine stored one, and keeps it', async () => {
    const { asked, other } = await seedPair();
    const fresh = await stored(other.id, other.version.id);
    // Not the newest version any more: only first use refreshes its graph, not the backfill.
    await seedVersion(app, other, p.anna, ['Akte anlegen']);
    await ageGraph(other.version.id);

    const res = await app.gql(
      COMPARE,
      {
        left: globalId('ProcessVersion', asked.version.id),
        right: globalId('ProcessVersion', other.version.id),
      },
      { cookie: p.cookies.bea },
    );
    expect(res.data.compareProcesses.__typename).toBe('QueryCompareProcessesSuccess');
    expect(res.data.compareProcesses.data.matches.length).toBeGreaterThanOrEqual(TASKS.length);
    const refreshed = await stored(other.id, other.version.id);
    expect(refreshed.version.graphVersion).toBe(MATCHING_DATA_VERSION);
    expect(refreshed.version.graph).toEqual(fresh.version.graph);
  });

  it('reads but never overwrites what a newer engine stored', async () => {
    const { asked, other } = await seedPair();
    const newer = MATCHING_DATA_VERSION + 1;
    await ageGraph(other.version.id, newer);
    await app.prisma.$executeRaw`
      UPDATE "ProcessModel" SET "stepTerms" = '{zukunft}', "stepTermsVersion" = ${newer}
      WHERE id = ${other.id}::uuid`;

    const res = await app.gql(
      COMPARE,
      {
        left: globalId('ProcessVersion', asked.version.id),
        right: globalId('ProcessVersion', other.version.id),
      },
      { cookie: p.cookies.bea },
    );
    // This engine compares with the graph it computes itself …
    expect(res.data.compareProcesses.data.matches.length).toBeGreaterThanOrEqual(TASKS.length);
    await backfillNewestGraphs(app.prisma);
    // … and leaves the newer engine's data as it is.
    const kept = await stored(other.id, other.version.id);
    expect(kept.version.graphVersion).toBe(newer);
    expect(kept.version.graph).toEqual(OLD_GRAPH);
    expect(kept.model.stepTerms).toEqual(['zukunft']);
    expect(kept.model.stepTermsVersion).toBe(newer);
  });

  it('costs one query when nothing is stale, and converges when instances run it together', async () => {
    const { asked, other } = await seedPair();
    const raw: string[] = [];
    const observed = app.prisma.$extends({
      query: {
        $queryRaw: ({ args, query }) => {
          raw.push('query');
          return query(args);
        },
        $executeRaw: ({ args, query }) => {
          raw.push('execute');
          return query(args);
        },
      },
    }) as unknown as PrismaClient;
    await backfillNewestGraphs(observed);
    expect(raw).toEqual(['query']);

    // Two instances (clients) start on the same stale rows at once.
    const fresh = await stored(other.id, other.version.id);
    for (const model of [asked, other]) {
      await ageGraph(model.version.id);
      await ageTerms(model.id);
    }
    const second = app.prisma.$extends({}) as unknown as PrismaClient;
    await Promise.all([backfillNewestGraphs(app.prisma), backfillNewestGraphs(second)]);
    const refreshed = await stored(other.id, other.version.id);
    expect(refreshed.model.stepTerms).toEqual(fresh.model.stepTerms);
    expect(refreshed.model.stepTermsVersion).toBe(MATCHING_DATA_VERSION);
    expect(refreshed.version.graph).toEqual(fresh.version.graph);
    expect(refreshed.model.updatedAt).toEqual(other.updatedAt);
  });

  it('leaves the terms of a model saved while the backfill computed them', async () => {
    const { other } = await seedPair();
    await ageGraph(other.version.id);
    await ageTerms(other.id);
    let saved: Awaited<ReturnType<typeof seedVersion>> | undefined;
    // Another instance saves the model right after the backfill picked its old newest version.
    const racing = app.prisma.$extends({
      query: {
        $queryRaw: async ({ args, query }) => {
          const rows = await query(args);
          saved ??= await seedVersion(app, other, p.anna, ['Wohnung besichtigen']);
          return rows;
        },
      },
    }) as unknown as PrismaClient;
    await backfillNewestGraphs(racing);

    const model = await app.prisma.processModel.findUniqueOrThrow({ where: { id: other.id } });
    expect(model.latestVersionNumber).toBe(2);
    expect(model.stepTermsVersion).toBe(MATCHING_DATA_VERSION);
    // The terms are those of the saved version 2, not of version 1 the backfill had read.
    expect(model.stepTerms).toEqual(stepTermsOf(saved?.graph as unknown as ProcessGraph));
    expect(model.stepTerms).not.toEqual(other.stepTerms);
  });
});
