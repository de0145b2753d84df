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

/** Factor on the label similarity of a start or end event and anything but its like. */
const STATE_VS_STEP = 0.8;

/**
 * Scores every pair whose labels are alike enough: a blend of label, neighbour, position and lane
 * similarity, so that structure decides between equally worded steps and rescues differently
 * worded ones; unknown structure counts as neutral (0.5). Keeps pairs reaching the threshold, and
 * the start (end) events that resemble each other most.
 */
export function scoreCandidates(
  labels: ScoreTable,
  [left, right]: [StepContext, StepContext],
  lanes: LaneAffinity,
  parameters: MatchingParameters,
  /** Per step: 1 for a start event, 2 for an end event, 0 otherwise. */
  roles: [ArrayLike<number>, ArrayLike<number>] = [[], []],
  /** How alike neighbours are, if not by their labels alone (see compare.ts). */
  neighbours: ScoreTable = labels,
): ScoredPair[] {
  const { scores, columns } = labels;
  const rows = columns === 0 ? 0 : scores.length / columns;
  const labelWeight =
    1 - parameters.contextWeight - parameters.positionWeight - parameters.laneWeight;
  const blend = (i: number, j: number, label: number, context: number | undefined) => {
    const gap = Math.abs((left.position[i] ?? 0) - (right.position[j] ?? 0));
    const blended =
      labelWeight * label +
      parameters.contextWeight * (context ?? 0.5) +
      parameters.positionWeight * (1 - gap) +
      parameters.laneWeight * (lanes.of(i, j) ?? 0.5);
    // A (nearly) identical label is enough on its own, whatever the surroundings look like.
    return { score: Math.min(1, Math.max(blended, label - parameters.labelMargin)), gap };
  };

  const candidates: ScoredPair[] = [];
  const events: ScoredPair[] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      const role = roles[0][i] ?? 0;
      const otherRole = roles[1][j] ?? 0;
      const sameRole = role !== 0 && role === otherRole;
      // A start or end event is a state of the case, not a step: 'Hund angemeldet' is where
      // 'Hund anmelden' leads, and rather the other model's end event.
      const label = (scores[i * columns + j] ?? 0) * (role !== otherRole ? STATE_VS_STEP : 1);
      if (label < parameters.minLabelSimilarity && !sameRole) continue;
      const context = contextScore(left, right, i, j, neighbours);
      const { score, gap } = blend(i, j, label, context);
      const pair = { left: i, right: j, score, context, gap };
      if (sameRole) events.push(pair);
      else if (score >= parameters.threshold) candidates.push(pair);
    }
  }
  // A start (end) event corresponds to the start (end) event of the other model it resembles most,
  // both ways, however differently the two are worded.
  const bestEvent = new Map<string, number>();
  for (const pair of events) {
    for (const key of [`l${pair.left}`, `r${pair.right}`]) {
      bestEvent.set(key, Math.max(bestEvent.get(key) ?? 0, pair.score));
    }
  }
  for (const pair of events) {
    const mutual =
      bestEvent.get(`l${pair.left}`) === pair.score &&
      bestEvent.get(`r${pair.right}`) === pair.score;
    const score = mutual ? Math.max(pair.score, parameters.threshold) : pair.score;
    if (score >= parameters.threshold) candidates.push({ ...pair, score });
  }
  return candidates;
}
