import type { Licence, Visibility } from '../../graphql/generated/graphql.ts';
import { isOptionalServiceKey, normaliseServiceKey } from './serviceKey.ts';

/** The server's upload limit (UTF-8 bytes of the XML, 5 MiB); larger files are not even read. */
export const BPMN_MAX_BYTES = 5 * 1024 * 1024;

// The server's limits for the metadata, checked here too so the form can say so before uploading.
export const TITLE_MIN = 3;
export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 10_000;
export const CONTACT_NAME_MAX = 200;
export const TAGS_MAX = 20;
export const TAG_LENGTH_MAX = 40;

/** What the import form holds besides the file. */
export interface ProcessImportDraft {
  cityId: string;
  title: string;
  description: string;
  serviceKey: string;
  /** Comma separated, as typed. */
  tags: string;
  contactName: string;
  contactEmail: string;
  licence: Licence;
  visibility: Visibility;
  sharedWithPartnershipIds: string[];
}

export type ProcessImportField =
  | 'file'
  | 'cityId'
  | 'title'
  | 'description'
  | 'serviceKey'
  | 'tags'
  | 'contactName'
  | 'contactEmail'
  | 'sharedWithPartnershipIds';

/** In the order the form shows them, so a summary names them top to bottom. */
export const PROCESS_IMPORT_FIELDS: readonly ProcessImportField[] = [
  'file',
  'cityId',
  'title',
  'description',
  'serviceKey',
  'tags',
  'contactName',
  'contactEmail',
  'sharedWithPartnershipIds',
];

/** "Gewerbe, Wirtschaft,, gewerbe" → ["Gewerbe", "Wirtschaft"]: trimmed, without blanks or repeats. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of text.split(/[,\n]/)) {
    const tag = part.trim().replace(/\s+/g, ' ');
    const key = tag.toLocaleLowerCase('de');
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

export function tagsAreAcceptable(tags: readonly string[]): boolean {
  return tags.length <= TAGS_MAX && tags.every((tag) => tag.length <= TAG_LENGTH_MAX);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The fields to correct before the draft is worth sending; empty when it is. */
export function checkImportDraft(
  draft: ProcessImportDraft,
  hasFile: boolean,
): Set<ProcessImportField> {
  const problems = new Set<ProcessImportField>();
  if (!hasFile) problems.add('file');
  if (!draft.cityId) problems.add('cityId');
  const title = draft.title.trim();
  if (title.length < TITLE_MIN || title.length > TITLE_MAX) problems.add('title');
  if (draft.description.trim().length > DESCRIPTION_MAX) problems.add('description');
  if (!isOptionalServiceKey(draft.serviceKey)) problems.add('serviceKey');
  if (!tagsAreAcceptable(parseTags(draft.tags))) problems.add('tags');
  if (draft.contactName.trim().length > CONTACT_NAME_MAX) problems.add('contactName');
  const email = draft.contactEmail.trim();
  if (email && !EMAIL.test(email)) problems.add('contactEmail');
  if (draft.visibility === 'PARTNERS' && draft.sharedWithPartnershipIds.length === 0) {
    problems.add('sharedWithPartnershipIds');
  }
  return problems;
}

/** The form field a server-side ValidationError path belongs to (`tags.3` → tags, `xml` → file). */
export function importFieldOfPath(path: string): ProcessImportField | undefined {
  const top = path.split('.')[0] ?? '';
  if (top === 'xml') return 'file';
  return (PROCESS_IMPORT_FIELDS as readonly string[]).includes(top)
    ? (top as ProcessImportField)
    : undefined;
}

/** The mutation's arguments: trimmed, optional ones left out when empty. */
export function importArguments(draft: ProcessImportDraft, xml: string) {
  // Left out rather than null: the server accepts a missing optional argument, not a null one.
  const optional = (value: string) => value.trim() || undefined;
  return {
    cityId: draft.cityId,
    xml,
    title: draft.title.trim(),
    description: optional(draft.description),
    serviceKey: optional(normaliseServiceKey(draft.serviceKey)),
    tags: parseTags(draft.tags),
    contactName: optional(draft.contactName),
    contactEmail: optional(draft.contactEmail),
    licence: draft.licence,
    visibility: draft.visibility,
    sharedWithPartnershipIds:
      draft.visibility === 'PARTNERS' ? [...new Set(draft.sharedWithPartnershipIds)] : [],
  };
}

/** "hundesteuer_anmeldung.bpmn" → "hundesteuer anmeldung": a starting point for the title. */
export function titleFromFileName(fileName: string): string {
  return fileName
    .replace(/\.(?:bpmn2?|xml)$/i, '')
    .replace(/_+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const BPMN_MODEL_NAMESPACE = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

/**
 * The name of the file's first named process (or else pool), when the XML is easy to read; the
 * server does the real validation.
 */
export function processNameOf(xml: string): string | undefined {
  if (typeof DOMParser === 'undefined') return undefined;
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  if (document.getElementsByTagName('parsererror').length > 0) return undefined;
  for (const localName of ['process', 'participant']) {
    for (const element of document.getElementsByTagNameNS(BPMN_MODEL_NAMESPACE, localName)) {
      const name = element.getAttribute('name')?.replace(/\s+/g, ' ').trim();
      if (name) return name;
    }
  }
  return undefined;
}
