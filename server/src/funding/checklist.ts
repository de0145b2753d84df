import type { ApplicationDocument } from '../generated/prisma/client.ts';

/** What the checklist needs to know about an application. */
export interface ChecklistSource {
  leadCityId: string;
  programme: { requiredDocuments: string[] };
  /** With the city's name, letters are listed by it; without, in the given order. */
  partners: { cityId: string; status: string; city?: { name: string } }[];
  documents: ApplicationDocument[];
}

export interface ChecklistEntry {
  /** The programme's document name; '' for a letter of intent. */
  requirement: string;
  isLetterOfIntent: boolean;
  /** Who provides it: the lead city for the programme's documents, each partner its letter. */
  cityId: string;
  document: ApplicationDocument | null;
}

/**
 * The programme's required documents (the lead city provides them for the application) and a
 * letter of intent (Absichtserklärung) from every invited or accepted partner other than the lead,
 * by city name. An invited city's letter shows as missing until it accepts and uploads it.
 */
export function checklistOf(source: ChecklistSource): ChecklistEntry[] {
  const find = (cityId: string, requirement: string) =>
    source.documents.find((d) => d.cityId === cityId && d.requirement === requirement) ?? null;
  const required = [...new Set(source.programme.requiredDocuments)].map((requirement) => ({
    requirement,
    isLetterOfIntent: false,
    cityId: source.leadCityId,
    document: find(source.leadCityId, requirement),
  }));
  const letters = source.partners
    .filter((p) => p.status !== 'DECLINED' && p.cityId !== source.leadCityId)
    .sort((a, b) => (a.city?.name ?? '').localeCompare(b.city?.name ?? '', 'de'))
    .map((p) => ({
      requirement: '',
      isLetterOfIntent: true,
      cityId: p.cityId,
      document: find(p.cityId, ''),
    }));
  return [...required, ...letters];
}

/** The checklist item a (cityId, requirement) pair names, if the application has it. */
export function checklistEntry(source: ChecklistSource, cityId: string, requirement: string) {
  return checklistOf(source).find((e) => e.cityId === cityId && e.requirement === requirement);
}
