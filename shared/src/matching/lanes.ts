import type { Language } from './language.ts';
import type { Lexicon } from './lexicon.ts';
import { labelSimilarity, prepareTexts } from './similarity.ts';
import type { GraphNode, ProcessGraph } from './types.ts';

/** Label similarity from which a pair of steps tells which lanes play the same role. */
const STRONG_LABEL = 0.75;

/** Lane affinities of two models, for steps given by index. */
export interface LaneAffinity {
  /** In [0, 1]; undefined when a step has no lane. */
  of(leftStep: number, rightStep: number): number | undefined;
}

/**
 * How much two lanes play the same role: by their names ('Sachbearbeitung' ~ 'Sachbearbeiter'),
 * or, since cities name their departments differently, by how many steps with (nearly) the same
 * label the two lanes share.
 */
export function laneAffinity(
  left: ProcessGraph,
  right: ProcessGraph,
  steps: [readonly GraphNode[], readonly GraphNode[]],
  labelScore: (leftStep: number, rightStep: number) => number,
  languages: [Language, Language],
  lexicon: Lexicon,
): LaneAffinity {
  const [leftLanes, rightLanes] = prepareTexts(left.lanes, right.lanes, languages, lexicon);
  const laneIndex = (lanes: string[], nodes: readonly GraphNode[]) => {
    const index = new Map(lanes.map((name, position) => [name, position]));
    return nodes.map((node) => (node.lane === null ? -1 : (index.get(node.lane) ?? -1)));
  };
  const leftLaneOf = laneIndex(left.lanes, steps[0]);
  const rightLaneOf = laneIndex(right.lanes, steps[1]);
  const columns = right.lanes.length;

  const shared = new Float64Array(left.lanes.length * columns);
  const fromLeft = new Float64Array(left.lanes.length);
  const fromRight = new Float64Array(columns);
  leftLaneOf.forEach((a, i) => {
    if (a < 0) return;
    rightLaneOf.forEach((b, j) => {
      if (b < 0 || labelScore(i, j) < STRONG_LABEL) return;
      shared[a * columns + b] = (shared[a * columns + b] ?? 0) + 1;
      fromLeft[a] = (fromLeft[a] ?? 0) + 1;
      fromRight[b] = (fromRight[b] ?? 0) + 1;
    });
  });
  const affinity = new Float64Array(left.lanes.length * columns);
  leftLanes.forEach((l, a) => {
    rightLanes.forEach((r, b) => {
      const common = shared[a * columns + b] ?? 0;
      const bySteps =
        common === 0 ? 0 : (common / (fromLeft[a] ?? 1) + common / (fromRight[b] ?? 1)) / 2;
      affinity[a * columns + b] = Math.max(labelSimilarity(l, r), bySteps);
    });
  });
  return {
    of(i, j) {
      const a = leftLaneOf[i] ?? -1;
      const b = rightLaneOf[j] ?? -1;
      return a < 0 || b < 0 ? undefined : affinity[a * columns + b];
    },
  };
}
