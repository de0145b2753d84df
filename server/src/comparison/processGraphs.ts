import {
  graphFromDefinitions,
  type ProcessGraph,
  ProcessGraphError,
  readProcessGraph,
  stepTerms,
} from '@amtsweg/shared/matching';
import { nodeLexicon } from '@amtsweg/shared/matching/node';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';

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
  return { graph, stepTerms: stepTermsOf(graph) };
}

export function graphJson(graph: ProcessGraph): Prisma.InputJsonValue {
  return graph as unknown as Prisma.InputJsonValue;
}

/** A stored version as far as matching is concerned; `xml` is only needed when `graph` is null. */
export interface StoredGraph {
  id: string;
  graph: Prisma.JsonValue | null;
}

/**
 * The graphs of `versions`, by version id. Versions saved before graphs were stored have none:
 * theirs is computed from the XML once and persisted, so the next request reads it.
 */
export async function graphsOf(
  prisma: PrismaClient,
  versions: readonly StoredGraph[],
): Promise<Map<string, ProcessGraph>> {
  const graphs = new Map<string, ProcessGraph>();
  const missing: string[] = [];
  for (const version of versions) {
    if (version.graph) graphs.set(version.id, version.graph as unknown as ProcessGraph);
    else missing.push(version.id);
  }
  if (missing.length > 0) {
    const legacy = await prisma.processVersion.findMany({
      where: { id: { in: missing } },
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
  await prisma.processVersion.update({
    where: { id: version.id },
    data: { graph: graphJson(graph) },
  });
  return graph;
}

const backfilled = new WeakMap<PrismaClient, Promise<void>>();

/**
 * Gives the newest version of every model its graph, and the model its step terms, where they
 * were saved before this existed: candidate preselection reads `stepTerms`, so a model without
 * them would never be found. Runs once per client (process); on later calls it costs nothing.
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
      { id: string; modelId: string; number: number; xml: string }[]
    >`
      SELECT v.id, v."modelId", v.number, v.xml
      FROM "ProcessVersion" v
      JOIN "ProcessModel" m ON m.id = v."modelId" AND v.number = m."latestVersionNumber"
      WHERE v.graph IS NULL
      LIMIT 50`;
    if (batch.length === 0) return;
    for (const version of batch) {
      const graph = await readStoredGraph(version.xml);
      const terms = stepTermsOf(graph);
      // Raw updates: Prisma's @updatedAt would otherwise mark every legacy model as just edited.
      // The version number guards against a save that made another version the newest meanwhile.
      await prisma.$transaction([
        prisma.$executeRaw`
          UPDATE "ProcessVersion" SET graph = ${JSON.stringify(graph)}::jsonb
          WHERE id = ${version.id}::uuid`,
        prisma.$executeRaw`
          UPDATE "ProcessModel" SET "stepTerms" = ${terms}::text[]
          WHERE id = ${version.modelId}::uuid AND "latestVersionNumber" = ${version.number}`,
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
