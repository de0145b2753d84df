import { describe, expect, it } from 'vitest';
import {
  filtersFromQuery,
  hasActiveFilters,
  noProjectFilters,
  projectFilterArgument,
  queryFromFilters,
} from './projectListFilters.ts';

describe('project list filters', () => {
  it('reads repeated statuses in the register order and ignores unknown ones', () => {
    const filters = filtersFromQuery({
      suche: ' Bürgerkonto ',
      thema: 't1',
      status: ['DONE', 'UNBEKANNT', 'IDEA', 'DONE'],
    });
    expect(filters).toEqual({
      search: 'Bürgerkonto',
      cityId: '',
      partnershipId: '',
      topicId: 't1',
      statuses: ['IDEA', 'DONE'],
    });
    expect(filtersFromQuery({ status: 'ON_HOLD' }).statuses).toEqual(['ON_HOLD']);
  });

  it('writes only what is set, and round-trips', () => {
    const filters = {
      ...noProjectFilters(),
      cityId: 'c1',
      statuses: ['DONE' as const, 'IDEA' as const],
    };
    const query = queryFromFilters(filters);
    expect(query).toEqual({ kommune: 'c1', status: ['IDEA', 'DONE'] });
    expect(queryFromFilters(noProjectFilters())).toEqual({});
    expect(hasActiveFilters(noProjectFilters())).toBe(false);
    expect(hasActiveFilters(filters)).toBe(true);
  });

  it('builds the API filter', () => {
    expect(projectFilterArgument(noProjectFilters())).toBeNull();
    expect(
      projectFilterArgument({
        search: ' Akte ',
        cityId: '',
        partnershipId: 'p1',
        topicId: '',
        statuses: ['IN_PROGRESS'],
      }),
    ).toEqual({ partnershipId: 'p1', status: ['IN_PROGRESS'], search: 'Akte' });
  });
});
