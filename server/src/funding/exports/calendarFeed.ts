import ical from 'ical-generator';

export interface CalendarFeedEvent {
  /** Stable across fetches, so calendar apps update the event instead of adding a copy. */
  uid: string;
  /** YYYY-MM-DD: the deadline day. */
  date: string;
  summary: string;
  description: string;
  url?: string;
}

export interface CalendarFeedInput {
  name: string;
  events: CalendarFeedEvent[];
}

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

function utcMidnight(date: string): Date {
  if (!DATE_PATTERN.test(date)) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

/**
 * Deadlines as all-day events. Without a calendar time zone ical-generator writes an all-day date
 * from the UTC day, and the dates here are UTC midnights, so "2026-12-01" is 20261201 in every
 * subscriber's time zone.
 */
export function renderCalendarFeed(feed: CalendarFeedInput): string {
  const calendar = ical({
    name: feed.name,
    prodId: { company: 'Amtsweg', product: 'Fristen', language: 'DE' },
  });
  for (const event of feed.events) {
    const start = utcMidnight(event.date);
    calendar.createEvent({
      id: event.uid,
      allDay: true,
      start,
      // DTEND is exclusive; some clients show an all-day event without one as zero-length.
      end: new Date(start.getTime() + MS_PER_DAY),
      summary: event.summary,
      description: event.description,
      url: event.url ?? null,
    });
  }
  return calendar.toString();
}
