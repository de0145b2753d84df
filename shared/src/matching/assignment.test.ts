import { describe, expect, it } from 'vitest';
import { assignGreedily, assignOptimally, type Candidate } from './assignment.ts';

const total = (pairs: Candidate[]) => pairs.reduce((sum, pair) => sum + pair.score, 0);
const keys = (pairs: Candidate[]) => pairs.map((pair) => `${pair.left}-${pair.right}`).sort();

describe('assignment', () => {
  // Left 0 fits right 0 slightly better than left 1 does, but left 1 has no other option:
  // best-first takes 0-0 and strands left 1; the optimal assignment matches both.
  const crafted: Candidate[] = [
    { left: 0, right: 0, score: 0.9 },
    { left: 0, right: 1, score: 0.8 },
    { left: 1, right: 0, score: 0.85 },
  ];

  it('beats greedy best-first on a crafted case', () => {
    const greedy = assignGreedily(crafted);
    const optimal = assignOptimally(crafted);
    expect(keys(greedy)).toEqual(['0-0']);
    expect(keys(optimal)).toEqual(['0-1', '1-0']);
    expect(total(optimal)).toBeGreaterThan(total(greedy));
  });

  it('assigns each step at most once, per connected group of candidates', () => {
    const candidates: Candidate[] = [
      ...crafted,
      { left: 5, right: 7, score: 0.7 },
      { left: 6, right: 7, score: 0.75 },
    ];
    const chosen = assignOptimally(candidates);
    expect(keys(chosen)).toEqual(['0-1', '1-0', '6-7']);
    expect(new Set(chosen.map((pair) => pair.right)).size).toBe(chosen.length);
  });
});
