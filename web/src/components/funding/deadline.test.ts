import { describe, expect, it } from 'vitest';
import { deadlineState, formatDeadline } from './deadline.ts';

const today = new Date(2026, 10, 21, 15, 30);

describe('deadlineState', () => {
  it('counts the days left, the last day included', () => {
    expect(deadlineState('2026-11-30', today)).toEqual({ kind: 'open', daysLeft: 9 });
    expect(deadlineState('2026-11-22', today)).toEqual({ kind: 'open', daysLeft: 1 });
    expect(deadlineState('2026-11-21', today)).toEqual({ kind: 'today' });
    expect(deadlineState('2026-11-20', today)).toEqual({ kind: 'passed' });
  });

  it('counts across a change of daylight-saving time', () => {
    expect(deadlineState('2027-04-01', new Date(2027, 2, 1))).toEqual({
      kind: 'open',
      daysLeft: 31,
    });
  });

  it('rejects what is no calendar date', () => {
    expect(deadlineState('2026-02-30', today)).toEqual({ kind: 'invalid' });
    expect(deadlineState('morgen', today)).toEqual({ kind: 'invalid' });
  });
});

describe('formatDeadline', () => {
  it('writes dates the German way', () => {
    expect(formatDeadline('2026-12-31', 'de-DE')).toBe('31.12.2026');
  });
});
