import { describe, expect, it } from 'vitest';
import { formatBasisPoints, parsePercentToBasisPoints } from './percent.ts';

describe('formatBasisPoints', () => {
  it('shows basis points as a percentage', () => {
    expect(formatBasisPoints(8000, 'de-DE').replace(/\u00a0/g, ' ')).toBe('80 %');
    expect(formatBasisPoints(8050, 'de-DE').replace(/\u00a0/g, ' ')).toBe('80,5 %');
    expect(formatBasisPoints(8000, 'en')).toBe('80%');
  });
});

describe('parsePercentToBasisPoints', () => {
  it.each([
    ['80', 8000],
    ['80,5', 8050],
    ['80.25', 8025],
    ['100', 10000],
    ['80 %', 8000],
  ])('reads %s', (input, basisPoints) => {
    expect(parsePercentToBasisPoints(input)).toBe(basisPoints);
  });

  it.each([[''], ['-5'], ['80,125'], ['achtzig'], ['1000']])('rejects %j', (input) => {
    expect(parsePercentToBasisPoints(input)).toBeNull();
  });
});
