import { munkres } from 'munkres';

export interface Candidate {
  left: number;
  right: number;
  score: number;
}

/**
 * One-to-one assignment maximising the summed score (Hungarian method). Greedy picking of the best
 * pair first can block two good pairs with one slightly better one. Munkres is cubic, so it runs on
 * each connected component of the candidate graph, which stays small for real models.
 */
export function assignOptimally(candidates: readonly Candidate[]): Candidate[] {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(key, root);
    return root;
  };
  const add = (key: string) => {
    if (!parent.has(key)) parent.set(key, key);
  };
  for (const { left, right } of candidates) {
    add(`l${left}`);
    add(`r${right}`);
    const a = find(`l${left}`);
    const b = find(`r${right}`);
    if (a !== b) parent.set(a, b);
  }
  const components = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const root = find(`l${candidate.left}`);
    const list = components.get(root);
    if (list) list.push(candidate);
    else components.set(root, [candidate]);
  }

  const chosen: Candidate[] = [];
  for (const component of components.values()) {
    if (component.length === 1) {
      chosen.push(component[0] as Candidate);
      continue;
    }
    const lefts = [...new Set(component.map((c) => c.left))];
    const rights = [...new Set(component.map((c) => c.right))];
    const row = new Map(lefts.map((id, index) => [id, index]));
    const column = new Map(rights.map((id, index) => [id, index]));
    const byCell = new Map<number, Candidate>();
    // Cost = 1 - score; a pair that is no candidate costs 1, the same as leaving both unmatched.
    const cost = lefts.map(() => new Array<number>(rights.length).fill(1));
    for (const candidate of component) {
      const r = row.get(candidate.left) ?? 0;
      const c = column.get(candidate.right) ?? 0;
      (cost[r] as number[])[c] = 1 - candidate.score;
      byCell.set(r * rights.length + c, candidate);
    }
    for (const [r, c] of munkres(cost)) {
      const candidate = byCell.get(r * rights.length + c);
      if (candidate) chosen.push(candidate);
    }
  }
  return chosen;
}

/** Best pair first; kept to show (and test) what the optimal assignment gains. */
export function assignGreedily(candidates: readonly Candidate[]): Candidate[] {
  const usedLeft = new Set<number>();
  const usedRight = new Set<number>();
  const chosen: Candidate[] = [];
  for (const candidate of [...candidates].sort((a, b) => b.score - a.score)) {
    if (usedLeft.has(candidate.left) || usedRight.has(candidate.right)) continue;
    usedLeft.add(candidate.left);
    usedRight.add(candidate.right);
    chosen.push(candidate);
  }
  return chosen;
}
