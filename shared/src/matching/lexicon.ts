import { ENGLISH_SYNONYM_GROUPS } from './englishSynonyms.ts';
import {
  GERMAN_RELATED_GROUPS,
  GERMAN_SYNONYM_GROUPS,
  GERMAN_WORD_PARTS,
} from './germanSynonyms.ts';
import type { Language } from './language.ts';
import { foldWord, stemWord } from './stemming.ts';
import { isStopWord } from './stopWords.ts';

/**
 * The language knowledge the engine uses. The default one is browser-safe (stemmers, stop words,
 * hand-written synonym groups); `nodeLexicon()` adds English WordNet synonyms.
 */
export interface Lexicon {
  /** Folds a word as written (case, umlauts, ß). */
  fold(word: string, language: Language): string;
  isStopWord(folded: string, language: Language): boolean;
  /** The key two words share when they are the same word in another form (stem or lemma). */
  termOf(folded: string, language: Language): string;
  /**
   * Ids of the meanings (synonym sets) a word can have; two words sharing an id are synonyms.
   * Ids must not collide with terms; the default lexicon writes them 'syn:…', and 'rel:…' for
   * groups of related words, which count less than synonyms.
   */
  synonymSets(folded: string, term: string, language: Language): readonly string[];
  /** Whether the term is a word the lexicon knows, so a German compound may be split at it. */
  knowsTerm(term: string, language: Language): boolean;
}

type SetIndex = Map<string, string[]>;

/** Prefix of the ids of related-word groups, which count less than synonyms (vocabulary.ts). */
export const RELATED_PREFIX = 'rel:de';

function indexGroups(
  groups: readonly (readonly string[])[],
  language: Language,
  prefix: string,
  index: SetIndex = new Map(),
) {
  groups.forEach((group, number) => {
    const id = `${prefix}${number}`;
    for (const word of group) {
      const term = stemWord(foldWord(word, language), language);
      const ids = index.get(term) ?? [];
      if (!ids.includes(id)) ids.push(id);
      index.set(term, ids);
    }
  });
  return index;
}

let groupIndex: Record<Language, SetIndex> | undefined;
let partTerms: ReadonlySet<string> | undefined;

/** Terms of the common compound parts (German only). */
function wordParts(): ReadonlySet<string> {
  partTerms ??= new Set(GERMAN_WORD_PARTS.map((word) => stemWord(foldWord(word, 'de'), 'de')));
  return partTerms;
}

function groups(): Record<Language, SetIndex> {
  groupIndex ??= {
    de: indexGroups(
      GERMAN_RELATED_GROUPS,
      'de',
      RELATED_PREFIX,
      indexGroups(GERMAN_SYNONYM_GROUPS, 'de', 'syn:de'),
    ),
    en: indexGroups(ENGLISH_SYNONYM_GROUPS, 'en', 'syn:en'),
  };
  return groupIndex;
}

const NO_SETS: readonly string[] = [];

/** The browser-safe lexicon: Snowball stems, stop words and the hand-written synonym groups. */
export const defaultLexicon: Lexicon = {
  fold: foldWord,
  isStopWord,
  termOf: stemWord,
  synonymSets: (_folded, term, language) => groups()[language].get(term) ?? NO_SETS,
  knowsTerm: (term, language) =>
    groups()[language].has(term) || (language === 'de' && wordParts().has(term)),
};
