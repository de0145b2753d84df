import { compareProcesses, type GraphNode, type ProcessGraph } from '@amtsweg/shared/matching';
import type { Auth } from '../auth/authz.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { visibleModelsWhere } from '../processModels/visibility.ts';
import { backfillNewestGraphs, graphsOf, matchingOptions } from './processGraphs.ts';
import type { ProcessStep, ServiceVariantMap, VariantStep } from './types.ts';

/**
 * At most this many models (the most recently changed) enter one map: every pair is compared,
 * so the work grows with the square of the count (30 models: 435 comparisons).
 */
export const MAX_VARIANT_MODELS = 30;

/** Two steps of different models below this match score stay in separate rows. */
const CLUSTER_THRESHOLD = 0.5;

interface Column {
  modelId: string;
  cityId: string;
  versionId: string;
  graph: ProcessGraph;
  steps: GraphNode[];
}

/**
 * The variant map of a service: which steps (clustered across models by the matcher) occur in how
 * many cities, over the visible models with this service key.
 */
export async function serviceVariants(
  prisma: PrismaClient,
  auth: Auth,
  serviceKey: string,
): Promise<ServiceVariantMap> {
  await backfillNewestGraphs(prisma);
  const models = await prisma.processModel.findMany({
    where: { AND: [await visibleModelsWhere(auth), { serviceKey }] },
    select: { id: true, cityId: true, latestVersionNumber: true },
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    take: MAX_VARIANT_MODELS,
  });
  const versions =
    models.length === 0
      ? []
      : await prisma.processVersion.findMany({
          where: { OR: models.map((m) => ({ modelId: m.id, number: m.latestVersionNumber })) },
          select: { id: true, modelId: true, graph: true, graphVersion: true },
        });
  const graphs = await graphsOf(prisma, versions);
  const versionOf = new Map(versions.map((v) => [v.modelId, v.id]));
  const columns: Column[] = [];
  for (const model of models) {
    const versionId = versionOf.get(model.id);
    const graph = versionId ? graphs.get(versionId) : undefined;
    if (!versionId || !graph) continue;
    columns.push({ ...model, modelId: model.id, versionId, graph, steps: stepsOf(graph) });
  }

  const clusters = clusterSteps(columns);
  const clusterOf = new Map<string, Member[]>();
  for (const members of clusters) for (const member of members) clusterOf.set(member.key, members);
  // An outlier: a step whose row holds no other city than its model's own.
  const isOutlier = (index: number, step: GraphNode) =>
    (clusterOf.get(`${index}:${step.id}`) ?? []).every(
      (m) => columns[m.column]?.cityId === columns[index]?.cityId,
    );
  return {
    serviceKey,
    models: columns.map((column, index) => ({
      modelId: column.modelId,
      versionId: column.versionId,
      cityId: column.cityId,
      outliers: column.steps.filter((step) => isOutlier(index, step)).map(toProcessStep),
    })),
    steps: clusters
      .map((members) => variantStep(columns, members))
      .sort((a, b) => b.cityCount - a.cityCount || b.occurrences.length - a.occurrences.length),
  };
}

/** The steps a map shows: activities, and events that carry a name. */
function stepsOf(graph: ProcessGraph): GraphNode[] {
  return graph.nodes.filter(
    (node) => node.kind !== 'GATEWAY' && (node.label !== '' || !node.kind.endsWith('_EVENT')),
  );
}

interface Member {
  key: string;
  column: number;
  node: GraphNode;
}

/**
 * Groups steps of different models that the matcher pairs: every pair of models is compared and
 * matches above the threshold are merged, strongest first, into clusters (union-find). A merge
 * that would put two steps of one model into one cluster is skipped, so a row holds at most one
 * step per model (the second half of a split step gets a row of its own).
 */
function clusterSteps(columns: Column[]): Member[][] {
  const members = new Map<string, Member>();
  columns.forEach((column, index) => {
    for (const node of column.steps) {
      const key = `${index}:${node.id}`;
      members.set(key, { key, column: index, node });
    }
  });
  const parent = new Map<string, string>();
  const columnsOf = new Map<string, Set<number>>();
  for (const member of members.values()) {
    parent.set(member.key, member.key);
    columnsOf.set(member.key, new Set([member.column]));
  }
  const root = (key: string): string => {
    let current = key;
    while (parent.get(current) !== current) current = parent.get(current) as string;
    parent.set(key, current);
    return current;
  };

  const links: { a: string; b: string; score: number }[] = [];
  const options = matchingOptions();
  for (let i = 0; i < columns.length; i++) {
    for (let j = i + 1; j < columns.length; j++) {
      const left = columns[i] as Column;
      const right = columns[j] as Column;
      for (const match of compareProcesses(left.graph, right.graph, options).matches) {
        const a = `${i}:${match.left}`;
        const b = `${j}:${match.right}`;
        if (match.score >= CLUSTER_THRESHOLD && members.has(a) && members.has(b)) {
          links.push({ a, b, score: match.score });
        }
      }
    }
  }
  links.sort((x, y) => y.score - x.score);
  for (const link of links) {
    const ra = root(link.a);
    const rb = root(link.b);
    if (ra === rb) continue;
    const ca = columnsOf.get(ra) as Set<number>;
    const cb = columnsOf.get(rb) as Set<number>;
    if ([...cb].some((column) => ca.has(column))) continue;
    parent.set(rb, ra);
    for (const column of cb) ca.add(column);
    columnsOf.delete(rb);
  }

  const clusters = new Map<string, Member[]>();
  for (const member of members.values()) {
    const key = root(member.key);
    clusters.set(key, [...(clusters.get(key) ?? []), member]);
  }
  return [...clusters.values()];
}

function variantStep(columns: Column[], members: Member[]): VariantStep {
  const ordered = [...members].sort((a, b) => a.column - b.column);
  const cities = new Set(ordered.map((m) => columns[m.column]?.cityId));
  return {
    label: commonestLabel(ordered.map((m) => m.node.label)),
    cityCount: cities.size,
    occurrences: ordered.map((m) => ({
      modelId: columns[m.column]?.modelId as string,
      elementId: m.node.id,
      label: m.node.label,
    })),
  };
}

/** The wording most models use; on a tie the first (most recently changed model's). */
function commonestLabel(labels: string[]): string {
  const counts = new Map<string, number>();
  for (const label of labels) if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  let best = '';
  let bestCount = 0;
  for (const [label, count] of counts) {
    if (count > bestCount) {
      best = label;
      bestCount = count;
    }
  }
  return best;
}

function toProcessStep(node: GraphNode): ProcessStep {
  return { elementId: node.id, label: node.label, kind: node.kind, lane: node.lane };
}
