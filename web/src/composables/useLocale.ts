import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import {
  type AppLocale,
  isAppLocale,
  LOCALE_NAMES,
  loadLocaleMessages,
  SUPPORTED_LOCALES,
  storeLocale,
} from '../i18n/index.ts';

/** Keeps `<html lang>` in step with the UI language (WCAG 3.1.1). */
export function syncDocumentLanguage(locale: AppLocale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export function useLocale() {
  const composer = useI18n({ useScope: 'global' });

  const locale = computed<AppLocale>(() =>
    isAppLocale(composer.locale.value) ? composer.locale.value : 'de',
  );

  /** Switches the UI language and remembers the choice for the next visit. */
  async function setLocale(next: AppLocale): Promise<void> {
    await loadLocaleMessages(composer, next);
    composer.locale.value = next;
    storeLocale(next);
    syncDocumentLanguage(next);
  }

  const options = SUPPORTED_LOCALES.map((code) => ({ code, name: LOCALE_NAMES[code] }));

  return { locale, setLocale, options };
}
