import {
  graphFromDefinitions,
  MATCHING_DATA_VERSION,
  type ProcessGraph,
  ProcessGraphError,
  readProcessGraph,
  stepTerms,
} from '@amtsweg/shared/matching';
import { nodeLexicon } from '@amtsweg/shared/matching/node';
import { storableJson } from '../db/storableJson.ts';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';

// For code that writes matching data itself (the benchmark) and has no dependency on shared.
export { MATCHING_DATA_VERSION };

/** The options every engine call on the server uses (the lexicon with WordNet is memoised). */
export function matchingOptions() {
  return { lexicon: nodeLexicon() };
}

/** The terms `ProcessModel.stepTerms` holds for candidate preselection. */
export function stepTermsOf(graph: ProcessGraph): string[] {
  return stepTerms(graph, matchingOptions());
}

/** What a version stores for matching, from the moddle definitions the import already parsed. */
export function matchingDataOf(definitions: unknown) {
  const graph = graphFromDefinitions(definitions);
  return { graph, stepTerms: stepTermsOf(graph), matchingDataVersion: MATCHING_DATA_VERSION };
}

export function graphJson(graph: ProcessGraph): Prisma.InputJsonValue {
  return storableJson(graph);
}

/** A stored version as far as matching is concerned (the XML is read only when needed). */
export interface StoredGraph {
  id: string;
  graph: Prisma.JsonValue | null;
  graphVersion: number;
}

/** Whether `graph` is what this engine computes, so it can be used as stored. */
function isCurrent(version: StoredGraph): boolean {
  return version.graph !== null && version.graphVersion === MATCHING_DATA_VERSION;
}

/**
 * The graphs of `versions`, by version id. A version saved before graphs were stored has none,
 * and one stored by an older engine is stale: either is computed from the XML once and persisted,
 * so the next request reads it. A graph of a newer engine (an instance already upgraded while
 * this one still runs) is recomputed for this request only and left as it is.
 */
export async function graphsOf(
  prisma: PrismaClient,
  versions: readonly StoredGraph[],
): Promise<Map<string, ProcessGraph>> {
  const graphs = new Map<string, ProcessGraph>();
  const stale: string[] = [];
  for (const version of versions) {
    if (isCurrent(version)) graphs.set(version.id, version.graph as unknown as ProcessGraph);
    else stale.push(version.id);
  }
  if (stale.length > 0) {
    const legacy = await prisma.processVersion.findMany({
      where: { id: { in: stale } },
      select: { id: true, xml: true },
    });
    for (const version of legacy) {
      graphs.set(version.id, await persistGraph(prisma, version));
    }
  }
  return graphs;
}

async function persistGraph(prisma: PrismaClient, version: { id: string; xml: string }) {
  const graph = await readStoredGraph(version.xml);
  // Only ever upgrades: a newer engine's graph stays, and concurrent requests write the same.
  await prisma.processVersion.updateMany({
    where: { id: version.id, graphVersion: { lt: MATCHING_DATA_VERSION } },
    data: { graph: graphJson(graph), graphVersion: MATCHING_DATA_VERSION },
  });
  return graph;
}

const backfilled = new WeakMap<PrismaClient, Promise<void>>();

/**
 * Brings every model's step terms, and the graph of its newest version, up to this engine's
 * MATCHING_DATA_VERSION where they were saved before they existed or by an older engine:
 * candidate preselection reads `stepTerms`, so a model with missing or outdated terms would not
 * be found. Runs once per client (process); when nothing is stale that is one indexed query, and
 * later calls cost nothing. Instances running it at the same time only repeat the same writes.
 */
export function backfillNewestGraphs(prisma: PrismaClient): Promise<void> {
  let done = backfilled.get(prisma);
  if (!done) {
    done = runBackfill(prisma).catch((error) => {
      backfilled.delete(prisma);
      throw error;
    });
    backfilled.set(prisma, done);
  }
  return done;
}

async function runBackfill(prisma: PrismaClient) {
  for (;;) {
    const batch = await prisma.$queryRaw<
      (StoredGraph & { modelId: string; number: number; xml: string })[]
    >`
      SELECT v.id, v."modelId", v.number, v.xml, v.graph, v."graphVersion"
      FROM "ProcessModel" m
      JOIN "ProcessVersion" v ON v."modelId" = m.id AND v.number = m."latestVersionNumber"
      WHERE m."stepTermsVersion" < ${MATCHING_DATA_VERSION}
      LIMIT 50`;
    if (batch.length === 0) return;
    for (const version of batch) {
      const current = isCurrent(version);
      const graph = current
        ? (version.graph as unknown as ProcessGraph)
        : await readStoredGraph(version.xml);
      const terms = stepTermsOf(graph);
      // Raw updates: Prisma's @updatedAt would otherwise mark every refreshed model as just
      // edited. The version number guards against a save that made another version the newest
      // meanwhile (that model comes back in a later batch if the save was not stamped current);
      // the stamps make a concurrent run's or a newer engine's writes win.
      await prisma.$transaction([
        ...(current
          ? []
          : [
              prisma.$executeRaw`
                UPDATE "ProcessVersion"
                SET graph = ${JSON.stringify(graph)}::jsonb, "graphVersion" = ${MATCHING_DATA_VERSION}
                WHERE id = ${version.id}::uuid AND "graphVersion" < ${MATCHING_DATA_VERSION}`,
            ]),
        prisma.$executeRaw`
          UPDATE "ProcessModel"
          SET "stepTerms" = ${terms}::text[], "stepTermsVersion" = ${MATCHING_DATA_VERSION}
          WHERE id = ${version.modelId}::uuid AND "latestVersionNumber" = ${version.number}
            AND "stepTermsVersion" < ${MATCHING_DATA_VERSION}`,
      ]);
    }
  }
}

const EMPTY_GRAPH: ProcessGraph = {
  nodes: [],
  flows: [],
  messageFlows: [],
  lanes: [],
  dataObjects: [],
};

/**
 * Stored XML passed the import checks, so the engine reads it; should it not, the version
 * compares as empty rather than failing every request (and the backfill would never finish).
 */
export async function readStoredGraph(xml: string): Promise<ProcessGraph> {
  try {
    return await readProcessGraph(xml);
  } catch (error) {
    if (error instanceof ProcessGraphError) return EMPTY_GRAPH;
    throw error;
  }
}
