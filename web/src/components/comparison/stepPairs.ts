// Groups the matches of a comparison into numbered step pairs and turns them into diagram
// decorations. A split step (one step matching two on the other side) joins all its matches into
// one pair, so hovering any of them shows the whole group. Pairs get a colour from a small cycling
// palette *and* their number as a badge, so colour is never the only cue (WCAG 1.4.1).
import type { DiagramDecorations } from '../process/diagramDecorations.ts';

export type ComparisonSide = 'left' | 'right';

interface MatchedStep {
  elementId: string;
}

export interface StepMatchLike {
  left: MatchedStep;
  right: MatchedStep;
}

export interface StepPair<TMatch extends StepMatchLike = StepMatchLike> {
  /** 1, 2, 3 … in the order of the matches. */
  number: number;
  /** Index into PAIR_COLOURS. */
  colour: number;
  left: string[];
  right: string[];
  matches: TMatch[];
}

export interface StepPairing<TMatch extends StepMatchLike = StepMatchLike> {
  pairs: StepPair<TMatch>[];
  /** The pair a step of one side belongs to. */
  pairOf(side: ComparisonSide, elementId: string | null): StepPair<TMatch> | undefined;
  /** The pair a match belongs to. */
  pairOfMatch(match: TMatch): StepPair<TMatch>;
}

/**
 * Stroke and badge colours of the pairs. Each keeps at least 4.5:1 against white, so it works as
 * an outline (3:1 needed) and as the background of the white badge number (4.5:1).
 */
export const PAIR_COLOURS = [
  { color: '#1f5fa8', tint: '#e6eef8' },
  { color: '#a14c00', tint: '#fdf0e3' },
  { color: '#00756e', tint: '#e0f3f1' },
  { color: '#6a3d9a', tint: '#f0eaf7' },
  { color: '#a3195b', tint: '#fbe8f1' },
  { color: '#4d6b00', tint: '#eef4de' },
] as const;

/** Steps found on one side only: a dashed dark outline on a light hatch. */
export const UNMATCHED_STYLE = { color: '#4a5360', tint: '#f5f6f8', dash: '6 4' } as const;

export const PAIR_MARKER = 'amtsweg-pair';
export const UNMATCHED_MARKER = 'amtsweg-unmatched';
export const pairColourClass = (colour: number) => `amtsweg-pair--${colour}`;

export function pairSteps<TMatch extends StepMatchLike>(
  matches: readonly TMatch[],
): StepPairing<TMatch> {
  // Union-find over the steps of both sides: matches sharing a step end in one group.
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    const up = parent.get(key) ?? key;
    if (up === key) return key;
    const root = find(up);
    parent.set(key, root);
    return root;
  };
  const keyOf = (side: ComparisonSide, elementId: string) => `${side}:${elementId}`;
  for (const match of matches) {
    const left = find(keyOf('left', match.left.elementId));
    const right = find(keyOf('right', match.right.elementId));
    if (left !== right) parent.set(right, left);
  }

  const byRoot = new Map<string, StepPair<TMatch>>();
  const byMatch = new Map<TMatch, StepPair<TMatch>>();
  const pairs: StepPair<TMatch>[] = [];
  for (const match of matches) {
    const root = find(keyOf('left', match.left.elementId));
    let pair = byRoot.get(root);
    if (!pair) {
      const number = pairs.length + 1;
      pair = {
        number,
        colour: (number - 1) % PAIR_COLOURS.length,
        left: [],
        right: [],
        matches: [],
      };
      byRoot.set(root, pair);
      pairs.push(pair);
    }
    if (!pair.left.includes(match.left.elementId)) pair.left.push(match.left.elementId);
    if (!pair.right.includes(match.right.elementId)) pair.right.push(match.right.elementId);
    pair.matches.push(match);
    byMatch.set(match, pair);
  }

  const bySide: Record<ComparisonSide, Map<string, StepPair<TMatch>>> = {
    left: new Map(),
    right: new Map(),
  };
  for (const pair of pairs) {
    for (const side of ['left', 'right'] as const) {
      for (const elementId of pair[side]) bySide[side].set(elementId, pair);
    }
  }

  return {
    pairs,
    pairOf: (side, elementId) => (elementId ? bySide[side].get(elementId) : undefined),
    pairOfMatch(match) {
      const pair = byMatch.get(match);
      if (!pair) throw new Error('match not part of this pairing');
      return pair;
    },
  };
}

/** Markers and number badges for one side's diagram. */
export function pairDecorations(
  pairing: StepPairing,
  side: ComparisonSide,
  unmatched: readonly MatchedStep[],
): DiagramDecorations {
  const markers = new Map<string, string[]>();
  const badges: DiagramDecorations['badges'][number][] = [];
  for (const pair of pairing.pairs) {
    for (const elementId of pair[side]) {
      markers.set(elementId, [PAIR_MARKER, pairColourClass(pair.colour)]);
      badges.push({
        elementId,
        text: String(pair.number),
        className: `amtsweg-pair-badge ${pairColourClass(pair.colour)}`,
      });
    }
  }
  for (const step of unmatched) markers.set(step.elementId, [UNMATCHED_MARKER]);
  return { markers, badges };
}
