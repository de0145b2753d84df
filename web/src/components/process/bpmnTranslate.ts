// bpmn-js asks its `translate` service for every text it shows (palette, context pad, popup menu,
// properties panel). Replacing that service is the documented way to localise it; the German
// dictionary is only loaded together with bpmn-js itself.
import { bpmnTranslationsDe } from './bpmnTranslations.de.ts';

export type BpmnDictionary = Readonly<Record<string, string>>;
export type BpmnReplacements = Readonly<Record<string, unknown>>;
export type BpmnTranslate = (template: string, replacements?: BpmnReplacements) => string;

const PLACEHOLDER = /\{([^{}]+)\}/g;

/**
 * Looks `template` up in `dictionary` (English text when absent) and fills `{name}` placeholders
 * from `replacements`; unknown placeholders stay visible, as in bpmn-js's own translate.
 */
export function translateTemplate(
  dictionary: BpmnDictionary | undefined,
  template: string,
  replacements: BpmnReplacements = {},
): string {
  // Own keys only: a template such as "constructor" must not find Object.prototype members.
  const text = dictionary && Object.hasOwn(dictionary, template) ? dictionary[template] : template;
  return (text ?? template).replace(PLACEHOLDER, (placeholder, name: string) =>
    Object.hasOwn(replacements, name) ? String(replacements[name]) : placeholder,
  );
}

/** The dictionary for a UI language; English is bpmn-js's own language and needs none. */
export function bpmnDictionaryFor(locale: string): BpmnDictionary | undefined {
  return locale === 'de' ? bpmnTranslationsDe : undefined;
}

export function createBpmnTranslate(locale: string): BpmnTranslate {
  const dictionary = bpmnDictionaryFor(locale);
  return (template, replacements) => translateTemplate(dictionary, template, replacements);
}

/** An additional bpmn-js module that overrides the built-in `translate` service. */
export function bpmnTranslateModule(locale: string) {
  return { translate: ['value', createBpmnTranslate(locale)] as ['value', BpmnTranslate] };
}
