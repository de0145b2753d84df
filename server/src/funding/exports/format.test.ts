import { describe, expect, it } from 'vitest';
import { formatDate, formatDecimalComma, formatEuro, formatPercent } from './format.ts';
import { APPLICATION_STATUS_LABELS, statusLabel } from './labels.ts';

describe('formatEuro', () => {
  it.each([
    [123456789n, '1.234.567,89 €'],
    [4_000_000n, '40.000,00 €'],
    [100_000n, '1.000,00 €'],
    [99_999n, '999,99 €'],
    [5n, '0,05 €'],
    [0n, '0,00 €'],
    [-150n, '-1,50 €'],
  ])('%s cents → %s', (cents, text) => {
    expect(formatEuro(cents)).toBe(text);
  });

  it('keeps every digit beyond what a double can hold', () => {
    expect(formatEuro(123_456_789_012_345_678_901n)).toBe('1.234.567.890.123.456.789,01 €');
  });
});

describe('formatDecimalComma', () => {
  it.each([
    [1_234_567n, '12345,67'],
    [5n, '0,05'],
    [0n, '0,00'],
    [-1_234_500n, '-12345,00'],
    [900_719_925_474_099_301n, '9007199254740993,01'],
  ])('%s cents → %s', (cents, text) => {
    expect(formatDecimalComma(cents)).toBe(text);
  });
});

describe('formatPercent', () => {
  it.each([
    [8000, '80,00 %'],
    [10_000, '100,00 %'],
    [1050, '10,50 %'],
    [800, '8,00 %'],
    [1, '0,01 %'],
    [0, '0,00 %'],
  ])('%s basis points → %s', (basisPoints, text) => {
    expect(formatPercent(basisPoints)).toBe(text);
  });

  it('refuses fractions of a basis point', () => {
    expect(() => formatPercent(80.5)).toThrow(/basis points/);
  });
});

describe('formatDate', () => {
  it('writes a day as German users read it', () => {
    expect(formatDate('2026-11-21')).toBe('21.11.2026');
    expect(formatDate('2027-01-05')).toBe('05.01.2027');
  });

  it('refuses anything but YYYY-MM-DD', () => {
    expect(() => formatDate('21.11.2026')).toThrow(/YYYY-MM-DD/);
    expect(() => formatDate('2026-11-21T00:00:00Z')).toThrow(/YYYY-MM-DD/);
  });
});

describe('statusLabel', () => {
  it('names every status in German and leaves an unknown one as it is', () => {
    expect(Object.keys(APPLICATION_STATUS_LABELS)).toHaveLength(7);
    expect(statusLabel('INTERNAL_REVIEW')).toBe('Interne Prüfung');
    expect(statusLabel('REPORTING')).toBe('Verwendungsnachweis');
    expect(statusLabel('ARCHIVED')).toBe('ARCHIVED');
    expect(statusLabel('toString')).toBe('toString');
  });
});
