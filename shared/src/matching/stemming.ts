/// <reference path="./vendorModules.d.ts" />
import snowballFactory from 'snowball-stemmers';
import type { Language } from './language.ts';

interface Stemmer {
  stem(word: string): string;
}

const stemmers: Partial<Record<Language, Stemmer>> = {};

function stemmer(language: Language): Stemmer {
  let found = stemmers[language];
  if (!found) {
    found = snowballFactory.newStemmer(language === 'de' ? 'german' : 'english') as Stemmer;
    stemmers[language] = found;
  }
  return found;
}

/**
 * Lower case, ß → ss, umlauts and their two-letter spellings (ä/ae) → plain vowel, so 'Prüfung',
 * 'PRUEFUNG' and 'Prufung' meet. The ae/oe/ue rule only applies after a consonant, which keeps
 * 'Steuer' and 'neue' intact.
 */
export function foldWord(word: string, language: Language): string {
  let folded = word
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  if (language === 'de') folded = folded.replace(/([^aeiouy])([aou])e/g, '$1$2');
  return folded;
}

const cache = new Map<string, string>();

/**
 * Snowball stem of a folded word. German verbal nouns lose '-ung' so that 'prüfen' and 'Prüfung'
 * share a stem (Snowball keeps 'prufung' but already strips 'anmeldung' to 'anmeld'), and verbs
 * in '-ieren' lose what Snowball leaves of it, so 'kontrollieren', 'kontrolliert' and 'Kontrolle'
 * (or 'registrieren' and 'Registrierung') meet.
 */
export function stemWord(folded: string, language: Language): string {
  const key = `${language}:${folded}`;
  let stem = cache.get(key);
  if (stem === undefined) {
    stem = stemmer(language).stem(folded);
    if (language === 'de' && stem.length >= 7 && stem.endsWith('ung')) stem = stem.slice(0, -3);
    if (language === 'de' && folded.includes('ier') && stem.length >= 6) {
      stem = stem.replace(/(?:iert|ier|i)$/, '');
    }
    if (cache.size > 50_000) cache.clear();
    cache.set(key, stem);
  }
  return stem;
}
