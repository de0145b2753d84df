import type { ProjectStatus } from '../../generated/prisma/enums.ts';

/**
 * The first instant of `year` in Europe/Berlin. New Year always falls in winter time (UTC+1), so
 * midnight there is 23:00 UTC of the day before; no time-zone table is needed.
 */
export function startOfBerlinYear(year: number): Date {
  return new Date(Date.UTC(year, 0, 1) - 60 * 60 * 1000);
}

/** Whether `at` lies within `year` as a German office counts it (Europe/Berlin). */
export function isInYear(at: Date, year: number): boolean {
  return at >= startOfBerlinYear(year) && at < startOfBerlinYear(year + 1);
}

/** One row of a project's log, as far as status and progress are concerned. */
export interface StatusChange {
  at: Date;
  fromStatus: ProjectStatus | null;
  toStatus: ProjectStatus | null;
  fromProgress: number | null;
  toProgress: number | null;
}

export interface ProjectState {
  status: ProjectStatus;
  progressPercent: number;
}

function valueAt<T>(
  history: StatusChange[],
  before: Date,
  current: T,
  from: (change: StatusChange) => T | null,
  to: (change: StatusChange) => T | null,
): T {
  // Only rows that changed this value count; comments and progress-only rows leave the status alone.
  const changes = history
    .filter((change) => to(change) !== null)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const last = changes.findLast((change) => change.at < before);
  if (last) return to(last) as T;
  // Nothing changed it up to then: it still held the value the first later change started from.
  const first = changes[0];
  return (first && from(first)) ?? current;
}

/**
 * A project's status and progress at the end of `year` (31.12., 24:00 in Europe/Berlin), read
 * from its log: the last change up to then; failing that, what the first later change started
 * from; failing that (no log at all), what the project shows today.
 */
export function stateAtEndOf(
  year: number,
  history: StatusChange[],
  current: ProjectState,
): ProjectState {
  const before = startOfBerlinYear(year + 1);
  return {
    status: valueAt(
      history,
      before,
      current.status,
      (c) => c.fromStatus,
      (c) => c.toStatus,
    ),
    progressPercent: valueAt(
      history,
      before,
      current.progressPercent,
      (c) => c.fromProgress,
      (c) => c.toProgress,
    ),
  };
}
