// Reads a Process Model Matching Contest data set: BPMN models plus Alignment-API RDF gold files
// named `<left>-<right>.rdf` whose cells refer to elements as `http://<model>#<element id>`.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface GoldPair {
  name: string;
  left: string;
  right: string;
  /** `leftId rightId` keys. */
  correspondences: Set<string>;
}

const CELL =
  /<entity1\s+rdf:resource=['"][^'"#]*#([^'"]+)['"]\s*\/>\s*<entity2\s+rdf:resource=['"][^'"#]*#([^'"]+)['"]/g;

export function readGoldPairs(directory: string): GoldPair[] {
  const goldDirectory = join(directory, 'goldstandard');
  const models = new Set(
    readdirSync(join(directory, 'models')).map((file) => basename(file, '.bpmn')),
  );
  return readdirSync(goldDirectory)
    .filter((file) => file.endsWith('.rdf'))
    .sort()
    .map((file) => {
      const name = basename(file, '.rdf');
      // Model names contain '_' but never '-', so the first '-' separates left from right.
      const left = name.slice(0, name.indexOf('-'));
      const right = name.slice(name.indexOf('-') + 1);
      if (!models.has(left) || !models.has(right)) {
        throw new Error(`${file}: no models/${left}.bpmn or models/${right}.bpmn`);
      }
      const text = readFileSync(join(goldDirectory, file), 'utf8');
      const correspondences = new Set(
        [...text.matchAll(CELL)].map((cell) => `${cell[1]} ${cell[2]}`),
      );
      return { name, left, right, correspondences };
    });
}

export function readModel(directory: string, model: string): string {
  return readFileSync(join(directory, 'models', `${model}.bpmn`), 'utf8');
}

export interface Counts {
  truePositives: number;
  predicted: number;
  gold: number;
}

export function scores({ truePositives, predicted, gold }: Counts) {
  const precision = predicted > 0 ? truePositives / predicted : 0;
  const recall = gold > 0 ? truePositives / gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
