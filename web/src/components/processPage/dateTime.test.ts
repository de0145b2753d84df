import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './dateTime.ts';

describe('process page dates', () => {
  // Midday UTC: the same calendar day in every time zone a test machine might use.
  const iso = '2026-11-21T12:00:00.000Z';

  it('writes dates the German way', () => {
    expect(formatDate(iso, 'de')).toBe('21.11.2026');
    expect(formatDate(iso, 'en')).toBe('21/11/2026');
  });

  it('adds the time of day', () => {
    expect(formatDateTime(iso, 'de')).toMatch(/^21\.11\.2026, \d\d:\d\d$/);
  });
});
