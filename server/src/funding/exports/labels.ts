import type { FundingCostCategory } from '@amtsweg/shared/funding';
import type { StatementDocument } from '../statementTypes.ts';

// The same words as the web UI (web/src/i18n/funding.de.ts), so that an export reads like the
// screen it was downloaded from.
export const COST_CATEGORY_LABELS: Record<FundingCostCategory, string> = {
  PERSONNEL: 'Personal',
  EXTERNAL_SERVICES: 'Externe Dienstleistungen',
  HARDWARE_SOFTWARE: 'Hard- und Software',
  TRAINING: 'Schulungen',
};

export const APPLICATION_STATUS_LABELS = {
  DRAFT: 'Entwurf',
  INTERNAL_REVIEW: 'Interne Prüfung',
  SUBMITTED: 'Eingereicht',
  APPROVED: 'Bewilligt',
  REJECTED: 'Abgelehnt',
  REPORTING: 'Verwendungsnachweis',
  CLOSED: 'Abgeschlossen',
} as const;

/** The statement carries the status as a plain string; an unknown one is shown as it is. */
export function statusLabel(status: string): string {
  return Object.hasOwn(APPLICATION_STATUS_LABELS, status)
    ? APPLICATION_STATUS_LABELS[status as keyof typeof APPLICATION_STATUS_LABELS]
    : status;
}

/** What a checklist item is called: the programme's document name or the partner's letter. */
export function documentName(document: StatementDocument): string {
  return document.isLetterOfIntent
    ? `Absichtserklärung ${document.cityName}`
    : document.requirement;
}

export function yesNo(value: boolean): 'ja' | 'nein' {
  return value ? 'ja' : 'nein';
}
