/** Today in Europe/Berlin as YYYY-MM-DD: the server counts due dates in the offices' days too. */
export function berlinToday(now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Whole days from `dueDate` to `today` (both YYYY-MM-DD): 0 on the due date, 3 three days later. */
export function daysOverdue(dueDate: string, today: string): number {
  const day = (date: string) =>
    Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
  return Math.max(0, Math.round((day(today) - day(dueDate)) / 86_400_000));
}
