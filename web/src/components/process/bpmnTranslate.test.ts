import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bpmnDictionaryFor,
  bpmnTranslateModule,
  createBpmnTranslate,
  translateTemplate,
} from './bpmnTranslate.ts';
import { bpmnTranslationsDe } from './bpmnTranslations.de.ts';

describe('translateTemplate', () => {
  const dictionary = { 'Open {element}': '{element} öffnen', Delete: 'Löschen' };

  it('returns the translation of a known template', () => {
    expect(translateTemplate(dictionary, 'Delete')).toBe('Löschen');
  });

  it('falls back to the English template', () => {
    expect(translateTemplate(dictionary, 'Create task')).toBe('Create task');
    expect(translateTemplate(undefined, 'Create task')).toBe('Create task');
  });

  it('fills placeholders in the translation', () => {
    expect(translateTemplate(dictionary, 'Open {element}', { element: 'Antrag prüfen' })).toBe(
      'Antrag prüfen öffnen',
    );
  });

  it('fills placeholders of untranslated templates and keeps unknown ones visible', () => {
    expect(translateTemplate(undefined, '{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('does not treat Object.prototype members as translations', () => {
    expect(translateTemplate(dictionary, 'constructor')).toBe('constructor');
    expect(translateTemplate(dictionary, '{toString}', {})).toBe('{toString}');
  });
});

describe('createBpmnTranslate', () => {
  it('translates into German and leaves English as it is', () => {
    expect(createBpmnTranslate('de')('Create start event')).toBe('Startereignis erstellen');
    expect(createBpmnTranslate('en')('Create start event')).toBe('Create start event');
    expect(bpmnDictionaryFor('en')).toBeUndefined();
  });

  it('is packaged as a module overriding the translate service', () => {
    const module = bpmnTranslateModule('de');
    const [kind, translate] = module.translate;
    expect(kind).toBe('value');
    expect(translate('Delete')).toBe('Löschen');
  });
});

// The texts users meet first must all be German. Reading them from the installed libraries makes
// an update that adds or renames a text fail here instead of showing English in the editor.
describe('German dictionary coverage', () => {
  const require = createRequire(import.meta.url);
  const bpmnJs = dirname(require.resolve('bpmn-js/package.json'));
  const diagramJs = dirname(
    createRequire(join(bpmnJs, 'package.json')).resolve('diagram-js/package.json'),
  );
  const read = (root: string, file: string) => readFileSync(join(root, file), 'utf8');
  const matches = (source: string, pattern: RegExp) =>
    [...source.matchAll(pattern)].map((match) => match[1] as string);
  const translated = /translate\(\s*'([^']+)'/g;

  it.each([
    'lib/features/palette/PaletteProvider.js',
    'lib/features/context-pad/ContextPadProvider.js',
    'lib/features/popup-menu/ReplaceMenuProvider.js',
    'lib/features/distribute-elements/DistributeElementsMenuProvider.js',
    'lib/features/align-elements/AlignElementsContextPadProvider.js',
    'lib/features/drilldown/DrilldownOverlayBehavior.js',
  ])('covers bpmn-js %s', (file) => {
    const texts = matches(read(bpmnJs, file), translated);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((text) => !(text in bpmnTranslationsDe))).toEqual([]);
  });

  it('covers the element types of the "change element" menu', () => {
    const labels = [
      'lib/features/replace/ReplaceOptions.js',
      'lib/features/popup-menu/PopupEntries.js',
    ].flatMap((file) => matches(read(bpmnJs, file), /label: '([^']+)'/g));
    expect(labels.length).toBeGreaterThan(70);
    expect(labels.filter((label) => !(label in bpmnTranslationsDe))).toEqual([]);
  });

  it('covers the alignment menu and the diagram search', () => {
    for (const side of ['left', 'center', 'right', 'top', 'middle', 'bottom']) {
      expect(bpmnTranslationsDe).toHaveProperty([`Align elements ${side}`]);
    }
    const search = matches(read(diagramJs, 'lib/features/search-pad/SearchPad.js'), translated);
    expect(search.filter((text) => !(text in bpmnTranslationsDe))).toEqual([]);
  });
});
