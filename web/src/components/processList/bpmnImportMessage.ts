import type { BpmnImportErrorReason } from '../../graphql/generated/graphql.ts';
import { BPMN_MAX_BYTES } from './processImportDraft.ts';

/** A refused BPMN file, as the API's BpmnImportError reports it (or the form finds it first). */
export interface BpmnImportFailure {
  reason: BpmnImportErrorReason;
  limit?: number | null;
  actual?: number | null;
  line?: number | null;
}

type Translate = (key: string, params: Record<string, string | number>) => string;

const MEBIBYTE = 1024 * 1024;

/**
 * "6,2 MB", in MiB like the server. Rounded up, so that a file just over the limit does not read
 * as exactly as large as the limit ("5 MB; at most 5 MB").
 */
export function formatMegabytes(bytes: number, locale: string): string {
  const megabytes = Math.ceil((bytes / MEBIBYTE) * 10) / 10;
  return `${megabytes.toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}

/** The failure the form reports for a file it does not upload at all. */
export function fileTooLarge(bytes: number): BpmnImportFailure | undefined {
  return bytes > BPMN_MAX_BYTES
    ? { reason: 'TOO_LARGE', limit: BPMN_MAX_BYTES, actual: bytes }
    : undefined;
}

const KEY = 'processImport.bpmnErrors';

/**
 * What the user reads about a refused file: what is wrong and what to do, in the UI language.
 * `locale` is a BCP 47 tag for the figures (de-DE: 10.000, 6,2 MB).
 */
export function bpmnImportMessage(
  failure: BpmnImportFailure,
  t: Translate,
  locale: string,
): string {
  const { limit, actual, line } = failure;
  const count = (value: number) => value.toLocaleString(locale);
  switch (failure.reason) {
    case 'TOO_LARGE':
      return limit != null && actual != null
        ? t(`${KEY}.TOO_LARGE`, {
            actual: formatMegabytes(actual, locale),
            limit: formatMegabytes(limit, locale),
          })
        : t(`${KEY}.TOO_LARGE_GENERIC`, { limit: formatMegabytes(BPMN_MAX_BYTES, locale) });
    case 'TOO_MANY_ELEMENTS':
    case 'TOO_DEEPLY_NESTED':
      return limit != null && actual != null
        ? t(`${KEY}.${failure.reason}`, { actual: count(actual), limit: count(limit) })
        : t(`${KEY}.${failure.reason}_GENERIC`, {});
    case 'NOT_XML':
      return line != null
        ? t(`${KEY}.NOT_XML_LINE`, { line: count(line) })
        : t(`${KEY}.NOT_XML`, {});
    case 'NOT_BPMN':
    case 'DTD_FORBIDDEN':
    case 'NO_PROCESS':
      return t(`${KEY}.${failure.reason}`, {});
    default:
      // A reason newer than this SPA: still say something the user can act on.
      return t(`${KEY}.UNKNOWN`, {});
  }
}

/** A chosen file's size for people: "845 Byte", "12,3 KB", "1,2 MB". */
export function formatFileSize(bytes: number, locale: string): string {
  if (bytes < 1024) return `${bytes.toLocaleString(locale)} Byte`;
  const kilobytes = bytes / 1024;
  if (kilobytes < 1024) {
    return `${kilobytes.toLocaleString(locale, { maximumFractionDigits: 1 })} KB`;
  }
  return `${(kilobytes / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}
