import type { LocationQuery, LocationQueryRaw } from 'vue-router';
/** Whom a report covers: one city, or the cities of one partnership. */
export type ReportScopeKind = 'city' | 'partnership';

/** Which report the page shows: an empty id means "not chosen yet". */
export interface ReportSelection {
  kind: ReportScopeKind;
  id: string;
  year: number;
}

/** How far back the year choice reaches: the register keeps status history for years. */
export const REPORT_YEARS_BACK = 10;

// German parameter names, as elsewhere: the address is what users bookmark and pass on.
const PARAMETERS: Record<ReportScopeKind, string> = { city: 'kommune', partnership: 'verbund' };
const YEAR = 'jahr';

function firstValue(value: LocationQuery[string] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.trim() : '';
}

/** The years to choose from, the current one first. */
export function reportYears(currentYear: number): number[] {
  return Array.from({ length: REPORT_YEARS_BACK + 1 }, (_, back) => currentYear - back);
}

/** What a (possibly hand-edited) address asks for; an unknown year falls back to the current one. */
export function selectionFromQuery(query: LocationQuery, currentYear: number): ReportSelection {
  const year = Number(firstValue(query[YEAR]));
  const validYear = reportYears(currentYear).includes(year) ? year : currentYear;
  const partnershipId = firstValue(query[PARAMETERS.partnership]);
  const cityId = firstValue(query[PARAMETERS.city]);
  if (cityId || !partnershipId) return { kind: 'city', id: cityId, year: validYear };
  return { kind: 'partnership', id: partnershipId, year: validYear };
}

export function queryFromSelection(selection: ReportSelection): LocationQueryRaw {
  const query: LocationQueryRaw = { [YEAR]: String(selection.year) };
  if (selection.id) query[PARAMETERS[selection.kind]] = selection.id;
  return query;
}

/** One select value for both kinds: `city:<id>` or `partnership:<id>`. */
export function scopeValue(selection: { kind: ReportScopeKind; id: string }): string {
  return selection.id ? `${selection.kind}:${selection.id}` : '';
}

export function scopeFromValue(value: string): { kind: ReportScopeKind; id: string } {
  const separator = value.indexOf(':');
  const kind = value.slice(0, separator);
  const id = value.slice(separator + 1);
  return kind === 'partnership' ? { kind, id } : { kind: 'city', id: separator > 0 ? id : '' };
}
