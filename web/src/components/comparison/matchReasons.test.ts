import { describe, expect, it } from 'vitest';
import { createAppI18n, loadLocaleMessages } from '../../i18n/index.ts';
import { describeMatch, reasonPhrases } from './matchReasons.ts';

async function translator(locale: 'de' | 'en') {
  const i18n = createAppI18n(locale);
  await loadLocaleMessages(i18n.global, locale);
  return (key: string, named?: Record<string, unknown>) =>
    named ? i18n.global.t(key, named) : i18n.global.t(key);
}

describe('match reasons', () => {
  it('phrases every code in German, with the words behind it', async () => {
    const t = await translator('de');
    expect(
      reasonPhrases(
        [
          { code: 'IDENTICAL_LABEL', terms: [] },
          { code: 'SAME_WORDS', terms: ['Antrag', 'prüfen'] },
          { code: 'SYNONYMS', terms: ['erfassen', 'aufnehmen', 'erfassen'] },
          { code: 'SHARED_WORDS', terms: ['Gebühr'] },
          { code: 'SAME_NEIGHBOURS', terms: [] },
          { code: 'SAME_LANE', terms: [] },
          { code: 'SAME_POSITION', terms: [] },
          { code: 'SPLIT_STEP', terms: [] },
        ],
        t,
      ),
    ).toEqual([
      'gleiche Bezeichnung',
      'gleiche Wörter nach Grundformbildung: Antrag, prüfen',
      'Synonyme: erfassen, aufnehmen',
      'gemeinsame Wörter: Gebühr',
      'gleiche Nachbarschritte',
      'gleiche Rolle',
      'gleiche Position im Ablauf',
      'aufgeteilter Schritt',
    ]);
  });

  it('joins the reasons of a match, in English too', async () => {
    const match = {
      reason: 'Synonyms and the same lane.',
      reasons: [
        { code: 'SYNONYMS', terms: ['erfassen', 'aufnehmen'] },
        { code: 'SAME_LANE', terms: [] },
      ],
    };
    expect(describeMatch(match, await translator('de'))).toBe(
      'Synonyme: erfassen, aufnehmen; gleiche Rolle',
    );
    expect(describeMatch(match, await translator('en'))).toBe(
      'synonyms: erfassen, aufnehmen; same role',
    );
  });

  it("falls back to the API's sentence for codes it does not know", async () => {
    const t = await translator('de');
    expect(
      describeMatch({ reason: 'Same colour.', reasons: [{ code: 'SAME_COLOUR', terms: [] }] }, t),
    ).toBe('Same colour.');
  });
});
