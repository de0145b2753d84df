import {
  actionParts,
  analyseLabel,
  isNegated,
  labelWords,
  splitCompound,
  type Token,
  wordWeight,
} from './labels.ts';
import type { Language } from './language.ts';
import type { Lexicon } from './lexicon.ts';
import { Vocabulary } from './vocabulary.ts';

/** A step and its negation share words but not meaning. */
const NEGATION_FACTOR = 0.5;

/** A label prepared for fast comparison: its words as ids into the shared vocabulary. */
export interface StepText {
  label: string;
  /** Folded label, for spotting identical labels. */
  folded: string;
  tokens: Token[];
  words: number[];
  weights: number[];
  negated: boolean;
  vocabulary: Vocabulary;
  /** The actions of a label naming two or more ('Bescheid erstellen und versenden'), if so. */
  parts?: StepText[];
}

/** A label plus words its BPMN element implies without writing them (a message event receives). */
export interface LabelInput {
  label: string;
  implied?: readonly string[];
}

const asInput = (label: string | LabelInput): LabelInput =>
  typeof label === 'string' ? { label } : label;

/** Prepares the labels of both models together, since word weights depend on both. */
export function prepareTexts(
  leftLabels: readonly (string | LabelInput)[],
  rightLabels: readonly (string | LabelInput)[],
  languages: readonly [Language, Language],
  lexicon: Lexicon,
): [StepText[], StepText[]] {
  const inputs = [leftLabels.map(asInput), rightLabels.map(asInput)];
  const analysed = inputs.map((labels, side) =>
    labels.map(({ label, implied }) => {
      const language = languages[side] ?? 'en';
      const tokens = analyseLabel(label, language, lexicon);
      // An implied word counts only when the label does not already say it.
      for (const word of implied ?? []) {
        const [token] = analyseLabel(word, language, lexicon);
        if (token && !tokens.some((own) => own.term === token.term)) tokens.push(token);
      }
      return tokens;
    }),
  );
  const termsOfSide = analysed.map(
    (tokensOfSide) => new Set(tokensOfSide.flatMap((tokens) => tokens.map((token) => token.term))),
  );
  const known = new Set([...(termsOfSide[0] ?? []), ...(termsOfSide[1] ?? [])]);
  const vocabulary = new Vocabulary();
  const documentFrequency = new Map<number, number>();
  const texts = analysed.map((tokensOfSide, side) => {
    const language = languages[side] ?? 'en';
    const isKnown = (term: string) => known.has(term) || lexicon.knowsTerm(term, language);
    const splits = new Map<string, Token[] | null>();
    const otherTerms = termsOfSide[1 - side] ?? new Set<string>();
    return tokensOfSide.map((rawTokens, index): StepText => {
      // A compound counts as its known parts, also where the other model writes it whole, so
      // 'Gewerbeanmeldung' meets 'Gewerbe angemeldet' even when both models use the compound.
      const tokens = rawTokens.flatMap(
        (token) => splitCompound(token, isKnown, language, lexicon, splits, otherTerms) ?? [token],
      );
      const words = tokens.map((token) => vocabulary.word(token.term, token.sets, language));
      for (const id of new Set(words.map((word) => vocabulary.term(word)))) {
        documentFrequency.set(id, (documentFrequency.get(id) ?? 0) + 1);
      }
      const label = inputs[side]?.[index]?.label ?? '';
      return {
        label,
        folded: tokens.map((token) => token.folded).join(' '),
        tokens,
        words,
        weights: [],
        negated: isNegated(label),
        vocabulary,
      };
    });
  });
  // Words every step uses ('Antrag' in a permit procedure) say little about which steps match.
  const steps = (analysed[0]?.length ?? 0) + (analysed[1]?.length ?? 0);
  texts.forEach((side, sideIndex) => {
    const language = languages[sideIndex] ?? 'en';
    for (const text of side) {
      text.weights = text.words.map(
        (word, index) =>
          Math.log(1 + steps / (documentFrequency.get(vocabulary.term(word)) ?? 1)) *
          wordWeight(text.tokens[index]?.folded ?? '', language) *
          (text.tokens[index]?.share ?? 1),
      );
    }
  });
  texts.forEach((side, sideIndex) => {
    const language = languages[sideIndex] ?? 'en';
    for (const text of side) {
      const parts = actionParts(text.label, language);
      if (parts.length < 2) continue;
      const partTexts = parts.map((part) => partText(text, part)).filter((t) => t.words.length > 0);
      if (partTexts.length > 1) text.parts = partTexts;
    }
  });
  return [texts[0] ?? [], texts[1] ?? []];
}

/** The words of one part of a label, as a StepText sharing the label's word weights. */
export function partText(text: StepText, part: string): StepText {
  const words = new Set(labelWords(part));
  const keep = text.tokens.map((token) => words.has(token.word));
  const pick = <T>(values: T[]) => values.filter((_value, index) => keep[index]);
  return {
    label: part,
    folded: pick(text.tokens)
      .map((token) => token.folded)
      .join(' '),
    tokens: pick(text.tokens),
    words: pick(text.words),
    weights: pick(text.weights),
    negated: text.negated,
    vocabulary: text.vocabulary,
  };
}

export function tokenSimilarity(a: StepText, i: number, b: StepText, j: number): number {
  return a.vocabulary.similarity(a.words[i] ?? 0, b.words[j] ?? 0);
}

// Scratch space for the best match of each word of the second label; labels are short.
let bestOfB = new Float64Array(16);

/**
 * Weighted soft overlap of the two word sets: each word counts with its best counterpart on the
 * other side (same term 1, synonym SYNONYM_CREDIT), weighted by how rare the word is.
 */
export function labelSimilarity(a: StepText, b: StepText): number {
  const wordsA = a.words;
  const wordsB = b.words;
  if (wordsA.length === 0 || wordsB.length === 0) return 0;
  if (bestOfB.length < wordsB.length) bestOfB = new Float64Array(wordsB.length * 2);
  bestOfB.fill(0, 0, wordsB.length);
  const vocabulary = a.vocabulary;
  let matched = 0;
  let total = 0;
  for (let i = 0; i < wordsA.length; i++) {
    let best = 0;
    const wordA = wordsA[i] as number;
    for (let j = 0; j < wordsB.length; j++) {
      const similarity = vocabulary.similarity(wordA, wordsB[j] as number);
      if (similarity > best) best = similarity;
      if (similarity > (bestOfB[j] as number)) bestOfB[j] = similarity;
    }
    const weight = a.weights[i] ?? 1;
    matched += weight * best;
    total += weight;
  }
  for (let j = 0; j < wordsB.length; j++) {
    const weight = b.weights[j] ?? 1;
    matched += weight * (bestOfB[j] as number);
    total += weight;
  }
  if (total === 0) return 0;
  const similarity = matched / total;
  return a.negated === b.negated ? similarity : NEGATION_FACTOR * similarity;
}

/** How much a label naming several actions resembles another label naming one of them. */
const PART_CREDIT = 0.9;

/**
 * Label similarity that also sees one action of a label naming several: 'Gewerbe bescheinigen und
 * Gebühr festsetzen' resembles 'Gebühr festsetzen', less than an identical label would.
 */
export function stepSimilarity(a: StepText, b: StepText): number {
  let best = labelSimilarity(a, b);
  for (const part of a.parts ?? []) best = Math.max(best, PART_CREDIT * labelSimilarity(part, b));
  for (const part of b.parts ?? []) best = Math.max(best, PART_CREDIT * labelSimilarity(a, part));
  // Two labels naming several actions each may share one ('Bescheid drucken und kuvertieren').
  for (const x of a.parts ?? []) {
    for (const y of b.parts ?? []) {
      best = Math.max(best, PART_CREDIT * PART_CREDIT * labelSimilarity(x, y));
    }
  }
  return best;
}

/**
 * Label similarity of every left × right pair, row-major. Only pairs sharing a word (or a synonym
 * or spelling variant) are computed; an inverted index finds them, since most pairs of two large
 * models share nothing.
 */
export function labelSimilarityTable(left: StepText[], right: StepText[]): Float64Array {
  const columns = right.length;
  const table = new Float64Array(left.length * columns);
  const stepsWithWord = new Map<number, number[]>();
  right.forEach((text, j) => {
    for (const word of new Set(text.words)) {
      const steps = stepsWithWord.get(word);
      if (steps) steps.push(j);
      else stepsWithWord.set(word, [j]);
    }
  });
  const rightWords = [...stepsWithWord.keys()];
  const vocabulary = left[0]?.vocabulary ?? right[0]?.vocabulary;
  const relatedCache = new Map<number, number[]>();
  const related = (word: number) => {
    let found = relatedCache.get(word);
    if (!found) {
      found = rightWords.filter((other) => (vocabulary?.similarity(word, other) ?? 0) > 0);
      relatedCache.set(word, found);
    }
    return found;
  };
  const seen = new Int32Array(columns).fill(-1);
  left.forEach((a, i) => {
    for (const word of a.words) {
      for (const other of related(word)) {
        for (const j of stepsWithWord.get(other) ?? []) {
          if (seen[j] === i) continue;
          seen[j] = i;
          const b = right[j] as StepText;
          table[i * columns + j] =
            a.folded === b.folded && a.negated === b.negated ? 1 : stepSimilarity(a, b);
        }
      }
    }
  });
  return table;
}
