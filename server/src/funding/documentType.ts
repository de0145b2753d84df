import { fileTypeFromBuffer } from 'file-type';

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** The formats an application document may have, by the extension file-type reports. */
const ALLOWED_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  png: 'image/png',
  jpg: 'image/jpeg',
} as const;

export type DocumentExtension = keyof typeof ALLOWED_TYPES;

export const ALLOWED_DOCUMENT_EXTENSIONS = Object.keys(ALLOWED_TYPES) as DocumentExtension[];

export interface DocumentType {
  mediaType: string;
  extension: DocumentExtension;
}

function isAllowed(extension: string): extension is DocumentExtension {
  return Object.hasOwn(ALLOWED_TYPES, extension);
}

/**
 * What an uploaded file really is, read from its bytes; null for anything not allowed. The name
 * and the browser's Content-Type are never consulted: both are whatever the sender chose. The
 * media type returned is ours, not file-type's, so the download's Content-Type is one of seven
 * known values (macro-enabled Office files are reported as docm/xlsm and are refused).
 */
export async function detectDocumentType(bytes: Uint8Array): Promise<DocumentType | null> {
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !isAllowed(detected.ext)) return null;
  return { mediaType: ALLOWED_TYPES[detected.ext], extension: detected.ext };
}
