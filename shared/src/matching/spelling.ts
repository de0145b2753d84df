import type { Language } from './language.ts';

/** Shortest word length for which spelling variants count as the same word. */
const MIN_LENGTH = 7;
/** Share of characters that may differ ('Secreterial' ~ 'Secretarial', 'Immatrikulation'). */
const MAX_DIFFERENCE = 0.2;

/** Levenshtein distance, stopping early once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      current.push(value);
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Longest prefix a German word may add and stay a variant ('ausdrucken' ~ 'drucken', 'Vorprüfung'
 * ~ 'Prüfung'), and the shortest stem it may be added to.
 */
const MAX_GERMAN_PREFIX = 3;
const MIN_GERMAN_LENGTH = 5;

/**
 * Whether two long words are spelling variants of one another: typos and variants stemming does
 * not join ('Secreterial', 'immatriculate' ~ 'matriculate'). Short words are excluded since one
 * letter changes their meaning. In German one letter often flips it ('Anmeldung'/'Abmeldung',
 * 'einreichen'/'ausreichen'), so there only a short extra prefix counts.
 */
export function isSpellingVariant(a: string, b: string, languages: [Language, Language]): boolean {
  const longer = Math.max(a.length, b.length);
  if (languages.includes('de')) {
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    return (
      short.length >= MIN_GERMAN_LENGTH &&
      long.length - short.length <= MAX_GERMAN_PREFIX &&
      long.endsWith(short)
    );
  }
  if (Math.min(a.length, b.length) < MIN_LENGTH) return false;
  const limit = Math.floor(longer * MAX_DIFFERENCE);
  return editDistance(a, b, limit) <= limit;
}

// Prefixes that make a verb's action directed or complete without changing which step it is.
const PLAIN_PREFIXES = ['', 'an', 'ein', 'zu', 'uber', 'ver', 'be', 'er'];
const MIN_PREFIXED_BASE = 4;

/**
 * Whether one German term is the other with 'nach-' ('again, later') instead of another prefix:
 * 'nachreichen' ~ 'einreichen', 'nachsenden' ~ 'zusenden', 'nachprüfen' ~ 'prüfen'. A weaker
 * match than a spelling variant; other prefix pairs often flip the meaning ('an-'/'abmelden').
 */
export function isPrefixVariant(a: string, b: string, languages: [Language, Language]): boolean {
  if (languages[0] !== 'de' || languages[1] !== 'de' || a === b) return false;
  const [later, other] = a.startsWith('nach') ? [a, b] : [b, a];
  if (!later.startsWith('nach')) return false;
  const base = later.slice(4);
  if (base.length < MIN_PREFIXED_BASE) return false;
  return PLAIN_PREFIXES.some((prefix) => other === prefix + base);
}
