import { expect, test } from 'vitest';
import { berlinDateString, berlinToday } from './berlinDate.ts';

test('today is the calendar day in Germany, not in UTC', () => {
  // 23:30 UTC on 21 November is already 22 November in Berlin (UTC+1 in winter).
  expect(berlinDateString(new Date('2026-11-21T23:30:00Z'))).toBe('2026-11-22');
  // 22:30 UTC on 21 June is 00:30 on 22 June in Berlin (UTC+2 in summer).
  expect(berlinDateString(new Date('2026-06-21T22:30:00Z'))).toBe('2026-06-22');
  expect(berlinDateString(new Date('2026-06-21T21:30:00Z'))).toBe('2026-06-21');
  expect(berlinToday(new Date('2026-11-21T23:30:00Z')).toISOString()).toBe(
    '2026-11-22T00:00:00.000Z',
  );
});
