import { baseCompile } from '@intlify/message-compiler';
import { describe, expect, it } from 'vitest';
import processDe from './process.de.ts';
import processEn from './process.en.ts';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, path: string[] = []): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[[...path, key].join('.'), value]] : leaves(value, [...path, key]),
  );
}

describe('process messages', () => {
  it('have the same keys in German and English', () => {
    expect(leaves(processEn).map(([key]) => key)).toEqual(leaves(processDe).map(([key]) => key));
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const english = new Map(leaves(processEn));
    for (const [key, german] of leaves(processDe)) {
      expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(german));
    }
  });

  // The production build precompiles messages (scripts/vitePrecompileMessages.ts): every text must
  // be valid vue-i18n syntax, e.g. no stray `@` or `|`.
  it.each([
    ['de', processDe],
    ['en', processEn],
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
