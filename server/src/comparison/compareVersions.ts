import { compareProcesses, MATCHING_DATA_VERSION } from '@amtsweg/shared/matching';
import { LRUCache } from 'lru-cache';
import type { Auth } from '../auth/authz.ts';
import { NotFoundError } from '../errors.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { canViewModel, parentModelSharing } from '../processModels/visibility.ts';
import { isUuid } from './ids.ts';
import { graphsOf, matchingOptions } from './processGraphs.ts';
import { stepFinder } from './steps.ts';
import type { VersionComparison } from './types.ts';

/**
 * Finished comparisons by version pair. A version never changes once saved, so the comparison of
 * two versions is the same for everyone who may see both; computing it takes the two stored graphs
 * (tens of kilobytes each) and the step matching, the costliest answer the API gives. Visibility
 * is still checked on every request, before the cache is read.
 */
const comparisons = new LRUCache<string, VersionComparison>({ max: 500 });

/**
 * Compares two versions step by step. Both must be visible to the viewer; otherwise the answer
 * is the same NotFound whichever side is hidden, so it does not tell which one exists.
 */
export async function compareVersions(
  prisma: PrismaClient,
  auth: Auth,
  leftVersionId: string,
  rightVersionId: string,
): Promise<VersionComparison> {
  const ids = [leftVersionId, rightVersionId];
  if (!ids.every(isUuid)) throw new NotFoundError('ProcessVersion');
  const versions = await prisma.processVersion.findMany({
    where: { id: { in: ids } },
    select: { id: true, ...parentModelSharing },
  });
  const byId = new Map(versions.map((version) => [version.id, version]));
  for (const id of ids) {
    const version = byId.get(id);
    if (!version || !(await canViewModel(auth, version.model))) {
      throw new NotFoundError('ProcessVersion');
    }
  }
  const key = `${MATCHING_DATA_VERSION}:${leftVersionId}:${rightVersionId}`;
  const cached = comparisons.get(key);
  if (cached) return cached;
  const comparison = await computeComparison(prisma, leftVersionId, rightVersionId);
  comparisons.set(key, comparison);
  return comparison;
}

async function computeComparison(
  prisma: PrismaClient,
  leftVersionId: string,
  rightVersionId: string,
): Promise<VersionComparison> {
  const stored = await prisma.processVersion.findMany({
    where: { id: { in: [leftVersionId, rightVersionId] } },
    select: { id: true, graph: true, graphVersion: true },
  });
  const graphs = await graphsOf(prisma, stored);
  const left = graphs.get(leftVersionId);
  const right = graphs.get(rightVersionId);
  if (!left || !right) throw new NotFoundError('ProcessVersion');

  const result = compareProcesses(left, right, matchingOptions());
  const leftStep = stepFinder(left);
  const rightStep = stepFinder(right);
  return {
    leftVersionId,
    rightVersionId,
    similarity: result.similarity,
    matches: result.matches.map((match) => ({
      left: leftStep(match.left),
      right: rightStep(match.right),
      score: match.score,
      reason: match.reason,
      reasons: match.reasons,
    })),
    onlyLeft: result.onlyLeft.map(leftStep),
    onlyRight: result.onlyRight.map(rightStep),
    leftFigures: result.left,
    rightFigures: result.right,
  };
}
