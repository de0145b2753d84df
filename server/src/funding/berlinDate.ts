/**
 * Deadlines are calendar days in Germany. "Today" is the date in Europe/Berlin, represented like a
 * `@db.Date` column arrives (UTC midnight), so that it compares with deadlines by calendar day.
 */
const berlinDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** YYYY-MM-DD in Europe/Berlin at the instant `now`. */
export function berlinDateString(now: Date = new Date()): string {
  return berlinDay.format(now);
}

/** Today in Europe/Berlin as UTC midnight of that calendar day. */
export function berlinToday(now: Date = new Date()): Date {
  return new Date(`${berlinDateString(now)}T00:00:00Z`);
}

/** A `@db.Date` value (UTC midnight) as YYYY-MM-DD. */
export function calendarDateString(date: Date): string {
  return date.toISOString().slice(0, 10);
}
