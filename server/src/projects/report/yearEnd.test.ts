import { describe, expect, it } from 'vitest';
import { isInYear, type StatusChange, startOfBerlinYear, stateAtEndOf } from './yearEnd.ts';

function change(
  at: string,
  fromStatus: StatusChange['fromStatus'],
  toStatus: StatusChange['toStatus'],
  progress: [number, number] | null = null,
): StatusChange {
  return {
    at: new Date(at),
    fromStatus,
    toStatus,
    fromProgress: progress?.[0] ?? null,
    toProgress: progress?.[1] ?? null,
  };
}

// An idea of March 2025 that went into implementation in September 2025 and was done in June 2026.
const history = [
  change('2025-09-15T08:00:00Z', 'IDEA', 'IN_PROGRESS', [0, 20]),
  change('2025-12-01T10:00:00Z', 'IN_PROGRESS', 'IN_PROGRESS', [20, 45]),
  change('2026-06-30T12:00:00Z', 'IN_PROGRESS', 'DONE', [45, 100]),
];
const today = { status: 'DONE', progressPercent: 100 } as const;

describe('startOfBerlinYear', () => {
  it('is midnight of 1 January in Germany, i.e. 23:00 UTC the day before', () => {
    expect(startOfBerlinYear(2026).toISOString()).toBe('2025-12-31T23:00:00.000Z');
  });

  it('counts a change late on New Year’s Eve in Berlin time to the old year', () => {
    expect(isInYear(new Date('2025-12-31T22:59:59.999Z'), 2025)).toBe(true);
    expect(isInYear(new Date('2025-12-31T23:00:00.000Z'), 2025)).toBe(false);
    expect(isInYear(new Date('2025-12-31T23:00:00.000Z'), 2026)).toBe(true);
  });
});

describe('stateAtEndOf', () => {
  it('takes the last change up to 31 December', () => {
    expect(stateAtEndOf(2025, history, today)).toEqual({
      status: 'IN_PROGRESS',
      progressPercent: 45,
    });
    expect(stateAtEndOf(2026, history, today)).toEqual({ status: 'DONE', progressPercent: 100 });
  });

  it('before the first change, takes the state that change started from', () => {
    expect(stateAtEndOf(2024, history, today)).toEqual({ status: 'IDEA', progressPercent: 0 });
  });

  it('without any change, takes the current state', () => {
    expect(stateAtEndOf(2025, [], { status: 'ON_HOLD', progressPercent: 30 })).toEqual({
      status: 'ON_HOLD',
      progressPercent: 30,
    });
  });

  it('reads the log in time order, whatever order it comes in', () => {
    expect(stateAtEndOf(2025, [...history].reverse(), today)).toEqual({
      status: 'IN_PROGRESS',
      progressPercent: 45,
    });
  });

  it('ignores comments and lets a progress-only change leave the status alone', () => {
    const log = [
      change('2025-04-01T08:00:00Z', null, null),
      change('2025-05-01T08:00:00Z', 'IDEA', 'IN_PROGRESS'),
      { ...change('2025-11-01T08:00:00Z', null, null), fromProgress: 10, toProgress: 70 },
      change('2026-02-01T08:00:00Z', 'IN_PROGRESS', 'CANCELLED', [70, 70]),
    ];
    expect(stateAtEndOf(2025, log, { status: 'CANCELLED', progressPercent: 70 })).toEqual({
      status: 'IN_PROGRESS',
      progressPercent: 70,
    });
    expect(stateAtEndOf(2024, log, { status: 'CANCELLED', progressPercent: 70 })).toEqual({
      status: 'IDEA',
      progressPercent: 10,
    });
  });

  it('counts a change at 23:30 on 31 December (Berlin) to that year', () => {
    const late = [change('2025-12-31T22:30:00Z', 'IN_PROGRESS', 'DONE', [90, 100])];
    expect(stateAtEndOf(2025, late, today).status).toBe('DONE');
    const afterMidnight = [change('2025-12-31T23:30:00Z', 'IN_PROGRESS', 'DONE', [90, 100])];
    expect(stateAtEndOf(2025, afterMidnight, today).status).toBe('IN_PROGRESS');
  });
});
