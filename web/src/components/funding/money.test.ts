import { describe, expect, it } from 'vitest';
import { formatCents, parseEuroToCents } from './money.ts';

// Intl separates amount and € with a no-break space.
const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');

describe('formatCents', () => {
  it('formats cents as euros in German and English', () => {
    expect(nbsp(formatCents('4000000', 'de-DE'))).toBe('40.000,00 €');
    expect(formatCents('4000000', 'en')).toBe('€40,000.00');
    expect(nbsp(formatCents('5', 'de-DE'))).toBe('0,05 €');
    expect(nbsp(formatCents('0', 'de-DE'))).toBe('0,00 €');
  });

  it('keeps every digit of amounts beyond the safe integer range', () => {
    expect(nbsp(formatCents('999999999999999', 'de-DE'))).toBe('9.999.999.999.999,99 €');
    expect(formatCents('900719925474099199', 'en')).toBe('€9,007,199,254,740,991.99');
  });

  it('keeps the sign of negative amounts, also below one euro', () => {
    expect(nbsp(formatCents('-123456', 'de-DE'))).toBe('-1.234,56 €');
    expect(nbsp(formatCents('-5', 'de-DE'))).toBe('-0,05 €');
  });

  it('leaves a value that is no whole number of cents as it is', () => {
    expect(formatCents('12.5', 'de-DE')).toBe('12.5');
    expect(formatCents('abc', 'de-DE')).toBe('abc');
  });
});

describe('parseEuroToCents', () => {
  it.each([
    ['40.000', '4000000'],
    ['40000', '4000000'],
    ['40000,00', '4000000'],
    ['40.000,5', '4000050'],
    ['1.234.567,89', '123456789'],
    ['1.234', '123400'],
    ['40.000 €', '4000000'],
    [' 0 ', '0'],
  ])('reads German input %s', (input, cents) => {
    expect(parseEuroToCents(input)).toEqual({ ok: true, cents });
  });

  it.each([
    ['40,000.00', '4000000'],
    ['40000.50', '4000050'],
    ['1,234,567', '123456700'],
    ['1.23', '123'],
  ])('reads English input %s', (input, cents) => {
    expect(parseEuroToCents(input)).toEqual({ ok: true, cents });
  });

  it('keeps every digit of large amounts', () => {
    expect(parseEuroToCents('9.999.999.999.999,99')).toEqual({
      ok: true,
      cents: '999999999999999',
    });
  });

  it.each([
    // 1,23 € in German or 1.234 € in English: we do not guess.
    ['1,234'],
    ['12,345'],
    ['1,2345'],
    ['-5'],
    ['-40.000,00'],
    ['12a'],
    ['abc'],
    ['40.00.00'],
    ['40,001'],
    ['4.0000'],
    ['1,5.5'],
    [''],
    ['€'],
  ])('rejects %j', (input) => {
    expect(parseEuroToCents(input)).toEqual({ ok: false });
  });
});
