import { detectLanguage } from './language.ts';
import { defaultLexicon, type Lexicon, RELATED_PREFIX } from './lexicon.ts';
import { prepareTexts } from './similarity.ts';
import { matchableSteps } from './steps.ts';
import type { ProcessGraph } from './types.ts';

/**
 * The distinct normalised words of a model's steps, for a database index that preselects models
 * worth comparing: stems (compounds split into known parts) plus the ids of their synonym sets,
 * so 'Gesuch' in one city and 'Antrag' in another still overlap. Sorted for stable storage.
 */
export function stepTerms(graph: ProcessGraph, options: { lexicon?: Lexicon } = {}): string[] {
  const lexicon = options.lexicon ?? defaultLexicon;
  const language = detectLanguage(graph.nodes.map((node) => node.label));
  const labels = matchableSteps(graph).map((node) => node.label);
  const [texts] = prepareTexts(labels, [], [language, language], lexicon);
  const terms = new Set<string>();
  for (const text of texts) {
    for (const token of text.tokens) {
      terms.add(token.term);
      // Related-word groups are too broad to preselect models by.
      for (const set of token.sets) if (!set.startsWith(RELATED_PREFIX)) terms.add(set);
    }
  }
  return [...terms].sort();
}
