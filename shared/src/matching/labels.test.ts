import { describe, expect, it } from 'vitest';
import { analyseLabel, labelParts, splitCompound } from './labels.ts';
import { defaultLexicon } from './lexicon.ts';
import { labelSimilarity, prepareTexts } from './similarity.ts';
import { foldWord } from './stemming.ts';

const terms = (label: string, language: 'de' | 'en') =>
  analyseLabel(label, language, defaultLexicon).map((token) => token.term);

/** Similarity of two labels compared as the engine does (word weights from both labels). */
function similarity(a: string, b: string, language: 'de' | 'en' = 'de') {
  const [[left], [right]] = prepareTexts([a], [b], [language, language], defaultLexicon);
  if (!left || !right) throw new Error('no text');
  return labelSimilarity(left, right);
}

describe('label normalisation', () => {
  it('folds case, umlauts and ß, including the ae/oe/ue spellings', () => {
    expect(foldWord('Straße', 'de')).toBe('strasse');
    expect(foldWord('PRÜFUNG', 'de')).toBe(foldWord('Pruefung', 'de'));
    expect(foldWord('Gebühr', 'de')).toBe('gebuhr');
    // 'eue' is no umlaut spelling: Steuer must not become 'Stur'.
    expect(foldWord('Steuer', 'de')).toBe('steuer');
  });

  it('gives German verbs and their verbal nouns one stem', () => {
    expect(terms('prüfen', 'de')).toEqual(terms('Prüfung', 'de'));
    expect(terms('Anträge', 'de')).toEqual(terms('Antrag', 'de'));
    expect(terms('Entscheidung', 'de')).toEqual(terms('entscheiden', 'de'));
  });

  it('stems English inflections', () => {
    expect(terms('rejected applications', 'en')).toEqual(terms('reject application', 'en'));
  });

  it('drops German and English stop words', () => {
    expect(terms('Prüfung des Antrags', 'de')).toEqual(terms('Antrag prüfen', 'de').reverse());
    expect(terms('Send the letter to the applicant', 'en')).toHaveLength(3);
  });

  it('treats words from one synonym group as near equal', () => {
    expect(similarity('Gesuch prüfen', 'Antrag kontrollieren')).toBeGreaterThan(0.7);
    expect(similarity('Bescheid versenden', 'Entscheidung zusenden')).toBeGreaterThan(0.7);
    expect(similarity('Bescheid versenden', 'Gebühr bezahlen')).toBe(0);
    expect(similarity('check request', 'verify application', 'en')).toBeGreaterThan(0.7);
  });

  it('splits German compounds into words the other label uses', () => {
    expect(similarity('Gewerbeanmeldung prüfen', 'Anmeldung des Gewerbes prüfen')).toBe(1);
    expect(similarity('Antragsprüfung', 'Antrag prüfen')).toBe(1);
    // Without a counterpart the compound stays one word and matches nothing.
    expect(similarity('Gewerbeanmeldung', 'Hundesteuer')).toBe(0);
  });

  it('joins spelling variants of long words but not of short ones', () => {
    expect(similarity('Secretarial office', 'Secreterial office', 'en')).toBeGreaterThan(0.8);
    expect(similarity('immatriculate', 'matriculate', 'en')).toBeGreaterThan(0.6);
    expect(similarity('Immatrikulation', 'Matrikulation')).toBeGreaterThan(0.6);
    expect(similarity('Eintrag', 'Antrag')).toBe(0);
  });

  it('keeps German words apart that differ in a meaningful letter', () => {
    // Only 'Gewerbe' is shared: registering and deregistering a business are different steps.
    expect(similarity('Gewerbeanmeldung', 'Gewerbeabmeldung')).toBeLessThan(0.5);
    expect(similarity('Anmeldung', 'Abmeldung')).toBe(0);
  });

  it('splits a known last part off a German noun', () => {
    expect(terms('Meldeformular', 'de')).toEqual(['meldeformular']);
    expect(similarity('Meldeformular ausfüllen', 'Formular ausfüllen')).toBeGreaterThan(0.7);
  });

  it('splits compounds into common administrative parts, also where both models write them', () => {
    expect(
      similarity(
        'Hauptwohnsitz im Melderegister prüfen',
        'Hauptwohnsitz im Einwohnermelderegister prüfen',
      ),
    ).toBeGreaterThan(0.85);
    // Same check, objects named differently (Antrag / Unterlagen): alike, and matched where the
    // neighbours agree (compare.test.ts).
    expect(
      similarity('Antrag auf Vollständigkeit prüfen', 'Vollständigkeitsprüfung der Unterlagen'),
    ).toBeGreaterThan(0.45);
    expect(similarity('Gebührenbescheid versenden', 'Gebühr festsetzen')).toBeGreaterThan(0.2);
  });

  it('reads German participles as their verb', () => {
    expect(terms('angemeldet', 'de')).toEqual(terms('anmelden', 'de'));
    expect(terms('zugestellt', 'de')).toEqual(terms('Zustellung', 'de'));
    expect(terms('bestätigt', 'de')).toEqual(terms('Bestätigung', 'de'));
    expect(terms('geprüft', 'de')).toEqual(terms('prüfen', 'de'));
    // Verbs beginning with 'ge' keep it; nouns are never read as verb forms.
    expect(terms('genehmigt', 'de')).toEqual(terms('genehmigen', 'de'));
    expect(terms('Amt', 'de')).toEqual(['amt']);
    expect(similarity('Gewerbe angemeldet', 'Gewerbeanmeldung bestätigt')).toBeGreaterThan(0.5);
  });

  it('gives channel words little weight: the step is the same by post or online', () => {
    expect(
      similarity('Unterlagen per Post nachreichen', 'Unterlagen im Serviceportal nachreichen'),
    ).toBeGreaterThan(0.85);
    expect(similarity('Gebühr online bezahlen', 'Gebühr überweisen')).toBeGreaterThan(0.8);
  });

  it('relates German verbs that differ in a prefix only where the meaning stays', () => {
    expect(
      similarity(
        'Fehlende Unterlagen schriftlich nachfordern',
        'Fehlende Unterlagen per Brief anfordern',
      ),
    ).toBeGreaterThan(0.8);
    expect(similarity('Nachweise nachreichen', 'Nachweise einreichen')).toBeGreaterThan(0.7);
    expect(similarity('Anmeldung', 'Abmeldung')).toBe(0);
  });

  it('gives related administrative words partial credit, less than synonyms', () => {
    const related = similarity(
      'Antrag auf Vollständigkeit prüfen',
      'Unterlagen auf Vollständigkeit prüfen',
    );
    expect(related).toBeGreaterThan(0.8);
    expect(related).toBeLessThan(similarity('Antrag prüfen', 'Gesuch prüfen'));
  });

  it('keeps unrelated German steps apart', () => {
    expect(similarity('Gebühr festsetzen', 'Parkausweis drucken')).toBe(0);
    expect(similarity('Hund anmelden', 'Gewerbe abmelden')).toBe(0);
  });

  it('keeps a step apart from its negation', () => {
    expect(similarity('take interview', 'not take interview', 'en')).toBeLessThan(0.6);
  });

  it('finds the actions a label joins', () => {
    expect(labelParts('Antrag prüfen und bescheiden')).toEqual(['Antrag prüfen', 'bescheiden']);
    expect(labelParts('Check, sign and send letter')).toEqual(['Check', 'sign', 'send letter']);
    expect(labelParts('Antrag prüfen')).toEqual(['Antrag prüfen']);
  });
});

describe('compound splitting of absurdly long words', () => {
  it('still splits real compounds but does not try every cut of a 1,000-letter word', () => {
    const onlyToken = (label: string) => {
      const [token] = analyseLabel(label, 'de', defaultLexicon);
      if (!token) throw new Error(`no token in ${label}`);
      return token;
    };
    const compound = onlyToken('Gewerbeanmeldung');
    const known = (term: string) => ['gewerb', 'anmeld', 'anmeldung', 'gewerbe'].includes(term);
    expect(splitCompound(compound, known, 'de', defaultLexicon)).toBeDefined();

    const long = onlyToken('ä'.repeat(1_000));
    let lookups = 0;
    const counting = () => {
      lookups++;
      return false;
    };
    expect(splitCompound(long, counting, 'de', defaultLexicon)).toBeUndefined();
    // Each cut would ask at least once: a thousand-letter word has ~2,000 folded letters.
    expect(lookups).toBe(0);
  });
});
