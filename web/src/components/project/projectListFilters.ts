import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { ProjectFilter, ProjectStatus } from '../../graphql/generated/graphql.ts';
import { PROJECT_STATUSES } from './projectStatus.ts';

/** What the register is narrowed to; empty strings and an empty status list mean "any". */
export interface ProjectListFilters {
  search: string;
  cityId: string;
  partnershipId: string;
  topicId: string;
  statuses: ProjectStatus[];
}

export function noProjectFilters(): ProjectListFilters {
  return { search: '', cityId: '', partnershipId: '', topicId: '', statuses: [] };
}

// German parameter names: the address is what users bookmark and pass on to colleagues.
const PARAMETERS = {
  search: 'suche',
  cityId: 'kommune',
  partnershipId: 'verbund',
  topicId: 'thema',
  statuses: 'status',
} as const satisfies Record<keyof ProjectListFilters, string>;

type TextFilter = Exclude<keyof ProjectListFilters, 'statuses'>;
const TEXT_FILTERS: readonly TextFilter[] = ['search', 'cityId', 'partnershipId', 'topicId'];

function firstValue(value: LocationQuery[string] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.trim() : '';
}

function allValues(value: LocationQuery[string] | undefined): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.filter((item): item is string => typeof item === 'string');
}

/** Statuses in the register's order, each once, whatever order they were ticked in. */
function orderedStatuses(statuses: readonly string[]): ProjectStatus[] {
  return PROJECT_STATUSES.filter((status) => statuses.includes(status));
}

/** The filters a (possibly hand-edited or outdated) address asks for; unknown values are ignored. */
export function filtersFromQuery(query: LocationQuery): ProjectListFilters {
  const filters = noProjectFilters();
  for (const key of TEXT_FILTERS) filters[key] = firstValue(query[PARAMETERS[key]]);
  filters.statuses = orderedStatuses(allValues(query[PARAMETERS.statuses]));
  return filters;
}

/** The address query for `filters`: only what is set, so an unfiltered list has a bare address. */
export function queryFromFilters(filters: ProjectListFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  for (const key of TEXT_FILTERS) {
    const value = filters[key].trim();
    if (value) query[PARAMETERS[key]] = value;
  }
  const statuses = orderedStatuses(filters.statuses);
  if (statuses.length > 0) query[PARAMETERS.statuses] = statuses;
  return query;
}

export function hasActiveFilters(filters: ProjectListFilters): boolean {
  return Object.keys(queryFromFilters(filters)).length > 0;
}

/** The `filter` argument of the projects query; null when nothing narrows the list. */
export function projectFilterArgument(filters: ProjectListFilters): ProjectFilter | null {
  const filter: ProjectFilter = {};
  if (filters.cityId) filter.cityId = filters.cityId;
  if (filters.partnershipId) filter.partnershipId = filters.partnershipId;
  if (filters.topicId) filter.topicId = filters.topicId;
  const statuses = orderedStatuses(filters.statuses);
  if (statuses.length > 0) filter.status = statuses;
  const search = filters.search.trim();
  if (search) filter.search = search;
  return Object.keys(filter).length > 0 ? filter : null;
}
