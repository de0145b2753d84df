import { useI18n } from 'vue-i18n';

/** Dates as the user reads them: 21.11.2026 (German), 21/11/2026 (English, day first). */
export function useCollabDates() {
  const { locale } = useI18n();

  function format(iso: string, options: Intl.DateTimeFormatOptions): string {
    return new Intl.DateTimeFormat(locale.value === 'de' ? 'de-DE' : 'en-GB', {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      ...options,
    }).format(new Date(iso));
  }

  return {
    date: (iso: string) => format(iso, {}),
    /** With the time, where several entries of one day follow each other (comments). */
    dateTime: (iso: string) => format(iso, { hour: '2-digit', minute: '2-digit' }),
  };
}
