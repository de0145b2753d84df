// `pnpm --filter @amtsweg/bench bench:matching <data set directory>`: quality of the matching
// engine against a Process Model Matching Contest gold standard (e.g. University Admission, 2015).
// Prints precision / recall / F1 per model pair and micro-averaged over all pairs.
import { resolve } from 'node:path';
import { compareProcesses, readProcessGraph } from '../../shared/src/matching/index.ts';
import { nodeLexicon } from '../../shared/src/matching/node.ts';
import type { ProcessGraph } from '../../shared/src/matching/types.ts';
import { type Counts, readGoldPairs, readModel, scores } from './matchingGold.ts';

const argument = process.argv[2];
if (!argument) {
  console.error('usage: bench:matching <directory with models/ and goldstandard/>');
  process.exit(2);
}
const directory = resolve(process.env.INIT_CWD ?? process.cwd(), argument);
const pairs = readGoldPairs(directory);
const lexicon = nodeLexicon();
const graphs = new Map<string, ProcessGraph>();
const graphOf = async (model: string) => {
  let graph = graphs.get(model);
  if (!graph) {
    graph = await readProcessGraph(readModel(directory, model));
    graphs.set(model, graph);
  }
  return graph;
};

const format = (value: number) => value.toFixed(3);
const total: Counts = { truePositives: 0, predicted: 0, gold: 0 };
console.log(['pair', 'gold', 'predicted', 'correct', 'P', 'R', 'F1'].join('\t'));
for (const pair of pairs) {
  const comparison = compareProcesses(await graphOf(pair.left), await graphOf(pair.right), {
    lexicon,
  });
  const predicted = new Set(comparison.matches.map((match) => `${match.left} ${match.right}`));
  const counts: Counts = {
    truePositives: [...predicted].filter((key) => pair.correspondences.has(key)).length,
    predicted: predicted.size,
    gold: pair.correspondences.size,
  };
  total.truePositives += counts.truePositives;
  total.predicted += counts.predicted;
  total.gold += counts.gold;
  const { precision, recall, f1 } = scores(counts);
  console.log(
    [pair.name, counts.gold, counts.predicted, counts.truePositives]
      .concat([precision, recall, f1].map(format))
      .join('\t'),
  );
}
const { precision, recall, f1 } = scores(total);
console.log(
  `micro\t${total.gold}\t${total.predicted}\t${total.truePositives}\t${format(precision)}\t${format(recall)}\t${format(f1)}`,
);
