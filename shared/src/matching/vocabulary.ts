import type { Language } from './language.ts';
import { RELATED_PREFIX } from './lexicon.ts';
import { isPrefixVariant, isSpellingVariant } from './spelling.ts';

/** Credit for two different words of one meaning, relative to the same word (1). */
export const SYNONYM_CREDIT = 0.85;

/** Credit for two spellings of one word that stemming does not join (typos, prefixes). */
export const SPELLING_CREDIT = 0.7;

/** Credit for two words of related meaning (germanSynonyms.ts, GERMAN_RELATED_GROUPS). */
export const RELATED_CREDIT = 0.6;

/** Credit for a German verb with 'nach-' and the same verb with another prefix. */
export const PREFIX_CREDIT = 0.6;

/**
 * The words of one comparison. A word is a term with its synonym sets; the similarity of two words
 * is computed once and kept in a dense table, since comparing two 300-step models asks for it
 * about a million times.
 */
export class Vocabulary {
  private readonly keys = new Map<string, number>();
  private readonly strings = new Map<string, number>();
  private readonly termOf: number[] = [];
  private readonly termText: string[] = [];
  private readonly setsOf: number[][] = [];
  /** Ids of related-word groups among the sets. */
  private readonly related = new Set<number>();
  private readonly languageOf: Language[] = [];
  private table = new Float32Array(0);
  private size = 0;

  private stringId(text: string): number {
    let id = this.strings.get(text);
    if (id === undefined) {
      id = this.strings.size;
      this.strings.set(text, id);
    }
    return id;
  }

  /** Id of the word with this term and these synonym sets. */
  word(term: string, sets: readonly string[], language: Language): number {
    const key = `${language}\u0000${term}\u0000${sets.join('\u0000')}`;
    let id = this.keys.get(key);
    if (id === undefined) {
      id = this.termOf.length;
      this.keys.set(key, id);
      this.termOf.push(this.stringId(term));
      this.termText.push(term);
      this.languageOf.push(language);
      this.setsOf.push(
        sets.map((set) => {
          const id = this.stringId(set);
          if (set.startsWith(RELATED_PREFIX)) this.related.add(id);
          return id;
        }),
      );
    }
    return id;
  }

  /** Id of a term alone, for counting in how many steps it occurs. */
  term(word: number): number {
    return this.termOf[word] ?? -1;
  }

  similarity(a: number, b: number): number {
    const words = this.termOf.length;
    if (words !== this.size) {
      // New words since the table was built (rare: only while texts are prepared).
      this.size = words;
      this.table = new Float32Array(words * words).fill(-1);
    }
    const index = a * words + b;
    let value = this.table[index] ?? -1;
    if (value < 0) {
      value = this.compute(a, b);
      this.table[index] = value;
      this.table[b * words + a] = value;
    }
    return value;
  }

  private compute(a: number, b: number): number {
    if (this.termOf[a] === this.termOf[b]) return 1;
    const setsA = this.setsOf[a] ?? [];
    const setsB = this.setsOf[b] ?? [];
    let shared = 0;
    for (const x of setsA) {
      for (const y of setsB) {
        if (x !== y) continue;
        if (!this.related.has(x)) return SYNONYM_CREDIT;
        shared = RELATED_CREDIT;
      }
    }
    if (shared > 0) return shared;
    const languages: [Language, Language] = [
      this.languageOf[a] ?? 'en',
      this.languageOf[b] ?? 'en',
    ];
    const [textA, textB] = [this.termText[a] ?? '', this.termText[b] ?? ''];
    if (isSpellingVariant(textA, textB, languages)) return SPELLING_CREDIT;
    return isPrefixVariant(textA, textB, languages) ? PREFIX_CREDIT : 0;
  }
}
