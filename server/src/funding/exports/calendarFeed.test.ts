import { describe, expect, it } from 'vitest';
import { renderCalendarFeed } from './calendarFeed.ts';

const FEED = {
  name: 'Amtsweg – Förderfristen',
  events: [
    {
      uid: 'funding-deadline-7f0c5b1e@amtsweg',
      date: '2026-12-01',
      summary: 'Einreichungsfrist: Medienbruchfreie Gewerbeanmeldung',
      description:
        'Digitale Kommune – Förderaufruf 2026\nKonsortialführung: Esslingen; Status: Entwurf',
      url: 'https://amtsweg.example/foerderantraege/abc',
    },
    {
      uid: 'funding-deadline-0a1b2c3d@amtsweg',
      date: '2027-01-31',
      summary: 'Einreichungsfrist: E-Akte',
      description: 'Bund',
    },
  ],
};

/** Unfolds RFC 5545 continuation lines so that assertions see whole properties. */
function unfold(ics: string): string {
  return ics.replace(/\r\n[ \t]/g, '');
}

function vevents(ics: string): string[] {
  return unfold(ics).split('BEGIN:VEVENT\r\n').slice(1);
}

describe('renderCalendarFeed', () => {
  it('is a calendar from Amtsweg with CRLF lines', () => {
    const ics = renderCalendarFeed(FEED);

    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('PRODID:-//Amtsweg//Fristen//DE\r\n');
    expect(unfold(ics)).toContain('NAME:Amtsweg – Förderfristen\r\n');
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });

  it('makes every deadline an all-day event with its stable UID, on the deadline day', () => {
    const [first, second] = vevents(renderCalendarFeed(FEED));

    expect(first).toContain('UID:funding-deadline-7f0c5b1e@amtsweg\r\n');
    expect(first).toContain('DTSTART;VALUE=DATE:20261201\r\n');
    expect(first).toContain('DTEND;VALUE=DATE:20261202\r\n');
    expect(first).toContain('SUMMARY:Einreichungsfrist: Medienbruchfreie Gewerbeanmeldung\r\n');
    expect(first).toContain(
      'DESCRIPTION:Digitale Kommune – Förderaufruf 2026\\nKonsortialführung: Esslingen\\; Status: Entwurf\r\n',
    );
    expect(first).toContain('URL;VALUE=URI:https://amtsweg.example/foerderantraege/abc\r\n');
    expect(second).toContain('UID:funding-deadline-0a1b2c3d@amtsweg\r\n');
    expect(second).toContain('DTSTART;VALUE=DATE:20270131\r\n');
    expect(second).not.toContain('URL');
    expect(renderCalendarFeed(FEED)).not.toMatch(/TZID|VTIMEZONE/);
  });

  it('gives the same events on every fetch, apart from the time stamp', () => {
    const withoutStamp = (ics: string) => ics.replace(/^DTSTAMP:.*$/gm, '');
    expect(withoutStamp(renderCalendarFeed(FEED))).toBe(withoutStamp(renderCalendarFeed(FEED)));
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    const event = { uid: 'x', date: '01.12.2026', summary: 's', description: 'd' };
    expect(() => renderCalendarFeed({ name: 'n', events: [event] })).toThrow(/YYYY-MM-DD/);
  });
});
