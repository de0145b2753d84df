import type { FundingFlag } from './types.ts';

/** A deadline this many days ahead or fewer (but not passed) gets a warning. */
export const DEADLINE_WARNING_DAYS = 14;

const MS_PER_DAY = 86_400_000;

/**
 * Whole calendar days from `today` to `deadline`: 0 on the deadline itself, negative once passed.
 *
 * Both are read as calendar dates by their UTC year, month and day — how a date-only column
 * (`@db.Date`) and `new Date('2026-11-21')` arrive. The caller passes today's date in the
 * municipality's time zone in that form; the time of day is ignored, so this stays pure.
 */
export function daysUntilDeadline(deadline: Date, today: Date): number {
  return (utcDay(deadline) - utcDay(today)) / MS_PER_DAY;
}

/** The deadline is the last day to submit: submitting on it is still in time. */
export function deadlineFlags(deadline: Date | null, today: Date): FundingFlag[] {
  if (deadline === null) return [];
  const daysLeft = daysUntilDeadline(deadline, today);
  if (daysLeft < 0) return [{ code: 'DEADLINE_PASSED', deadline, daysOverdue: -daysLeft }];
  if (daysLeft <= DEADLINE_WARNING_DAYS) {
    return [{ code: 'DEADLINE_WITHIN_14_DAYS', deadline, daysLeft }];
  }
  return [];
}

function utcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}
