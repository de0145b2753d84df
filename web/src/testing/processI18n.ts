import { createI18n } from 'vue-i18n';
import processDe, { type ProcessMessages } from '../i18n/process.de.ts';
import processEn from '../i18n/process.en.ts';

/** vue-i18n with only the process texts: enough for components/process in tests. */
export function createProcessI18n(locale: 'de' | 'en' = 'de') {
  return createI18n<[ProcessMessages], 'de' | 'en', false>({
    legacy: false,
    locale,
    fallbackLocale: 'de',
    messages: { de: processDe, en: processEn },
  });
}

export type ProcessI18n = ReturnType<typeof createProcessI18n>;
