import { describe, expect, it } from 'vitest';
import { isValidAgs } from './ags.ts';

describe('isValidAgs', () => {
  it('accepts real municipality keys', () => {
    expect(isValidAgs('08116019')).toBe(true); // Esslingen am Neckar
    expect(isValidAgs('05754008')).toBe(true); // Gütersloh
  });
  it('rejects wrong length, letters and unknown states', () => {
    expect(isValidAgs('8116019')).toBe(false);
    expect(isValidAgs('0811601A')).toBe(false);
    expect(isValidAgs('17116019')).toBe(false);
    expect(isValidAgs('00116019')).toBe(false);
  });
});
