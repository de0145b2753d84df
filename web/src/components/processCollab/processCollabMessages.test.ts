import { baseCompile } from '@intlify/message-compiler';
import { describe, expect, it } from 'vitest';
import processCollabDe from '../../i18n/processCollab.de.ts';
import processCollabEn from '../../i18n/processCollab.en.ts';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, path: string[] = []): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[[...path, key].join('.'), value]] : leaves(value, [...path, key]),
  );
}

describe('processCollab messages', () => {
  it('have the same keys in German and English', () => {
    expect(leaves(processCollabEn).map(([key]) => key)).toEqual(
      leaves(processCollabDe).map(([key]) => key),
    );
  });

  it('use the same placeholders and plural forms in both languages', () => {
    const shape = (text: string) => ({
      placeholders: [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort(),
      forms: text.split('|').length,
    });
    const english = new Map(leaves(processCollabEn));
    for (const [key, german] of leaves(processCollabDe)) {
      expect(shape(english.get(key) ?? ''), key).toEqual(shape(german));
    }
  });

  // The production build precompiles messages: each must be valid vue-i18n syntax (no bare `@`).
  it.each([
    ['de', processCollabDe],
    ['en', processCollabEn],
  ] as const)('compile as vue-i18n messages (%s)', (_locale, messages) => {
    for (const [key, text] of leaves(messages)) {
      expect(() =>
        baseCompile(text, {
          onError: (error) => {
            throw new Error(`${key}: ${error.message}`);
          },
        }),
      ).not.toThrow();
    }
  });
});
