import type { StepText } from './similarity.ts';
import { tokenSimilarity } from './similarity.ts';
import type { MatchReason } from './types.ts';
import { SYNONYM_CREDIT } from './vocabulary.ts';

/** What supported a pair besides the words; filled in by compare.ts. */
export interface StructuralEvidence {
  context: number | undefined;
  sameLane: boolean;
  positionGap: number;
  split?: { parts: string[] } | undefined;
  /** Set when both steps are start events, or both end events, matched for that role. */
  role?: 'start' | 'end' | undefined;
  /**
   * Set when the pair was matched by its place in the flow (sandwich.ts): the labels of the
   * matched pairs right before and after it (left, right).
   */
  between?: { before?: [string, string] | undefined; after?: [string, string] | undefined };
}

const quote = (text: string) => `'${text}'`;

/** Structured reasons (for the SPA to phrase) and one short English sentence. */
export function explainMatch(
  a: StepText,
  b: StepText,
  evidence: StructuralEvidence,
  laneNames: [string | null, string | null],
): { reason: string; reasons: MatchReason[] } {
  const reasons: MatchReason[] = [];
  const sentences: string[] = [];
  const labels = `${quote(a.label)} ~ ${quote(b.label)}`;

  if (evidence.split) {
    reasons.push({ code: 'SPLIT_STEP', terms: evidence.split.parts });
    sentences.push(`one step split in two: ${evidence.split.parts.map(quote).join(' + ')}`);
  }

  const same: string[] = [];
  const synonyms: string[] = [];
  // Whether each synonym pair is a true synonym, or only a related word or variant.
  const strong: boolean[] = [];
  let unmatched = 0;
  for (let i = 0; i < a.tokens.length; i++) {
    let best = 0;
    let partner = -1;
    for (let j = 0; j < b.tokens.length; j++) {
      const similarity = tokenSimilarity(a, i, b, j);
      if (similarity > best) {
        best = similarity;
        partner = j;
      }
    }
    const word = a.tokens[i]?.word ?? '';
    const other = b.tokens[partner]?.word ?? '';
    if (best === 1) same.push(word, other);
    else if (best > 0) {
      synonyms.push(word, other);
      strong.push(best >= SYNONYM_CREDIT);
    } else unmatched++;
  }
  const unmatchedRight = b.tokens.filter(
    (_token, j) => !a.tokens.some((_t, i) => tokenSimilarity(a, i, b, j) > 0),
  ).length;
  const distinct = (words: string[]) => [...new Set(words)];

  if (a.label.trim().toLowerCase() === b.label.trim().toLowerCase()) {
    reasons.push({ code: 'IDENTICAL_LABEL', terms: [a.label] });
    sentences.push(`identical label ${quote(a.label)}`);
  } else if (same.length > 0 && synonyms.length === 0 && unmatched + unmatchedRight === 0) {
    reasons.push({ code: 'SAME_WORDS', terms: distinct(same) });
    sentences.push(`same words after stemming: ${labels}`);
  } else {
    if (synonyms.length > 0) {
      reasons.push({ code: 'SYNONYMS', terms: distinct(synonyms) });
      const pairs: [string[], string[]] = [[], []];
      for (let k = 0; k < synonyms.length; k += 2) {
        pairs[strong[k / 2] ? 0 : 1].push(
          `${quote(synonyms[k] ?? '')} ~ ${quote(synonyms[k + 1] ?? '')}`,
        );
      }
      if (pairs[0].length > 0) sentences.push(`synonyms ${pairs[0].join(', ')}`);
      if (pairs[1].length > 0) sentences.push(`related words ${pairs[1].join(', ')}`);
    }
    if (same.length > 0) {
      reasons.push({ code: 'SHARED_WORDS', terms: distinct(same) });
      sentences.push(`shared words ${distinct(same).map(quote).join(', ')}`);
    }
    if (!evidence.split) sentences.push(labels);
  }
  if (evidence.role) {
    sentences.push(`both ${evidence.role === 'start' ? 'start' : 'end'} the process`);
  }
  if (evidence.between) {
    const { before, after } = evidence.between;
    const pairs = [before, after].filter((pair): pair is [string, string] => pair !== undefined);
    reasons.push({ code: 'SAME_NEIGHBOURS', terms: distinct(pairs.flat()) });
    const where = before && after ? 'between' : before ? 'after' : 'before';
    sentences.push(
      `${where} matching steps: ${pairs.map(([x, y]) => `${quote(x)} ~ ${quote(y)}`).join(' and ')}`,
    );
  } else if (evidence.context !== undefined && evidence.context >= 0.6) {
    reasons.push({ code: 'SAME_NEIGHBOURS', terms: [] });
    sentences.push('matching steps before and after');
  }
  if (evidence.sameLane && laneNames[0] && laneNames[1]) {
    reasons.push({ code: 'SAME_LANE', terms: [laneNames[0], laneNames[1]] });
  }
  if (evidence.positionGap <= 0.15) reasons.push({ code: 'SAME_POSITION', terms: [] });
  const structure = [
    evidence.sameLane ? 'same lane role' : '',
    evidence.positionGap <= 0.15 ? 'same position in the flow' : '',
  ].filter(Boolean);
  if (structure.length > 0) sentences.push(structure.join(' and '));
  return { reason: sentences.join('; '), reasons };
}
