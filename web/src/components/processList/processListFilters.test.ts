import { describe, expect, it } from 'vitest';
import {
  filtersFromQuery,
  hasActiveFilters,
  NO_FILTERS,
  processModelsArguments,
  queryFromFilters,
} from './processListFilters.ts';

describe('process list filters in the address', () => {
  it('reads every filter from its German parameter', () => {
    expect(
      filtersFromQuery({
        suche: 'Gewerbe',
        kommune: 'Q2l0eTox',
        leistungsschluessel: '99050012104000',
        status: 'RELEASED',
        schlagwort: 'Wirtschaft',
        lizenz: 'CC_BY_4_0',
      }),
    ).toEqual({
      search: 'Gewerbe',
      cityId: 'Q2l0eTox',
      serviceKey: '99050012104000',
      status: 'RELEASED',
      tag: 'Wirtschaft',
      licence: 'CC_BY_4_0',
    });
  });

  it('ignores unknown values, empty and repeated parameters', () => {
    expect(
      filtersFromQuery({
        status: 'PUBLISHED',
        lizenz: 'GPL',
        suche: ['Parken', 'Hund'],
        schlagwort: [null],
        kommune: '',
        unbekannt: 'x',
      }),
    ).toEqual({ ...NO_FILTERS, search: 'Parken' });
  });

  it('writes only what is set, trimmed', () => {
    expect(
      queryFromFilters({
        ...NO_FILTERS,
        search: '  Anwohnerparken ',
        serviceKey: '99 034 004 000 000',
        status: 'DRAFT',
      }),
    ).toEqual({ suche: 'Anwohnerparken', leistungsschluessel: '99034004000000', status: 'DRAFT' });
    expect(queryFromFilters(NO_FILTERS)).toEqual({});
  });

  it('survives the round trip through the address', () => {
    const filters = {
      search: 'Gewerbe anmelden',
      cityId: 'Q2l0eToy',
      serviceKey: '99050012104000',
      status: 'IN_REVIEW' as const,
      tag: 'Steuern',
      licence: 'DL_DE_ZERO_2_0' as const,
    };
    const query = queryFromFilters(filters) as Record<string, string>;
    expect(filtersFromQuery(query)).toEqual(filters);
  });

  it('knows whether anything narrows the list', () => {
    expect(hasActiveFilters(NO_FILTERS)).toBe(false);
    expect(hasActiveFilters({ ...NO_FILTERS, search: '   ' })).toBe(false);
    expect(hasActiveFilters({ ...NO_FILTERS, tag: 'Gewerbe' })).toBe(true);
  });

  it('turns the filters into the query arguments', () => {
    expect(processModelsArguments(NO_FILTERS)).toEqual({ filter: null, search: null });
    expect(
      processModelsArguments({
        ...NO_FILTERS,
        search: ' Hund ',
        tag: ' Steuern ',
        status: 'DRAFT',
      }),
    ).toEqual({ filter: { tag: 'Steuern', status: 'DRAFT' }, search: 'Hund' });
  });
});
