import type { StepContext } from './structure.ts';

/** Label similarities of all step pairs, row-major (left step × right step). */
export interface ScoreTable {
  scores: Float64Array;
  columns: number;
}

/** Mean best similarity of each neighbour to a neighbour on the other side, both ways. */
function neighbourSimilarity(
  mine: readonly number[],
  theirs: readonly number[],
  { scores, columns }: ScoreTable,
): number | undefined {
  if (mine.length === 0 && theirs.length === 0) return undefined;
  if (mine.length === 0 || theirs.length === 0) return 0;
  let sum = 0;
  for (const i of mine) {
    let best = 0;
    for (const j of theirs) best = Math.max(best, scores[i * columns + j] ?? 0);
    sum += best;
  }
  for (const j of theirs) {
    let best = 0;
    for (const i of mine) best = Math.max(best, scores[i * columns + j] ?? 0);
    sum += best;
  }
  return sum / (mine.length + theirs.length);
}

/**
 * How alike the steps before and after two steps are, in [0, 1]; undefined when neither has
 * neighbours. Two cities' 'Antrag prüfen' that both follow 'Antrag erfassen' likely correspond.
 */
export function contextScore(
  left: StepContext,
  right: StepContext,
  i: number,
  j: number,
  table: ScoreTable,
): number | undefined {
  const before = neighbourSimilarity(left.before[i] ?? [], right.before[j] ?? [], table);
  const after = neighbourSimilarity(left.after[i] ?? [], right.after[j] ?? [], table);
  if (before === undefined) return after;
  if (after === undefined) return before;
  return (before + after) / 2;
}
