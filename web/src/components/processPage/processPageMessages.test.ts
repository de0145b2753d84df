import { baseCompile } from '@intlify/message-compiler';
import { describe, expect, it } from 'vitest';
import processPageDe from '../../i18n/processPage.de.ts';
import processPageEn from '../../i18n/processPage.en.ts';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, path: string[] = []): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[[...path, key].join('.'), value]] : leaves(value, [...path, key]),
  );
}

describe('process page messages', () => {
  it('have the same keys and placeholders in German and English', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const english = new Map(leaves(processPageEn));
    expect([...english.keys()]).toEqual(leaves(processPageDe).map(([key]) => key));
    for (const [key, german] of leaves(processPageDe)) {
      expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(german));
    }
  });

  // The production build precompiles messages: each must be valid vue-i18n syntax.
  it.each([
    ['de', processPageDe],
    ['en', processPageEn],
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
