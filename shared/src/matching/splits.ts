import { actionParts } from './labels.ts';
import type { Language } from './language.ts';
import { labelSimilarity, partText, type StepText } from './similarity.ts';

export interface ExtraMatch {
  left: number;
  right: number;
  score: number;
  /** Set when one step's label names two actions that the other model draws as two steps. */
  parts?: string[];
}

/**
 * One-to-many correspondences: (1) a step that names two actions ('prüfen und bescheiden') while
 * the other model has one step per action; (2) a step drawn twice in the other model under the
 * same label (e.g. one end per branch). `matched` maps each side's matched steps to partners.
 */
export function findOneToMany(
  texts: [StepText[], StepText[]],
  pairs: ReadonlyArray<{ left: number; right: number; score: number }>,
  minimum: number,
  candidateScore: (left: number, right: number) => number | undefined,
  adjacent: [(a: number, b: number) => boolean, (a: number, b: number) => boolean],
  languages: [Language, Language],
): ExtraMatch[] {
  const extra: ExtraMatch[] = [];
  const partnersOf = [new Map<number, Set<number>>(), new Map<number, Set<number>>()] as const;
  const record = (left: number, right: number) => {
    const l = partnersOf[0].get(left) ?? new Set<number>();
    l.add(right);
    partnersOf[0].set(left, l);
    const r = partnersOf[1].get(right) ?? new Set<number>();
    r.add(left);
    partnersOf[1].set(right, r);
  };
  for (const pair of pairs) record(pair.left, pair.right);
  const toPair = (side: number, own: number, other: number) =>
    side === 0 ? { left: own, right: other } : { left: other, right: own };

  for (const side of [0, 1] as const) {
    const own = texts[side] as StepText[];
    const others = texts[1 - side] as StepText[];
    own.forEach((text, index) => {
      const parts = actionParts(text.label, languages[side] ?? 'en');
      if (parts.length < 2) return;
      const chosen: Array<{ other: number; score: number }> = [];
      for (const part of parts) {
        const sub = partText(text, part);
        if (sub.tokens.length === 0) continue;
        let best = -1;
        let bestScore = 0;
        others.forEach((otherText, other) => {
          const score = labelSimilarity(sub, otherText);
          if (score > bestScore) {
            bestScore = score;
            best = other;
          }
        });
        if (best >= 0 && bestScore >= minimum) chosen.push({ other: best, score: bestScore });
      }
      const distinct = [...new Set(chosen.map((choice) => choice.other))];
      // The other model draws the two actions as consecutive steps, not anywhere in the flow.
      const isAdjacent = adjacent[1 - side] as (a: number, b: number) => boolean;
      if (distinct.length < 2) return;
      if (!distinct.every((a, k) => k === 0 || isAdjacent(distinct[k - 1] as number, a))) return;
      for (const { other, score } of chosen) {
        const taken = (side === 0 ? partnersOf[1] : partnersOf[0]).get(other);
        if (taken && !taken.has(index)) continue;
        if (partnersOf[side].get(index)?.has(other)) continue;
        const pair = toPair(side, index, other);
        record(pair.left, pair.right);
        extra.push({ ...pair, score, parts });
      }
    });
  }

  // Steps the other model draws twice under one label share the counterpart of the first.
  for (const pair of [...pairs]) {
    for (const side of [0, 1] as const) {
      const ownIndex = side === 0 ? pair.left : pair.right;
      const otherIndex = side === 0 ? pair.right : pair.left;
      const own = texts[side][ownIndex];
      if (!own || own.folded === '') continue;
      texts[side].forEach((twin, twinIndex) => {
        if (twinIndex === ownIndex || twin.folded !== own.folded) return;
        if (partnersOf[side].has(twinIndex)) return;
        const next = toPair(side, twinIndex, otherIndex);
        // The twin must be a good match on its own (lane, neighbours), not only by its label.
        const score = candidateScore(next.left, next.right);
        if (score === undefined) return;
        record(next.left, next.right);
        extra.push({ ...next, score });
      });
    }
  }
  return extra;
}
