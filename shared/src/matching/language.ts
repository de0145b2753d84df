export type Language = 'de' | 'en';

// Words that only occur in one of the two languages' labels; umlauts and ß count for German.
const GERMAN_MARKERS = new Set(
  'der die das des dem den und oder zum zur vom von mit bei fuer für ein eine einer eines auf aus nach ist wird werden durch per'.split(
    ' ',
  ),
);
const ENGLISH_MARKERS = new Set(
  'the of and or to for by with from a an on in is are be into at'.split(' '),
);
const GERMAN_ENDINGS = /(?:ung|ungen|keit|heit|schaft|ieren|lich|en|ern|eln)$/;
const ENGLISH_ENDINGS = /(?:ing|tion|ment|ance|ence|ed|ly|ize|ise|ate)$/;

/**
 * Guesses the language of a whole model from its labels. Models are written in one language, and
 * one label ('Antrag stellen') rarely carries enough evidence alone.
 */
export function detectLanguage(labels: readonly string[]): Language {
  let german = 0;
  let english = 0;
  for (const label of labels) {
    if (/[äöüß]/i.test(label)) german += 2;
    for (const word of label.toLowerCase().split(/[^\p{L}]+/u)) {
      if (!word) continue;
      if (GERMAN_MARKERS.has(word)) german += 2;
      if (ENGLISH_MARKERS.has(word)) english += 2;
      if (GERMAN_ENDINGS.test(word)) german += 1;
      if (ENGLISH_ENDINGS.test(word)) english += 1;
    }
  }
  return german > english ? 'de' : 'en';
}
