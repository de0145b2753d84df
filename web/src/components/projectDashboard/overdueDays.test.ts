import { describe, expect, it } from 'vitest';
import { berlinToday, daysOverdue } from './overdueDays.ts';

describe('daysOverdue', () => {
  it('counts whole calendar days, across month ends and the change to summer time', () => {
    expect(daysOverdue('2026-11-18', '2026-11-21')).toBe(3);
    expect(daysOverdue('2026-11-20', '2026-11-21')).toBe(1);
    expect(daysOverdue('2026-10-30', '2026-11-02')).toBe(3);
    expect(daysOverdue('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysOverdue('2025-12-31', '2026-01-01')).toBe(1);
  });

  it('never counts a date not yet reached as overdue', () => {
    expect(daysOverdue('2026-11-21', '2026-11-21')).toBe(0);
    expect(daysOverdue('2026-11-25', '2026-11-21')).toBe(0);
  });
});

describe('berlinToday', () => {
  it('is the date in Germany, which runs ahead of UTC around midnight', () => {
    expect(berlinToday(new Date('2026-11-21T22:30:00Z'))).toBe('2026-11-21');
    expect(berlinToday(new Date('2026-11-21T23:30:00Z'))).toBe('2026-11-22');
    expect(berlinToday(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
  });
});
