import {
  compareProcesses,
  MATCHING_DATA_VERSION,
  type ProcessGraph,
} from '@amtsweg/shared/matching';
import type { Auth } from '../auth/authz.ts';
import { NotFoundError } from '../errors.ts';
import { Prisma, type PrismaClient } from '../generated/prisma/client.ts';
import { canViewModel, sharingSelection } from '../processModels/visibility.ts';
import { visibleModelsSql } from '../processModels/visibleModelsSql.ts';
import { isUuid } from './ids.ts';
import { backfillNewestGraphs, graphsOf, matchingOptions, stepTermsOf } from './processGraphs.ts';
import type { SimilarProcess } from './types.ts';

/** How many candidates the engine compares beyond those asked for: the preselection is rough. */
const EXTRA_CANDIDATES = 30;

interface Candidate {
  modelId: string;
  versionId: string;
  sameService: boolean;
  graph: Prisma.JsonValue | null;
  graphVersion: number;
}

/**
 * "Who already did this?": visible models of other cities, ranked by the matching engine against
 * the newest version of `modelId`; models with the same service key first.
 *
 * The engine is far too slow to run against every stored model, so the database preselects
 * candidates first: visible models of other cities with the same service key or sharing at least
 * one normalised step term, ranked by term overlap. Only those few are compared in full.
 */
export async function similarProcesses(
  prisma: PrismaClient,
  auth: Auth,
  modelId: string,
  first: number,
): Promise<SimilarProcess[]> {
  if (!isUuid(modelId)) throw new NotFoundError('ProcessModel');
  const model = await prisma.processModel.findUnique({
    where: { id: modelId },
    include: sharingSelection,
  });
  if (!model || !(await canViewModel(auth, model))) throw new NotFoundError('ProcessModel');
  await backfillNewestGraphs(prisma);

  const newest = await prisma.processVersion.findUnique({
    where: { modelId_number: { modelId, number: model.latestVersionNumber } },
    select: { id: true, graph: true, graphVersion: true },
  });
  if (!newest) return [];
  const graph = (await graphsOf(prisma, [newest])).get(newest.id) as ProcessGraph;
  const options = matchingOptions();
  // The stored terms are those of the newest version, unless this engine did not compute them
  // (read before the backfill, or written by an instance running another engine version).
  const terms =
    model.stepTermsVersion === MATCHING_DATA_VERSION ? model.stepTerms : stepTermsOf(graph);

  const limit = first + EXTRA_CANDIDATES;
  const visible = await visibleModelsSql(auth);
  // Dice coefficient of the two term sets: cheap enough to compute for every row it ranks.
  const overlap = Prisma.sql`
    2.0 * (SELECT count(*) FROM unnest(m."stepTerms") AS t(term) WHERE term = ANY(${terms}::text[]))
      / GREATEST(cardinality(m."stepTerms") + ${terms.length}, 1)`;
  // Two ranked branches in one query: models of the same service (btree index on serviceKey),
  // then the others sharing a term (GIN index on stepTerms). Same service ranks first anyway, so
  // when it already fills the limit PostgreSQL never runs the second branch and its ranking
  // scan; the newest versions are joined to the few survivors only.
  const candidates = await prisma.$queryRaw<Candidate[]>`
    WITH ranked AS (
      (SELECT m.id, m."latestVersionNumber", TRUE AS "sameService"
        FROM "ProcessModel" m
        WHERE m."serviceKey" = ${model.serviceKey} AND m."cityId" <> ${model.cityId}::uuid
          AND ${visible}
        ORDER BY ${overlap} DESC, m.id
        LIMIT ${limit})
      UNION ALL
      (SELECT m.id, m."latestVersionNumber", FALSE AS "sameService"
        FROM "ProcessModel" m
        WHERE m."stepTerms" && ${terms}::text[] AND m."cityId" <> ${model.cityId}::uuid
          AND NOT COALESCE(m."serviceKey" = ${model.serviceKey}, FALSE)
          AND ${visible}
        ORDER BY ${overlap} DESC, m.id
        LIMIT ${limit})
      LIMIT ${limit}
    )
    SELECT r.id AS "modelId", v.id AS "versionId", v.graph, v."graphVersion", r."sameService"
    FROM ranked r
    JOIN "ProcessVersion" v ON v."modelId" = r.id AND v.number = r."latestVersionNumber"`;

  const graphs = await graphsOf(
    prisma,
    candidates.map((c) => ({ id: c.versionId, graph: c.graph, graphVersion: c.graphVersion })),
  );
  const ranked: SimilarProcess[] = [];
  for (const candidate of candidates) {
    const other = graphs.get(candidate.versionId);
    if (!other) continue;
    const comparison = compareProcesses(graph, other, options);
    const matchedSteps = new Set(comparison.matches.map((match) => match.left)).size;
    // Sharing a word is not yet a similar procedure; the same service always counts.
    if (matchedSteps === 0 && !candidate.sameService) continue;
    ranked.push({
      modelId: candidate.modelId,
      versionId: candidate.versionId,
      similarity: comparison.similarity,
      sameService: candidate.sameService,
      matchedSteps,
    });
  }
  ranked.sort(
    (a, b) =>
      Number(b.sameService) - Number(a.sameService) ||
      b.similarity - a.similarity ||
      (a.modelId < b.modelId ? -1 : 1),
  );
  return ranked.slice(0, first);
}
