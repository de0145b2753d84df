import type { Language } from './language.ts';
import type { Lexicon } from './lexicon.ts';

/** One content word of a label, as written and normalised. */
export interface Token {
  word: string;
  folded: string;
  /** Stem or lemma key: equal terms are the same word in another form. */
  term: string;
  sets: readonly string[];
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
// Where one step names two actions ('prüfen und bescheiden', 'check and sign').
const CONJUNCTIONS = new Set(['und', 'sowie', 'and', '&', '+']);

// 'Interview führen' and 'kein Interview führen' are opposite steps with the same content words.
const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  "don't",
  'nicht',
  'kein',
  'keine',
  'keinen',
  'keiner',
  'nie',
]);

// Verbs that only carry another word's action ('Bescheid erstellen' = 'bescheiden', 'conduct an
// interview' = 'interview'); they count less than content words.
const LIGHT_VERBS = new Set([
  'erstellen',
  'durchfuhren',
  'vornehmen',
  'machen',
  'erfolgen',
  'tatigen',
  'fuhren',
  'ausfuhren',
  'do',
  'make',
  'perform',
  'conduct',
  'carry',
  'create',
  'execute',
  'undertake',
]);

/** Weight factor of a folded word: light verbs count less. */
export function wordWeight(folded: string): number {
  return LIGHT_VERBS.has(folded) ? 0.3 : 1;
}

/** Whether the label negates its action ('Not take interview', 'Antrag nicht bewilligen'). */
export function isNegated(label: string): boolean {
  return labelWords(label).some((word) => NEGATIONS.has(word.toLowerCase()));
}

/** Words of a label as written; hyphenated compounds ('E-Mail', 'Gewerbe-Anmeldung') stay whole. */
export function labelWords(label: string): string[] {
  return label.match(WORD) ?? [];
}

function toToken(word: string, language: Language, lexicon: Lexicon): Token | undefined {
  const folded = lexicon.fold(word, language).replace(/[-'’]/g, '');
  if (folded.length < 2 && !/\d/.test(folded)) return undefined;
  if (lexicon.isStopWord(folded, language)) return undefined;
  const term = lexicon.termOf(folded, language);
  return { word, folded, term, sets: lexicon.synonymSets(folded, term, language) };
}

/** The content words of a label (stop words dropped), normalised through the lexicon. */
export function analyseLabel(label: string, language: Language, lexicon: Lexicon): Token[] {
  const tokens: Token[] = [];
  for (const word of labelWords(label)) {
    const token = toToken(word, language, lexicon);
    if (token) tokens.push(token);
  }
  return tokens;
}

/**
 * The actions a label joins with 'und'/'and'/','; a part without its own object borrows none, so
 * 'Antrag prüfen und bescheiden' gives ['Antrag prüfen', 'bescheiden'].
 */
export function labelParts(label: string): string[] {
  const parts = label
    .split(/\s*(?:,|;|\/|\s(?:und|sowie|and|&|\+)\s)\s*/i)
    .map((part) => part.trim())
    .filter((part) => labelWords(part).some((word) => !CONJUNCTIONS.has(word.toLowerCase())));
  return parts.length > 1 ? parts : [label];
}

/**
 * Whether a part of a German label names an action: German capitalises nouns, so an action part
 * has a lower-case word ('bescheiden', 'prüfen'); 'Antrag und Unterlagen prüfen' joins two
 * objects of one action, not two actions. English gives no such sign; every part counts there.
 */
export function namesAction(part: string, language: Language): boolean {
  if (language !== 'de') return true;
  return labelWords(part).some(
    (word) => word.length > 2 && word === word.toLowerCase() && !CONJUNCTIONS.has(word),
  );
}

const LINKING = ['', 's', 'es', 'n', 'en', 'e'];
const MIN_PART = 4;
const MIN_TAIL = 5;

function piece(token: Token, folded: string, language: Language, lexicon: Lexicon): Token {
  const term = lexicon.termOf(folded, language);
  // Pieces keep the compound as written, so reasons quote what the model says.
  return { word: token.word, folded, term, sets: lexicon.synonymSets(folded, term, language) };
}

/** Splits into known words only, longest known head first, allowing linking letters. */
function splitIntoKnownWords(
  token: Token,
  known: (term: string) => boolean,
  language: Language,
  lexicon: Lexicon,
  depth: number,
): Token[] | undefined {
  const word = token.folded;
  if (word.length < 2 * MIN_PART || depth > 2) return undefined;
  for (let cut = word.length - MIN_PART; cut >= MIN_PART; cut--) {
    const tail = piece(token, word.slice(cut), language, lexicon);
    const tailParts = known(tail.term)
      ? [tail]
      : splitIntoKnownWords(tail, known, language, lexicon, depth + 1);
    if (!tailParts) continue;
    const head = word.slice(0, cut);
    for (const linking of LINKING) {
      if (!head.endsWith(linking) || head.length - linking.length < MIN_PART) continue;
      const headToken = piece(
        token,
        head.slice(0, head.length - linking.length),
        language,
        lexicon,
      );
      if (known(headToken.term)) return [headToken, ...tailParts];
    }
  }
  return undefined;
}

/**
 * Splits a German compound into words the other model or the lexicon uses, so that
 * 'Gewerbeanmeldung' meets 'Anmeldung des Gewerbes' (linking letters allowed: 'Antrags|prüfung').
 * Failing that, a noun whose last part is known splits that part off: a 'Meldeformular' is a
 * 'Formular' even where 'Melde-' occurs nowhere else. Returns undefined when nothing is known.
 */
export function splitCompound(
  token: Token,
  known: (term: string) => boolean,
  language: Language,
  lexicon: Lexicon,
): Token[] | undefined {
  if (language !== 'de') return undefined;
  const full = splitIntoKnownWords(token, known, language, lexicon, 0);
  if (full) return full;
  // Only nouns (capitalised in German): 'unterschreiben' is no kind of 'schreiben'.
  const isNoun = token.word[0] !== token.word[0]?.toLowerCase();
  if (!isNoun) return undefined;
  const word = token.folded;
  for (let cut = MIN_PART; cut <= word.length - MIN_TAIL; cut++) {
    const tail = piece(token, word.slice(cut), language, lexicon);
    if (tail.term.length >= MIN_TAIL && known(tail.term)) {
      return [piece(token, word.slice(0, cut), language, lexicon), tail];
    }
  }
  return undefined;
}
