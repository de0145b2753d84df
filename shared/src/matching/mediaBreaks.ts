import type { MediaBreak, Medium, ProcessGraph } from './types.ts';

// German and English wording of the non-digital media a case passes through. Matched on lower
// case text with umlauts kept and also folded, so 'persönlich' and 'persoenlich' both count.
// A plain 'Formular'/'form' is left out on purpose: it is as often an online form.
const MEDIA: ReadonlyArray<[Medium, RegExp]> = [
  ['EMAIL', /\be-?mail|\bemail/],
  ['FAX', /\b(?:tele)?fax/],
  [
    'POST',
    /\bper post\b|\bpostalisch|\bpostweg|\bpostversand|\bposteingang|\bpostausgang|\bbrief|\banschreiben\b|\beinschreiben\b|\bletter|\bby (?:post|mail)\b|\bpostal\b|\bpost\b|(?<!e-?)\bmail(?:ed|ing)?\b/,
  ],
  ['SCAN', /scan|digitalisier/],
  [
    'PAPER',
    /papier|ausdruck|\bdrucken|\bprint|\bpaper|hard ?copy|unterschr|unterzeichn|\bsign(?:ed|s|ing|ature)?\b|\bsignier|handschrift|schriftlich|in writing|vordruck|formblatt|\bstempel|\bstamp/,
  ],
  ['PHONE', /telefon|\banruf|\banrufen|\bphone|\btelephone|\bcall\b/],
  [
    'IN_PERSON',
    /persoenlich|persönlich|vorsprech|vorsprache|vor ort|schalter|in person|face[- ]to[- ]face|\bcounter\b|walk-in|\babhol|\bpick up\b|\bcollect in person/,
  ],
];

const foldUmlauts = (text: string) =>
  text.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');

/** The media a text mentions, in the order of MEDIA. */
export function mediaIn(text: string): Medium[] {
  const lower = text.toLowerCase();
  const both = `${lower} ${foldUmlauts(lower)}`;
  return MEDIA.filter(([, pattern]) => pattern.test(both)).map(([medium]) => medium);
}

/**
 * Steps and data objects that move a case between paper/post/fax/e-mail/phone/counter and the
 * digital process: every mention of a non-digital medium is where someone has to carry it across.
 */
export function findMediaBreaks(graph: ProcessGraph): MediaBreak[] {
  const found: MediaBreak[] = [];
  const scan = (elementId: string, label: string, documentation = '') => {
    for (const medium of mediaIn(`${label} ${documentation}`)) {
      found.push({ elementId, label, medium });
    }
  };
  for (const node of graph.nodes) {
    if (node.kind !== 'GATEWAY') scan(node.id, node.label, node.documentation);
  }
  for (const dataObject of graph.dataObjects) scan(dataObject.id, dataObject.label);
  return found;
}
