import type { ProjectStatus } from '../../graphql/generated/graphql.ts';
import { formatPercent } from './projectStatus.ts';

interface LoggedChange {
  fromStatus: ProjectStatus | null;
  toStatus: ProjectStatus | null;
  fromProgress: number | null;
  toProgress: number | null;
}

type Translate = (key: string, values?: Record<string, string>) => string;

/**
 * What a log entry changed, in words: "Status: In Umsetzung → Umgesetzt, Fortschritt 60 % →
 * 100 %". Parts that stayed the same are left out; a comment changed nothing (empty string).
 */
export function updateSummary(update: LoggedChange, t: Translate, locale: string): string {
  const parts: string[] = [];
  const status = (value: ProjectStatus) => t(`projectStatus.${value}`);
  const percent = (value: number) => formatPercent(value, locale);
  if (update.toStatus && update.toStatus !== update.fromStatus) {
    parts.push(
      update.fromStatus
        ? t('project.logStatus', { from: status(update.fromStatus), to: status(update.toStatus) })
        : t('project.logStatusSet', { to: status(update.toStatus) }),
    );
  }
  if (update.toProgress !== null && update.toProgress !== update.fromProgress) {
    parts.push(
      update.fromProgress !== null
        ? t('project.logProgress', {
            from: percent(update.fromProgress),
            to: percent(update.toProgress),
          })
        : t('project.logProgressSet', { to: percent(update.toProgress) }),
    );
  }
  return parts.join(', ');
}
