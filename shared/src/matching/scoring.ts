import type { Candidate } from './assignment.ts';
import type { LaneAffinity } from './lanes.ts';
import { contextScore, type ScoreTable } from './neighbours.ts';
import type { MatchingParameters } from './parameters.ts';
import type { StepContext } from './structure.ts';

/** A pair worth assigning, with the structural evidence that went into its score. */
export interface ScoredPair extends Candidate {
  context: number | undefined;
  /** Difference of relative position in the two flows, in [0, 1]. */
  gap: number;
}

/**
 * Scores every pair whose labels are alike enough: a blend of label, neighbour, position and lane
 * similarity, so that structure decides between equally worded steps and rescues differently
 * worded ones; unknown structure counts as neutral (0.5). Keeps pairs reaching the threshold.
 */
export function scoreCandidates(
  labels: ScoreTable,
  [left, right]: [StepContext, StepContext],
  lanes: LaneAffinity,
  parameters: MatchingParameters,
): ScoredPair[] {
  const { scores, columns } = labels;
  const rows = columns === 0 ? 0 : scores.length / columns;
  const labelWeight =
    1 - parameters.contextWeight - parameters.positionWeight - parameters.laneWeight;
  const candidates: ScoredPair[] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      const label = scores[i * columns + j] ?? 0;
      if (label < parameters.minLabelSimilarity) continue;
      const context = contextScore(left, right, i, j, labels);
      const gap = Math.abs((left.position[i] ?? 0) - (right.position[j] ?? 0));
      const blended =
        labelWeight * label +
        parameters.contextWeight * (context ?? 0.5) +
        parameters.positionWeight * (1 - gap) +
        parameters.laneWeight * (lanes.of(i, j) ?? 0.5);
      // A (nearly) identical label is enough on its own, whatever the surroundings look like.
      const score = Math.max(blended, label - parameters.labelMargin);
      if (score >= parameters.threshold)
        candidates.push({ left: i, right: j, score, context, gap });
    }
  }
  return candidates;
}
