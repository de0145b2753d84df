import type { ProjectStatus, ProjectTaskState } from '../../graphql/generated/graphql.ts';

/** In the order the register shows them: the traffic light first, then the side tracks. */
export const PROJECT_STATUSES: readonly ProjectStatus[] = [
  'IDEA',
  'IN_PROGRESS',
  'DONE',
  'ON_HOLD',
  'CANCELLED',
];

export const PROJECT_TASK_STATES: readonly ProjectTaskState[] = ['OPEN', 'IN_PROGRESS', 'DONE'];

export function isProjectStatus(value: string): value is ProjectStatus {
  return (PROJECT_STATUSES as readonly string[]).includes(value);
}

/** A topic in the reader's language (topics carry both labels; admins maintain them). */
export function topicLabel(topic: { labelDe: string; labelEn: string }, locale: string): string {
  return locale === 'de' ? topic.labelDe : topic.labelEn || topic.labelDe;
}

/** "40 %" / "40%": German sets a narrow space before the sign. */
export function formatPercent(value: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(value / 100);
}
