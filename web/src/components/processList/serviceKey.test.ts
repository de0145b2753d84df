import { describe, expect, it } from 'vitest';
import { isOptionalServiceKey, isServiceKey, normaliseServiceKey } from './serviceKey.ts';

describe('isServiceKey', () => {
  it.each([
    ['99050012104000', true],
    ['99 050 012 104 000', true],
    [' 99034004000000 ', true],
    ['9905001210400', false],
    ['990500121040001', false],
    ['9905001210400a', false],
    ['99-050012104000', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isServiceKey(value)).toBe(expected);
  });

  it('accepts an empty optional key but not a malformed one', () => {
    expect(isOptionalServiceKey('  ')).toBe(true);
    expect(isOptionalServiceKey('99050012104000')).toBe(true);
    expect(isOptionalServiceKey('12345')).toBe(false);
  });

  it('drops the spaces of grouped digits', () => {
    expect(normaliseServiceKey(' 99 050 012 104 000 ')).toBe('99050012104000');
  });
});
