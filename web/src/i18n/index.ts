import { createI18n } from 'vue-i18n';
import auditLogDe, { type AuditLogMessages } from './auditLog.de.ts';
import comparisonDe, { type ComparisonMessages } from './comparison.de.ts';
import baseDe, { type MessageSchema as BaseSchema } from './de.ts';
import fundingDe, { type FundingMessages } from './funding.de.ts';
import fundingApplicationDe, { type FundingApplicationMessages } from './fundingApplication.de.ts';
import fundingChecklistDe, { type FundingChecklistMessages } from './fundingChecklist.de.ts';
import fundingDeadlinesDe, { type FundingDeadlinesMessages } from './fundingDeadlines.de.ts';
import processDe, { type ProcessMessages } from './process.de.ts';
import processCollabDe, { type ProcessCollabMessages } from './processCollab.de.ts';
import processListDe, { type ProcessListMessages } from './processList.de.ts';
import processPageDe, { type ProcessPageMessages } from './processPage.de.ts';
import projectDe, { type ProjectMessages } from './project.de.ts';
import projectDashboardDe, { type ProjectDashboardMessages } from './projectDashboard.de.ts';
import projectReportDe, { type ProjectReportMessages } from './projectReport.de.ts';

// The process screens keep their texts in their own modules; the app sees one message tree.
export type MessageSchema = BaseSchema &
  ProcessMessages &
  ProcessListMessages &
  ProcessPageMessages &
  ProcessCollabMessages &
  ComparisonMessages &
  FundingMessages &
  FundingApplicationMessages &
  FundingChecklistMessages &
  FundingDeadlinesMessages &
  ProjectMessages &
  ProjectDashboardMessages &
  ProjectReportMessages &
  AuditLogMessages;
const de: MessageSchema = {
  ...baseDe,
  ...processDe,
  ...processListDe,
  ...processPageDe,
  ...processCollabDe,
  ...comparisonDe,
  ...fundingDe,
  ...fundingApplicationDe,
  ...fundingChecklistDe,
  ...fundingDeadlinesDe,
  ...projectDe,
  ...projectDashboardDe,
  ...projectReportDe,
  ...auditLogDe,
};

export const SUPPORTED_LOCALES = ['de', 'en'] as const;
export type AppLocale = (typeof SUPPORTED_LOCALES)[number];

/** Each language names itself, so a reader of either finds their own. */
export const LOCALE_NAMES: Record<AppLocale, string> = { de: 'Deutsch', en: 'English' };

const STORAGE_KEY = 'amtsweg.locale';
const DEFAULT_LOCALE: AppLocale = 'de';

function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

function readStoredLocale(): AppLocale {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isAppLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    // Storage can be blocked (privacy settings); German is the sensible default then.
    return DEFAULT_LOCALE;
  }
}

export function createAppI18n(locale: AppLocale = readStoredLocale()) {
  return createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    // English is loaded on demand (loadLocaleMessages) to keep the first page small.
    messages: { de } as Record<AppLocale, MessageSchema>,
  });
}

const loaders: Record<AppLocale, () => Promise<MessageSchema>> = {
  de: async () => de,
  en: async () => ({
    ...(await import('./en.ts')).default,
    ...(await import('./process.en.ts')).default,
    ...(await import('./processList.en.ts')).default,
    ...(await import('./processPage.en.ts')).default,
    ...(await import('./processCollab.en.ts')).default,
    ...(await import('./comparison.en.ts')).default,
    ...(await import('./funding.en.ts')).default,
    ...(await import('./fundingApplication.en.ts')).default,
    ...(await import('./fundingChecklist.en.ts')).default,
    ...(await import('./fundingDeadlines.en.ts')).default,
    ...(await import('./project.en.ts')).default,
    ...(await import('./projectDashboard.en.ts')).default,
    ...(await import('./projectReport.en.ts')).default,
    ...(await import('./auditLog.en.ts')).default,
  }),
};

interface MessageStore {
  availableLocales: string[];
  setLocaleMessage(locale: AppLocale, messages: MessageSchema): void;
}

/** Makes sure the messages of `locale` are there before the UI switches to it. */
export async function loadLocaleMessages(store: MessageStore, locale: AppLocale): Promise<void> {
  if (!store.availableLocales.includes(locale)) {
    store.setLocaleMessage(locale, await loaders[locale]());
  }
}

export type AppI18n = ReturnType<typeof createAppI18n>;

export function storeLocale(locale: AppLocale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered across visits, but the switch itself still works.
  }
}

export { isAppLocale, readStoredLocale };
