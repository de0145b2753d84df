import type { Language } from './language.ts';

// Hand-written function words. The stopwords-iso lists are tuned for web search and drop content
// words that carry a process step's meaning ('ordnung', 'teil', 'ende', 'information', 'order').
const GERMAN = `a ab alle allen aller alles als also am an auf aus bei beim bis bzw da damit dann
das dass dem den denen der deren des dessen die dies diese diesem diesen dieser dieses durch ein
eine einem einen einer eines einige er es etc evtl falls fuer fur ggf gegen hat haben ihr ihre ihrem
ihren ihrer im in ins ist je jede jedem jeden jeder jedes kein keine man mit nach nicht noch nur ob
oder ohne per sich sie sind so sowie ueber uber um und uns unter usw vom von vor wird werden wenn
wie z zu zum zur zw bzw ggfs sofern`;

const ENGLISH = `a about after all an and any are as at be been before being between both but by
can could do does during each either etc for from had has have he her his if in into is it its
may might must not of off on or our out over per she should so some such than that the their them
then there these they this those through to under until up upon via was we were what when where
whether which while who whom will with within without would you your`;

const STOP_WORDS: Record<Language, ReadonlySet<string>> = {
  de: new Set(GERMAN.split(/\s+/)),
  en: new Set(ENGLISH.split(/\s+/)),
};

/** `word` must already be folded (lower case, umlauts and ß replaced). */
export function isStopWord(word: string, language: Language): boolean {
  return STOP_WORDS[language].has(word);
}
