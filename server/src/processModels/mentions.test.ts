import { describe, expect, it } from 'vitest';
import { mentionedEmails } from './mentions.ts';

describe('mentionedEmails', () => {
  it('finds @-mentions by e-mail, once each, ignoring plain addresses and punctuation', () => {
    expect(
      mentionedEmails(
        'Bitte prüfen, @Owner@Esslingen.demo und (@funding@esslingen.demo)! ' +
          'Kopie an info@stadt.de, nochmal @owner@esslingen.demo.',
      ),
    ).toEqual(['owner@esslingen.demo', 'funding@esslingen.demo']);
  });
  it('finds nothing in text without mentions', () => {
    expect(mentionedEmails('Keine Erwähnung, nur eine Adresse: info@stadt.de')).toEqual([]);
  });
});
