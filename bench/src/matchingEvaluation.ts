// Scores the matching engine against gold standards: the English Process Model Matching Contest
// data set (path given on the command line) and the German demo models in the repository.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type CompareOptions,
  compareProcesses,
  readProcessGraph,
} from '../../shared/src/matching/index.ts';
import type { ProcessGraph } from '../../shared/src/matching/types.ts';
import { GERMAN_GOLD } from './germanGold.ts';
import { type Counts, readGoldPairs, readModel } from './matchingGold.ts';

export interface PairResult extends Counts {
  name: string;
}

export interface LoadedPair {
  name: string;
  left: ProcessGraph;
  right: ProcessGraph;
  correspondences: Set<string>;
}

const SEED_DIRECTORY = fileURLToPath(new URL('../../server/src/seed/bpmn/', import.meta.url));

/** The pairs of a Process Model Matching Contest data set, models read once. */
export async function loadContestPairs(directory: string): Promise<LoadedPair[]> {
  const graphs = new Map<string, Promise<ProcessGraph>>();
  const graphOf = (model: string) => {
    let graph = graphs.get(model);
    if (!graph) {
      graph = readProcessGraph(readModel(directory, model));
      graphs.set(model, graph);
    }
    return graph;
  };
  const pairs = readGoldPairs(directory);
  return Promise.all(
    pairs.map(async (pair) => ({
      name: pair.name,
      left: await graphOf(pair.left),
      right: await graphOf(pair.right),
      correspondences: pair.correspondences,
    })),
  );
}

/** The German development pairs (demo models of server/src/seed/bpmn). */
export async function loadGermanPairs(): Promise<LoadedPair[]> {
  const graphs = new Map<string, Promise<ProcessGraph>>();
  const graphOf = (file: string) => {
    let graph = graphs.get(file);
    if (!graph) {
      graph = readProcessGraph(readFileSync(`${SEED_DIRECTORY}${file}`, 'utf8'));
      graphs.set(file, graph);
    }
    return graph;
  };
  return Promise.all(
    GERMAN_GOLD.map(async (pair) => ({
      name: pair.name,
      left: await graphOf(pair.left),
      right: await graphOf(pair.right),
      correspondences: new Set(pair.correspondences.map(([a, b]) => `${a} ${b}`)),
    })),
  );
}

/** Counts per pair of what the engine predicts against the gold correspondences. */
export function evaluate(pairs: readonly LoadedPair[], options: CompareOptions): PairResult[] {
  return pairs.map((pair) => {
    const comparison = compareProcesses(pair.left, pair.right, options);
    const predicted = new Set(comparison.matches.map((match) => `${match.left} ${match.right}`));
    return {
      name: pair.name,
      truePositives: [...predicted].filter((key) => pair.correspondences.has(key)).length,
      predicted: predicted.size,
      gold: pair.correspondences.size,
    };
  });
}

export function total(results: readonly Counts[]): Counts {
  return results.reduce(
    (sum, counts) => ({
      truePositives: sum.truePositives + counts.truePositives,
      predicted: sum.predicted + counts.predicted,
      gold: sum.gold + counts.gold,
    }),
    { truePositives: 0, predicted: 0, gold: 0 },
  );
}
