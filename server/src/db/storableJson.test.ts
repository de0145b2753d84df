import { describe, expect, it } from 'vitest';
import { storableJson } from './storableJson.ts';

describe('storableJson', () => {
  it('replaces what PostgreSQL refuses in JSON and keeps everything else', () => {
    const value = {
      label: 'Antrag \uD800prüfen',
      nested: [{ text: 'a\u0000b', emoji: 'Hund 🐕', tail: 'x\uDC00' }],
      count: 3,
      flag: true,
      none: null,
    };
    expect(storableJson(value)).toEqual({
      label: 'Antrag \uFFFDprüfen',
      nested: [{ text: 'a\uFFFDb', emoji: 'Hund 🐕', tail: 'x\uFFFD' }],
      count: 3,
      flag: true,
      none: null,
    });
    expect(JSON.stringify(storableJson(value))).not.toMatch(/\\u(d[89ab]|dc|0000)/i);
  });
});
