// Deadlines are calendar dates (YYYY-MM-DD) without a time zone: they count in the user's days.

export type DeadlineState =
  | { kind: 'passed' }
  | { kind: 'today' }
  | { kind: 'open'; daysLeft: number }
  | { kind: 'invalid' };

function localDay(date: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const day = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return day.getMonth() === Number(match[2]) - 1 ? day : null;
}

/** How a deadline stands on `today` (the last day to submit counts as open). */
export function deadlineState(deadline: string, today: Date = new Date()): DeadlineState {
  const day = localDay(deadline);
  if (!day) return { kind: 'invalid' };
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  // Rounding absorbs the hour a daylight-saving change adds or removes.
  const days = Math.round((day.getTime() - start.getTime()) / 86_400_000);
  if (days < 0) return { kind: 'passed' };
  if (days === 0) return { kind: 'today' };
  return { kind: 'open', daysLeft: days };
}

/** "2026-12-31" → "31.12.2026" (de) / "31/12/2026"-style per locale. */
export function formatDeadline(deadline: string, locale: string): string {
  const day = localDay(deadline);
  if (!day) return deadline;
  return new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(day);
}
