// `pnpm --filter @amtsweg/bench bench:matching [<data set directory>]`: quality of the matching
// engine. With a directory, against a Process Model Matching Contest gold standard (e.g.
// University Admission, 2015); always against the German demo models of the repository
// (bench/src/germanGold.ts, a development set). Prints precision / recall / F1 per model pair and
// micro-averaged over all pairs.
import { resolve } from 'node:path';
import { nodeLexicon } from '../../shared/src/matching/node.ts';
import {
  evaluate,
  type LoadedPair,
  loadContestPairs,
  loadGermanPairs,
  type PairResult,
  total,
} from './matchingEvaluation.ts';
import type { Counts } from './matchingGold.ts';
import { scores } from './matchingGold.ts';

const format = (value: number) => value.toFixed(3);
const lexicon = nodeLexicon();

function print(title: string, pairs: readonly LoadedPair[]) {
  console.log(`\n${title}`);
  console.log(['pair', 'gold', 'predicted', 'correct', 'P', 'R', 'F1'].join('\t'));
  const results: PairResult[] = evaluate(pairs, { lexicon });
  const row = (name: string, counts: Counts) => {
    const { precision, recall, f1 } = scores(counts);
    console.log(
      [name, counts.gold, counts.predicted, counts.truePositives]
        .concat([precision, recall, f1].map(format))
        .join('\t'),
    );
  };
  for (const result of results) row(result.name, result);
  row('micro', total(results));
}

const argument = process.argv[2];
if (argument) {
  const directory = resolve(process.env.INIT_CWD ?? process.cwd(), argument);
  print(
    `Process Model Matching Contest data set (${directory})`,
    await loadContestPairs(directory),
  );
} else {
  console.log(
    'no data set directory given (bench:matching <directory with models/ and goldstandard/>): ' +
      'only the German demo models are scored',
  );
}
print('German demo models (dev set, bench/src/germanGold.ts)', await loadGermanPairs());
