import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type {
  Licence,
  ProcessModelFilter,
  ProcessStatus,
  Visibility,
} from '../../graphql/generated/graphql.ts';
import { normaliseServiceKey } from './serviceKey.ts';

/** In lifecycle order, as the filter offers them. */
export const PROCESS_STATUSES: readonly ProcessStatus[] = [
  'DRAFT',
  'IN_REVIEW',
  'RELEASED',
  'ARCHIVED',
];

/** From the most open to the most restrictive. */
export const LICENCES: readonly Licence[] = [
  'DL_DE_ZERO_2_0',
  'DL_DE_BY_2_0',
  'CC_BY_4_0',
  'INTERNAL_USE_ONLY',
];

export const VISIBILITIES: readonly Visibility[] = ['PRIVATE', 'PARTNERS', 'PUBLIC'];

/** What the list is narrowed to; an empty string means "any". */
export interface ProcessListFilters {
  cityId: string;
  serviceKey: string;
  status: ProcessStatus | '';
  tag: string;
  licence: Licence | '';
  search: string;
}

export const NO_FILTERS: Readonly<ProcessListFilters> = {
  cityId: '',
  serviceKey: '',
  status: '',
  tag: '',
  licence: '',
  search: '',
};

// German parameter names: the address is what users bookmark and pass on to colleagues.
const PARAMETERS: Record<keyof ProcessListFilters, string> = {
  search: 'suche',
  cityId: 'kommune',
  serviceKey: 'leistungsschluessel',
  status: 'status',
  tag: 'schlagwort',
  licence: 'lizenz',
};

function firstValue(value: LocationQuery[string] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.trim() : '';
}

function oneOf<T extends string>(allowed: readonly T[], value: string): T | '' {
  return (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

/** The filters a (possibly hand-edited or outdated) address asks for; unknown values are ignored. */
export function filtersFromQuery(query: LocationQuery): ProcessListFilters {
  const read = (key: keyof ProcessListFilters) => firstValue(query[PARAMETERS[key]]);
  return {
    search: read('search'),
    cityId: read('cityId'),
    serviceKey: normaliseServiceKey(read('serviceKey')),
    status: oneOf(PROCESS_STATUSES, read('status')),
    tag: read('tag'),
    licence: oneOf(LICENCES, read('licence')),
  };
}

/** The address query for `filters`: only what is set, so an unfiltered list has a bare address. */
export function queryFromFilters(filters: ProcessListFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  for (const key of Object.keys(PARAMETERS) as (keyof ProcessListFilters)[]) {
    const value = key === 'serviceKey' ? normaliseServiceKey(filters[key]) : filters[key].trim();
    if (value) query[PARAMETERS[key]] = value;
  }
  return query;
}

export function hasActiveFilters(filters: ProcessListFilters): boolean {
  return Object.keys(queryFromFilters(filters)).length > 0;
}

/** The `filter` and `search` arguments of the processModels query. */
export function processModelsArguments(filters: ProcessListFilters): {
  filter: ProcessModelFilter | null;
  search: string | null;
} {
  const filter: ProcessModelFilter = {};
  if (filters.cityId) filter.cityId = filters.cityId;
  if (filters.serviceKey) filter.serviceKey = normaliseServiceKey(filters.serviceKey);
  if (filters.status) filter.status = filters.status;
  if (filters.tag.trim()) filter.tag = filters.tag.trim();
  if (filters.licence) filter.licence = filters.licence;
  return {
    filter: Object.keys(filter).length > 0 ? filter : null,
    search: filters.search.trim() || null,
  };
}
