import { assignOptimally } from './assignment.ts';
import { processFigures } from './figures.ts';
import { laneAffinity } from './lanes.ts';
import { detectLanguage, type Language } from './language.ts';
import { defaultLexicon, type Lexicon } from './lexicon.ts';
import { DEFAULT_PARAMETERS, type MatchingParameters } from './parameters.ts';
import { explainMatch } from './reasons.ts';
import { findSandwiched, SANDWICH_LABEL, type SandwichedMatch } from './sandwich.ts';
import { scoreCandidates } from './scoring.ts';
import {
  type LabelInput,
  labelSimilarityTable,
  prepareTexts,
  type StepText,
} from './similarity.ts';
import { type ExtraMatch, findOneToMany } from './splits.ts';
import { matchableSteps } from './steps.ts';
import { type StepContext, stepContext } from './structure.ts';
import type { GraphNode, ProcessComparison, ProcessGraph, StepMatch } from './types.ts';

export interface CompareOptions {
  lexicon?: Lexicon;
  /** For benchmarks and experiments; the defaults are what the product uses. */
  parameters?: Partial<MatchingParameters>;
}

/** Share of its best label similarity an unmatched step adds to the overall similarity. */
const UNMATCHED_CREDIT = 0.5;

/** Label similarity two start (or two end) events have at least, by their role alone. */
const EVENT_ROLE = 0.5;

const MESSAGE_VERBS: Record<Language, Record<'RECEIVE' | 'SEND', string>> = {
  de: { RECEIVE: 'erhalten', SEND: 'senden' },
  en: { RECEIVE: 'receive', SEND: 'send' },
};

/** A message event's label names what arrives ('Rejected'); the verb is implied by the event. */
function labelInput(node: GraphNode, language: Language): LabelInput {
  return node.message
    ? { label: node.label, implied: [MESSAGE_VERBS[language][node.message]] }
    : { label: node.label };
}

/** Says which steps of two models correspond, how well, and why. */
export function compareProcesses(
  left: ProcessGraph,
  right: ProcessGraph,
  options: CompareOptions = {},
): ProcessComparison {
  const lexicon = options.lexicon ?? defaultLexicon;
  const parameters = { ...DEFAULT_PARAMETERS, ...options.parameters };
  const leftSteps = matchableSteps(left);
  const rightSteps = matchableSteps(right);
  const languages: [Language, Language] = [
    detectLanguage(left.nodes.map((node) => node.label)),
    detectLanguage(right.nodes.map((node) => node.label)),
  ];
  const texts = prepareTexts(
    leftSteps.map((node) => labelInput(node, languages[0])),
    rightSteps.map((node) => labelInput(node, languages[1])),
    languages,
    lexicon,
  );
  const [leftTexts, rightTexts] = texts;
  const columns = rightSteps.length;
  const labelScores = labelSimilarityTable(leftTexts, rightTexts);
  // Where a case starts and ends is the same in both models, however the events are worded
  // ('Gewerbebeginn steht bevor' ~ 'Gewerbe soll angemeldet werden').
  leftSteps.forEach((a, i) => {
    if (a.kind !== 'START_EVENT' && a.kind !== 'END_EVENT') return;
    rightSteps.forEach((b, j) => {
      const index = i * columns + j;
      if (b.kind === a.kind) labelScores[index] = Math.max(labelScores[index] ?? 0, EVENT_ROLE);
    });
  });
  const labelScore = (i: number, j: number) => labelScores[i * columns + j] ?? 0;
  const table = { scores: labelScores, columns };

  const leftContext = stepContext(
    left,
    leftSteps.map((node) => node.id),
  );
  const rightContext = stepContext(
    right,
    rightSteps.map((node) => node.id),
  );
  const lanes = laneAffinity(left, right, [leftSteps, rightSteps], labelScore, languages, lexicon);
  const roleOf = (node: GraphNode) =>
    node.kind === 'START_EVENT' ? 1 : node.kind === 'END_EVENT' ? 2 : 0;
  const roles: [number[], number[]] = [leftSteps.map(roleOf), rightSteps.map(roleOf)];
  const contexts: [StepContext, StepContext] = [leftContext, rightContext];
  const firstCandidates = scoreCandidates(table, contexts, lanes, parameters, roles);
  // Second round: a step whose neighbours were matched in the first round has matching
  // neighbours, however differently the two cities word them ('Antrag per Post senden' before
  // and 'Unterlagen nachfordern' after in one model, 'Online-Antrag stellen' and 'Unterlagen
  // anfordern' in the other).
  const neighbourScores = Float64Array.from(labelScores);
  for (const pair of assignOptimally(firstCandidates)) {
    neighbourScores[pair.left * columns + pair.right] = 1;
  }
  const candidates = scoreCandidates(table, contexts, lanes, parameters, roles, {
    scores: neighbourScores,
    columns,
  });
  const assigned = assignOptimally(candidates);
  const labelWeight =
    1 - parameters.contextWeight - parameters.positionWeight - parameters.laneWeight;
  // Third look: unmatched steps between matched ones (see sandwich.ts).
  const sandwiched = findSandwiched(
    assigned,
    [leftContext, rightContext],
    (i, j, bothSides) => {
      const label = labelScore(i, j);
      if (label < SANDWICH_LABEL) return undefined;
      const gap = Math.abs((leftContext.position[i] ?? 0) - (rightContext.position[j] ?? 0));
      // Matched neighbours on both sides count fully; on one side, the other counts as unknown.
      return (
        labelWeight * label +
        parameters.contextWeight * (bothSides ? 1 : 0.75) +
        parameters.positionWeight * (1 - gap) +
        parameters.laneWeight * (lanes.of(i, j) ?? 0.5)
      );
    },
    labelScore,
  );
  const chosen = [...assigned, ...sandwiched];
  const placeOf = new Map<number, SandwichedMatch>(
    sandwiched.map((pair) => [pair.left * columns + pair.right, pair]),
  );
  const labelsOf = (pair: [number, number] | undefined): [string, string] | undefined =>
    pair && [leftSteps[pair[0]]?.label ?? '', rightSteps[pair[1]]?.label ?? ''];
  const evidenceOf = new Map(candidates.map((c) => [c.left * columns + c.right, c]));
  const adjacentIn =
    (context: StepContext) =>
    (a: number, b: number): boolean =>
      (context.after[a] ?? []).includes(b) || (context.after[b] ?? []).includes(a);
  const extra = findOneToMany(
    texts,
    chosen,
    // Lower than the threshold: adjacency of the two steps is strong evidence of its own.
    (parameters.minLabelSimilarity + parameters.threshold) / 2,
    (i, j) => evidenceOf.get(i * columns + j)?.score,
    [adjacentIn(leftContext), adjacentIn(rightContext)],
    languages,
  );

  const round = (value: number) => Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
  const pairs: ExtraMatch[] = [...chosen, ...extra];
  const splitParts = [new Map<number, string[]>(), new Map<number, string[]>()] as const;
  for (const pair of extra) {
    if (!pair.parts) continue;
    // The split side is the one whose step is matched twice (the assignment may hold either part).
    const splitLeft = pairs.filter((other) => other.left === pair.left).length > 1;
    if (splitLeft) splitParts[0].set(pair.left, pair.parts);
    else splitParts[1].set(pair.right, pair.parts);
  }
  const matches: StepMatch[] = pairs.map((pair) => {
    const a = leftSteps[pair.left] as GraphNode;
    const b = rightSteps[pair.right] as GraphNode;
    const evidence = evidenceOf.get(pair.left * columns + pair.right);
    const place = placeOf.get(pair.left * columns + pair.right);
    // Every match of a split step says so, also the one the assignment found first.
    const parts = pair.parts ?? splitParts[0].get(pair.left) ?? splitParts[1].get(pair.right);
    const split = parts ? { parts } : undefined;
    const explained = explainMatch(
      leftTexts[pair.left] as StepText,
      rightTexts[pair.right] as StepText,
      {
        context: evidence?.context,
        sameLane: (lanes.of(pair.left, pair.right) ?? 0) >= 0.5,
        positionGap:
          evidence?.gap ??
          Math.abs(
            (leftContext.position[pair.left] ?? 0) - (rightContext.position[pair.right] ?? 0),
          ),
        split,
        between: place && { before: labelsOf(place.before), after: labelsOf(place.after) },
        role:
          a.kind === b.kind && a.kind === 'START_EVENT'
            ? 'start'
            : a.kind === b.kind && a.kind === 'END_EVENT'
              ? 'end'
              : undefined,
      },
      [a.lane, b.lane],
    );
    return { left: a.id, right: b.id, score: round(pair.score), ...explained };
  });

  const best = [new Map<string, number>(), new Map<string, number>()] as const;
  for (const match of matches) {
    best[0].set(match.left, Math.max(best[0].get(match.left) ?? 0, match.score));
    best[1].set(match.right, Math.max(best[1].get(match.right) ?? 0, match.score));
  }
  // Overall similarity: the mean credit of all steps of both models. A matched step counts with
  // its score; an unmatched one with part of its label similarity to the closest step of the other
  // model, so that two models of the same procedure land clearly above two unrelated ones even
  // where few steps are matched for certain. Identical models give 1.
  const closestLeft = new Float64Array(leftSteps.length);
  const closestRight = new Float64Array(rightSteps.length);
  for (let i = 0; i < leftSteps.length; i++) {
    for (let j = 0; j < columns; j++) {
      const score = labelScore(i, j);
      if (score > (closestLeft[i] ?? 0)) closestLeft[i] = score;
      if (score > (closestRight[j] ?? 0)) closestRight[j] = score;
    }
  }
  const credit = (matched: number | undefined, closest: number) =>
    matched === undefined ? UNMATCHED_CREDIT * closest : (matched + closest) / 2;
  let mass = 0;
  leftSteps.forEach((node, i) => {
    mass += credit(best[0].get(node.id), closestLeft[i] ?? 0);
  });
  rightSteps.forEach((node, j) => {
    mass += credit(best[1].get(node.id), closestRight[j] ?? 0);
  });
  const size = leftSteps.length + rightSteps.length;
  return {
    matches,
    onlyLeft: leftSteps.filter((node) => !best[0].has(node.id)).map((node) => node.id),
    onlyRight: rightSteps.filter((node) => !best[1].has(node.id)).map((node) => node.id),
    similarity: size > 0 ? round(mass / size) : 0,
    left: processFigures(left),
    right: processFigures(right),
  };
}
