import { useI18n } from 'vue-i18n';
import {
  type ChecklistItemFragment,
  MarkDocumentNotApplicableDocument,
  UploadApplicationDocumentDocument,
} from '../graphql/generated/graphql.ts';
import { type ActionOutcome, outcomeOf } from './actionOutcome.ts';
import { type ResultError, useErrorMessage } from './useErrorMessage.ts';
import { requestGraphql, requestGraphqlUpload } from './useGraphql.ts';

export type ChecklistItem = ChecklistItemFragment;

/** The server's limit (20 MiB); larger files are refused before they are sent. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** What the file dialog offers; the server decides by the content, not by the name. */
export const ACCEPTED_DOCUMENT_TYPES = '.pdf,.docx,.xlsx,.odt,.ods,.png,.jpg,.jpeg';

/** One document slot of an application: a programme requirement or a partner's letter of intent. */
export interface ChecklistSlot {
  applicationId: string;
  cityId: string;
  /** "" for a letter of intent. */
  requirement: string;
}

export function checklistItemKey(item: ChecklistItem): string {
  return `${item.isLetterOfIntent ? 'intent' : 'document'}:${item.city.id}:${item.requirement}`;
}

/** Items nobody needs to act on any more: uploaded, or marked not applicable. */
export function checklistDoneCount(items: readonly ChecklistItem[]): number {
  return items.filter((item) => item.state !== 'MISSING').length;
}

export function isDocumentTooLarge(file: Blob): boolean {
  return file.size > MAX_DOCUMENT_BYTES;
}

/** "320 KB", "1,2 MB" (MiB, like the limit); rounded up so a file over the limit never reads as the limit. */
export function formatFileSize(bytes: number, locale: string): string {
  const tag = locale === 'de' ? 'de-DE' : 'en-GB';
  if (bytes < 1024 * 1024) {
    return `${Math.max(1, Math.ceil(bytes / 1024)).toLocaleString(tag)} KB`;
  }
  const megabytes = Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
  return `${megabytes.toLocaleString(tag, { maximumFractionDigits: 1 })} MB`;
}

/** The first 12 hex digits: enough to compare a file by eye with a checksum tool's output. */
export function shortSha256(sha256: string): string {
  return sha256.slice(0, 12);
}

export async function uploadApplicationDocument(
  slot: ChecklistSlot,
  file: File,
): Promise<ActionOutcome> {
  const { uploadApplicationDocument: result } = await requestGraphqlUpload(
    UploadApplicationDocumentDocument,
    { input: { ...slot, file } },
  );
  return outcomeOf(result);
}

export async function markDocumentNotApplicable(
  slot: ChecklistSlot,
  reason: string,
): Promise<ActionOutcome> {
  const { markDocumentNotApplicable: result } = await requestGraphql(
    MarkDocumentNotApplicableDocument,
    { input: { ...slot, reason } },
  );
  return outcomeOf(result);
}

/** The input a ValidationError names, by the last part of its path (`input.reason` → reason). */
function rejectedInputs(error: ResultError): Set<string> {
  if (error.__typename !== 'ValidationError') return new Set();
  return new Set((error.fieldErrors ?? []).map((field) => field.path.split('.').at(-1) ?? ''));
}

/** The checklist's own wording: item names and what went wrong with a document. */
export function useFundingChecklistWording() {
  const { t, te } = useI18n();
  const errors = useErrorMessage();

  function itemName(item: ChecklistItem): string {
    return item.isLetterOfIntent
      ? t('fundingChecklist.letterOfIntent', { city: item.city.name })
      : item.requirement;
  }

  function failure(error: ResultError): string {
    if (error.reason && te(`fundingChecklist.errors.${error.reason}`)) {
      return t(`fundingChecklist.errors.${error.reason}`);
    }
    const rejected = rejectedInputs(error);
    for (const input of ['file', 'reason', 'requirement'] as const) {
      if (rejected.has(input)) return t(`fundingChecklist.errors.${input}`);
    }
    return errors.fromResult(error);
  }

  return { itemName, failure };
}
