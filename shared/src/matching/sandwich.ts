import type { Candidate } from './assignment.ts';
import type { StepContext } from './structure.ts';

/** Label similarity two steps need to be matched by their place in the flow. */
export const SANDWICH_LABEL = 0.3;

/** A pair found by its place in the flow, next to matched pairs (left step, right step). */
export interface SandwichedMatch extends Candidate {
  before: [number, number] | undefined;
  after: [number, number] | undefined;
}

/**
 * Second look after the assignment: two unmatched steps whose predecessors are matched to each
 * other and whose successors are too correspond when their labels are at least a little alike,
 * however differently the two cities word them ('Gebühr festsetzen' between 'Antrag prüfen' and
 * 'Bescheid senden' in one model, 'Gebührenbescheid versenden' in the other). With a matched pair
 * on one side only, both must continue a plain sequence: one step after (before) the matched one,
 * no branch on either side, so a 'Send rejection' behind a decision is left alone. A step takes
 * the partner most alike by label, only when that choice is mutual; repeats until nothing changes,
 * so a run of differently worded steps fills step by step.
 */
export function findSandwiched(
  chosen: readonly Candidate[],
  [left, right]: [StepContext, StepContext],
  /** Score of a pair allowed to fill a gap, or undefined when it may not. */
  accept: (i: number, j: number, sandwiched: boolean) => number | undefined,
  /** Label similarity, to choose between several steps next to one matched pair. */
  labelScore: (i: number, j: number) => number,
): SandwichedMatch[] {
  const partnerOfLeft = new Map<number, number>();
  const partnerOfRight = new Map<number, number>();
  const pair = (i: number, j: number) => {
    partnerOfLeft.set(i, j);
    partnerOfRight.set(j, i);
  };
  for (const match of chosen) pair(match.left, match.right);
  const matchedAmong = (mine: readonly number[], theirs: readonly number[]) => {
    for (const a of mine) {
      const partner = partnerOfLeft.get(a);
      if (partner !== undefined && theirs.includes(partner))
        return [a, partner] as [number, number];
    }
    return undefined;
  };
  // Steps i and j alone on the path from the matched pair (a, b), in the given direction.
  const plain = (
    [a, b]: [number, number],
    i: number,
    j: number,
    towards: 'after' | 'before',
    back: 'after' | 'before',
  ) =>
    (left[towards][a] ?? []).length === 1 &&
    (right[towards][b] ?? []).length === 1 &&
    (left[back][i] ?? []).length === 1 &&
    (right[back][j] ?? []).length === 1;

  const found: SandwichedMatch[] = [];
  for (let changed = true; changed; ) {
    changed = false;
    const seen = new Set<number>();
    const gaps: SandwichedMatch[] = [];
    const consider = (i: number, j: number) => {
      const key = i * (right.position.length + 1) + j;
      if (seen.has(key) || partnerOfLeft.has(i) || partnerOfRight.has(j)) return;
      seen.add(key);
      const before = matchedAmong(left.before[i] ?? [], right.before[j] ?? []);
      const after = matchedAmong(left.after[i] ?? [], right.after[j] ?? []);
      const sandwiched = before !== undefined && after !== undefined;
      const straight =
        (before !== undefined && plain(before, i, j, 'after', 'before')) ||
        (after !== undefined && plain(after, i, j, 'before', 'after'));
      if (!sandwiched && !straight) return;
      const score = accept(i, j, sandwiched);
      if (score !== undefined) gaps.push({ left: i, right: j, score, before, after });
    };
    // Only steps next to a matched pair can qualify.
    for (const [a, b] of partnerOfLeft) {
      for (const direction of ['before', 'after'] as const) {
        for (const i of left[direction][a] ?? []) {
          for (const j of right[direction][b] ?? []) consider(i, j);
        }
      }
    }
    const bestOf = (side: 'left' | 'right') => {
      const best = new Map<number, { gap: SandwichedMatch; tied: boolean }>();
      for (const gap of gaps) {
        const current = best.get(gap[side]);
        const score = labelScore(gap.left, gap.right);
        const currentScore = current ? labelScore(current.gap.left, current.gap.right) : -1;
        if (score > currentScore) best.set(gap[side], { gap, tied: false });
        else if (current && score === currentScore) current.tied = true;
      }
      return best;
    };
    const bestLeft = bestOf('left');
    const bestRight = bestOf('right');
    for (const gap of gaps) {
      const a = bestLeft.get(gap.left);
      const b = bestRight.get(gap.right);
      // A tie leaves the choice open; a step that is taken meanwhile waits for the next round.
      if (a?.gap !== gap || b?.gap !== gap || a.tied || b.tied) continue;
      if (partnerOfLeft.has(gap.left) || partnerOfRight.has(gap.right)) continue;
      pair(gap.left, gap.right);
      found.push(gap);
      changed = true;
    }
  }
  return found;
}
