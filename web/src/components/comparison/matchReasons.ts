// Why the matcher paired two steps, in the user's language. The API sends codes with the words
// behind them; its English `reason` sentence is only the fallback for an unknown code.
import { MATCH_REASON_CODES } from '@amtsweg/shared/matching/types';

interface ReasonLike {
  code: string;
  terms: readonly string[];
}

interface MatchLike {
  reason: string;
  reasons: readonly ReasonLike[];
}

type Translate = (key: string, named?: Record<string, unknown>) => string;

/** One phrase per reason, e.g. "Synonyme: Gewerbe, Betrieb". */
export function reasonPhrases(reasons: readonly ReasonLike[], t: Translate): string[] {
  return reasons.flatMap((reason) => {
    if (!(MATCH_REASON_CODES as readonly string[]).includes(reason.code)) return [];
    const phrase = t(`comparison.reasons.${reason.code}`);
    const terms = [...new Set(reason.terms.filter((term) => term.trim() !== ''))];
    return [
      terms.length > 0
        ? t('comparison.reasons.withTerms', { reason: phrase, terms: terms.join(', ') })
        : phrase,
    ];
  });
}

/** All reasons of a match in one sentence; the API's sentence when none is known to us. */
export function describeMatch(match: MatchLike, t: Translate): string {
  const phrases = reasonPhrases(match.reasons, t);
  return phrases.length > 0 ? phrases.join('; ') : match.reason;
}
