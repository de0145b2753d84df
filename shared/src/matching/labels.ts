import type { Language } from './language.ts';
import type { Lexicon } from './lexicon.ts';

/** One content word of a label, as written and normalised. */
export interface Token {
  word: string;
  folded: string;
  /** Stem or lemma key: equal terms are the same word in another form. */
  term: string;
  sets: readonly string[];
  /**
   * Share of the written word this token stands for: 1, or less for one part of a split compound
   * (the parts of 'Einwohnermelderegister' together weigh as much as one word).
   */
  share?: number;
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
  // 'Antrag stellen' is 'beantragen', 'ins Postfach stellen' is 'zustellen'.
  'stellen',
  // 'unterschreiben lassen' is 'unterschreiben'.
  'lassen',
]);

// How or by which channel a step is done ('per Post', 'im Serviceportal', 'elektronisch', 'von
// Hand'). A city that takes applications online and one that takes them by post still do the same
// step; the channel marks a media break (see mediaBreaks.ts), not another step.
const CHANNEL_WORDS: Record<Language, ReadonlySet<string>> = {
  de: new Set([
    'post',
    'brief',
    'briefpost',
    'hauspost',
    'fax',
    'telefax',
    'email',
    'mail',
    'online',
    'internet',
    'serviceportal',
    'onlineportal',
    'portal',
    'postfach',
    'elektronisch',
    'digital',
    'schriftlich',
    'papier',
    'personlich',
    'telefonisch',
    'automatisch',
    'automatisiert',
    'manuell',
    'hand',
    'sofort',
  ]),
  en: new Set(),
};

/** Weight factor of a channel word relative to a content word. */
const CHANNEL_WEIGHT = 0.2;

/** Whether a folded word only names the channel or manner of a step. */
export function isChannelWord(folded: string, language: Language): boolean {
  return CHANNEL_WORDS[language].has(folded);
}

/** Weight factor of a folded word: light verbs and channel words count less. */
export function wordWeight(folded: string, language?: Language): number {
  if (LIGHT_VERBS.has(folded)) return 0.3;
  if (language && CHANNEL_WORDS[language].has(folded)) return CHANNEL_WEIGHT;
  return 1;
}

/** Whether the label negates its action ('Not take interview', 'Antrag nicht bewilligen'). */
export function isNegated(label: string): boolean {
  return labelWords(label).some((word) => NEGATIONS.has(word.toLowerCase()));
}

/** Words of a label as written; hyphenated compounds ('E-Mail', 'Gewerbe-Anmeldung') stay whole. */
export function labelWords(label: string): string[] {
  return label.match(WORD) ?? [];
}

// Separable verb prefixes, between which a past participle puts 'ge' ('an|ge|meldet').
const SEPARABLE =
  /^(ab|an|auf|aus|bei|ein|fest|frei|her|heraus|herunter|hin|hoch|los|mit|nach|vor|weg|weiter|zu|zuruck|zusammen|um|uber|durch|dar|entgegen)ge(.{3,})$/;
// Verbs that begin with 'ge' themselves ('genehmigt' is no 'ge-nehmigt').
const GE_VERBS = /^ge(?:nehmig|statt|wahr|hor|brauch|fahrd|nug|winn|lang|schieh|stalt|wohn)/;

// Irregular participles common in administrative labels ('Zahlung eingegangen', 'Antrag
// aufgenommen', 'Verfahren abgeschlossen'), by what follows 'ge'.
const STRONG_VERBS: Record<string, string> = {
  gangen: 'gehen',
  nommen: 'nehmen',
  geben: 'geben',
  schlossen: 'schliessen',
  zogen: 'ziehen',
  schrieben: 'schreiben',
  sandt: 'senden',
  wiesen: 'weisen',
  halten: 'halten',
  lassen: 'lassen',
  tragen: 'tragen',
};
const STRONG_PARTICIPLE =
  /^(ab|an|auf|aus|bei|ein|fest|her|hin|mit|nach|vor|weg|weiter|zu|zuruck|uber|um)?(ge)?(gangen|nommen|geben|schlossen|zogen|schrieben|sandt|wiesen|halten|lassen|tragen)$/;

/**
 * The infinitive of a German past participle or third-person form written in lower case, so that
 * 'angemeldet' meets 'anmelden' and 'Anmeldung', 'bestätigt' meets 'bestätigen', 'zugestellt'
 * 'zustellen' and 'versandt' 'Versand'. Regular (weak) forms in '-t' and a few common irregular
 * participles ('eingegangen'); others stay as they are.
 */
export function germanInfinitive(folded: string): string {
  const strong = STRONG_PARTICIPLE.exec(folded);
  if (strong) {
    const infinitive = STRONG_VERBS[strong[3] as string];
    if (infinitive && (strong[1] || strong[2])) return `${strong[1] ?? ''}${infinitive}`;
  }
  if (folded.length < 5 || !folded.endsWith('t')) return folded;
  let stem = folded;
  const separable = SEPARABLE.exec(stem);
  if (separable) stem = `${separable[1]}${separable[2]}`;
  else if (stem.startsWith('ge') && stem.length >= 6 && !GE_VERBS.test(stem)) stem = stem.slice(2);
  const base = stem.slice(0, -1);
  return base.endsWith('e') ? `${base}n` : `${base}en`;
}

function toToken(word: string, language: Language, lexicon: Lexicon): Token | undefined {
  const folded = lexicon.fold(word, language).replace(/[-'’]/g, '');
  if (folded.length < 2 && !/\d/.test(folded)) return undefined;
  if (lexicon.isStopWord(folded, language)) return undefined;
  // German writes verb forms in lower case and nouns ('Amt', 'Frist') capitalised.
  const verbForm =
    language === 'de' && word === word.toLowerCase() ? germanInfinitive(folded) : folded;
  const term = lexicon.termOf(verbForm, language);
  return { word, folded, term, sets: lexicon.synonymSets(verbForm, term, language) };
}

/** The content words of a label (stop words dropped), normalised through the lexicon. */
export function analyseLabel(label: string, language: Language, lexicon: Lexicon): Token[] {
  const tokens: Token[] = [];
  let adjunct = false;
  for (const word of labelWords(label)) {
    const lower = word.toLowerCase();
    if (language === 'de' && ADJUNCT_PREPOSITIONS.has(lower)) {
      adjunct = true;
      continue;
    }
    const token = toToken(word, language, lexicon);
    if (!token) continue;
    // A German label ends in its verb; a lower-case word closes the prepositional phrase.
    if (word === lower) adjunct = false;
    tokens.push(adjunct ? { ...token, share: ADJUNCT_SHARE } : token);
  }
  return tokens;
}

// Prepositions that add where or with what a step is done: 'Angaben im Fachverfahren erfassen',
// 'Antrag mit Fahrzeugschein abgeben', 'Marke aus dem Bestand zuteilen'. The nouns they govern
// count less than the step's object and verb. Not 'auf' or 'für', which often name the object
// ('Antrag auf Vollständigkeit prüfen'), nor 'an', which names the recipient ('an das Finanzamt').
const ADJUNCT_PREPOSITIONS = new Set([
  'im',
  'in',
  'ins',
  'am',
  'beim',
  'bei',
  'uber',
  'über',
  'per',
  'via',
  'mit',
  'aus',
  'vom',
  'von',
]);

/** Weight share of a noun in such a prepositional phrase. */
const ADJUNCT_SHARE = 0.3;

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

/**
 * The actions a label names, each as its own label: 'Antrag prüfen und bescheiden' gives
 * ['Antrag prüfen', 'bescheiden']; a German part naming only an object borrows the verb of the
 * part after it, so 'Bescheid und Steuermarke per Post versenden' gives ['Bescheid versenden',
 * 'Steuermarke per Post versenden']. A single action gives [label].
 */
export function actionParts(label: string, language: Language): string[] {
  const parts = labelParts(label);
  if (parts.length < 2) return parts;
  const verbOf = (part: string) =>
    labelWords(part).filter(
      (word) => word.length > 2 && word === word.toLowerCase() && !CONJUNCTIONS.has(word),
    );
  const result: string[] = [];
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as string;
    if (namesAction(part, language)) {
      result.push(part);
      continue;
    }
    const next = parts.slice(index + 1).find((later) => namesAction(later, language));
    const verbs = next ? verbOf(next) : [];
    const verb = verbs[verbs.length - 1];
    if (!verb) return [label];
    result.push(`${part} ${verb}`);
  }
  return result;
}

const LINKING = ['', 's', 'es', 'n', 'en', 'e'];
const MIN_PART = 4;
const MIN_TAIL = 5;

function piece(token: Token, folded: string, language: Language, lexicon: Lexicon): Token {
  const term = lexicon.termOf(folded, language);
  // Pieces keep the compound as written, so reasons quote what the model says.
  return { word: token.word, folded, term, sets: lexicon.synonymSets(folded, term, language) };
}

/**
 * Splits into known words only, longest known head first, allowing linking letters. The same
 * substrings come up again and again across cuts and depths: their terms are looked up once
 * (`terms`), and full tokens (with synonym sets) are built only for the parts returned.
 */
function splitIntoKnownWords(
  token: Token,
  folded: string,
  known: (term: string) => boolean,
  language: Language,
  lexicon: Lexicon,
  depth: number,
  terms: Map<string, string>,
): Token[] | undefined {
  if (folded.length < 2 * MIN_PART || depth > 2) return undefined;
  const termOf = (part: string) => {
    let term = terms.get(part);
    if (term === undefined) {
      term = lexicon.termOf(part, language);
      terms.set(part, term);
    }
    return term;
  };
  for (let cut = folded.length - MIN_PART; cut >= MIN_PART; cut--) {
    const tail = folded.slice(cut);
    const tailParts = known(termOf(tail))
      ? [piece(token, tail, language, lexicon)]
      : splitIntoKnownWords(token, tail, known, language, lexicon, depth + 1, terms);
    if (!tailParts) continue;
    const head = folded.slice(0, cut);
    for (const linking of LINKING) {
      if (!head.endsWith(linking) || head.length - linking.length < MIN_PART) continue;
      const headWord = head.slice(0, head.length - linking.length);
      if (known(termOf(headWord))) {
        return [piece(token, headWord, language, lexicon), ...tailParts];
      }
      // 'Einwohner|melde|register': the head may be a compound of known words too.
      const headParts = splitIntoKnownWords(
        token,
        headWord,
        known,
        language,
        lexicon,
        depth + 1,
        terms,
      );
      if (headParts) return [...headParts, ...tailParts];
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
  cache?: Map<string, Token[] | null>,
  otherTerms?: ReadonlySet<string>,
): Token[] | undefined {
  let parts = cache?.get(token.folded);
  if (parts === undefined) {
    parts = splitParts(token, known, language, lexicon, otherTerms) ?? null;
    cache?.set(token.folded, parts);
  }
  if (!parts) return undefined;
  // The last part names what the compound is ('Melde|register' is a register); the others share
  // the rest, so a compound weighs as much as one word however it splits.
  const share = token.share ?? 1;
  const last = parts.length - 1;
  return parts.map((part, index) => ({
    ...part,
    word: token.word,
    share: share * (index === last ? HEAD_SHARE : (1 - HEAD_SHARE) / last),
  }));
}

/**
 * Longer "words" are not split: trying every cut costs about the square of the length in stemming
 * (≈ 8 ms at 48 letters), and a 1,000-letter label (the fuzz bench sends them) held the server for
 * minutes. Real compounds stay below: 'Schwerbehindertenausweisverlängerungsantrag' folds to 44.
 */
const MAX_COMPOUND_LETTERS = 48;

/** Share of a split compound's weight its last part (the head) carries. */
const HEAD_SHARE = 0.6;

function splitParts(
  token: Token,
  known: (term: string) => boolean,
  language: Language,
  lexicon: Lexicon,
  otherTerms?: ReadonlySet<string>,
): Token[] | undefined {
  if (language !== 'de' || isChannelWord(token.folded, language)) return undefined;
  if (token.folded.length > MAX_COMPOUND_LETTERS) return undefined;
  const full = splitIntoKnownWords(token, token.folded, known, language, lexicon, 0, new Map());
  if (full) return full;
  // The other model writes the word too: splitting off a part here only would keep them apart.
  if (otherTerms?.has(token.term)) return undefined;
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
