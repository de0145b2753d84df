// Dates as German offices write them (21.11.2026); English uses the same day-first order.

function formatter(locale: string, withTime: boolean): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
  });
}

/** "21.11.2026" */
export function formatDate(iso: string, locale: string): string {
  return formatter(locale, false).format(new Date(iso));
}

/** "21.11.2026, 14:05" */
export function formatDateTime(iso: string, locale: string): string {
  return formatter(locale, true).format(new Date(iso));
}
