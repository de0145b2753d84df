// `pnpm --filter @amtsweg/bench bench:compare`: CPU time of comparing two process models with the
// matching engine (labels, structure, optimal assignment, figures). Target for two 300-activity
// models: median < 50 ms. Also times loading the Node lexicon (WordNet), paid once per process.
import { compareProcesses } from '../../shared/src/matching/index.ts';
import { nodeLexicon } from '../../shared/src/matching/node.ts';
import { generateComparablePair } from './compareFixtures.ts';
import { measure } from './timing.ts';

const WARMUP_RUNS = 10;
const RUNS = 50;

const loadStart = performance.now();
const lexicon = nodeLexicon();
const loadMs = performance.now() - loadStart;
console.log(`nodeLexicon() first call\t${loadMs.toFixed(0)} ms`);

console.log(['activities', 'lexicon', 'runs', 'median ms', 'p95 ms', 'matches'].join('\t'));
for (const activities of [50, 150, 300]) {
  const [left, right] = generateComparablePair(activities, activities);
  for (const [name, options] of [
    ['default', {}],
    ['node', { lexicon }],
  ] as const) {
    const matches = compareProcesses(left, right, options).matches.length;
    const { runs, p50, p95 } = await measure(
      RUNS,
      () => compareProcesses(left, right, options),
      WARMUP_RUNS,
    );
    console.log([activities, name, runs, p50, p95, matches].join('\t'));
  }
}
