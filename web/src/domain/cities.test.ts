import { describe, expect, it } from 'vitest';
import {
  type CityDraft,
  canOpenMembers,
  checkCityDraft,
  cityFieldProblems,
  FEDERAL_STATES,
  federalStateOfAgs,
  parsePopulation,
  suggestSlug,
} from './cities.ts';

describe('suggestSlug', () => {
  it.each([
    ['Bad Urach', 'bad-urach'],
    ['Böblingen', 'boeblingen'],
    ['Esslingen am Neckar', 'esslingen-am-neckar'],
    ['Gütersloh', 'guetersloh'],
    ['Großbottwar', 'grossbottwar'],
    ['Überlingen', 'ueberlingen'],
    ['ÄRZTEHAUS', 'aerztehaus'],
    ['Frankfurt (Oder)', 'frankfurt-oder'],
    ['Halle (Saale)', 'halle-saale'],
    ['Sankt Peter-Ording', 'sankt-peter-ording'],
    ['  Weil  der  Stadt ', 'weil-der-stadt'],
    ['Montréal', 'montreal'],
    ['', ''],
  ])('%s → %s', (name, slug) => {
    expect(suggestSlug(name)).toBe(slug);
  });

  it('treats decomposed umlauts like composed ones', () => {
    expect(suggestSlug('Bo\u0308blingen')).toBe('boeblingen');
  });

  it('stays within 60 characters and does not end in a hyphen', () => {
    const slug = suggestSlug(`${'a'.repeat(59)} Stadt`);
    expect(slug).toBe('a'.repeat(59));
  });
});

describe('federalStateOfAgs', () => {
  it('reads the state from the first two digits', () => {
    expect(federalStateOfAgs('08415009')).toBe('BADEN_WUERTTEMBERG');
    expect(federalStateOfAgs('05')).toBe('NORDRHEIN_WESTFALEN');
    expect(federalStateOfAgs('16')).toBe('THUERINGEN');
    expect(federalStateOfAgs('17000000')).toBeUndefined();
    expect(federalStateOfAgs('0')).toBeUndefined();
  });

  it('knows all 16 states once', () => {
    expect(new Set(FEDERAL_STATES).size).toBe(16);
  });
});

describe('parsePopulation', () => {
  it.each([
    ['12500', 12_500],
    ['12.500', 12_500],
    ['12,500', 12_500],
    ['12 500', 12_500],
    ['1.234.567', 1_234_567],
    ['0', 0],
    ['10.000.000', 10_000_000],
  ])('%s → %d', (text, value) => {
    expect(parsePopulation(text)).toBe(value);
  });

  it.each(['', '12,5', '1.5', '12.50', '-3', 'zwölf', '10.000.001', '1.234,567'])(
    'refuses %s',
    (text) => {
      expect(parsePopulation(text)).toBeUndefined();
    },
  );
});

const badUrach: CityDraft = {
  name: ' Bad Urach ',
  slug: 'bad-urach',
  ags: '08415009',
  federalState: 'BADEN_WUERTTEMBERG',
  population: '12.500',
};

describe('checkCityDraft', () => {
  it('hands back the city to send, trimmed and with the population as a number', () => {
    expect(checkCityDraft(badUrach)).toEqual({
      ok: true,
      city: {
        name: 'Bad Urach',
        slug: 'bad-urach',
        ags: '08415009',
        federalState: 'BADEN_WUERTTEMBERG',
        population: 12_500,
      },
    });
  });

  it('names every field that is not right', () => {
    expect(
      checkCityDraft({
        name: 'B',
        slug: 'Bad Urach',
        ags: '1234',
        federalState: '',
        population: '',
      }),
    ).toEqual({ ok: false, fields: ['name', 'slug', 'ags', 'federalState', 'population'] });
  });

  it('refuses an AGS outside the state codes 01–16 (and only then checks the state)', () => {
    expect(checkCityDraft({ ...badUrach, ags: '17415009' })).toEqual({
      ok: false,
      fields: ['ags'],
    });
  });

  it('refuses a state the AGS does not belong to', () => {
    expect(checkCityDraft({ ...badUrach, federalState: 'BAYERN' })).toEqual({
      ok: false,
      fields: ['federalState'],
    });
  });
});

describe('cityFieldProblems', () => {
  const listed = [{ name: 'Esslingen am Neckar', slug: 'esslingen', ags: '08116019' }];

  it('marks the fields a ValidationError names', () => {
    const problems = cityFieldProblems(
      {
        __typename: 'ValidationError',
        message: 'Invalid input',
        fieldErrors: [
          { path: 'ags', message: 'An AGS has 8 digits.' },
          { path: 'population', message: 'Too big' },
        ],
      },
      badUrach,
      listed,
    );
    expect([...problems]).toEqual([
      ['ags', { kind: 'invalid' }],
      ['population', { kind: 'invalid' }],
    ]);
  });

  it('names the listed city that already has the AGS of a duplicate', () => {
    const problems = cityFieldProblems(
      { __typename: 'ConflictError', message: 'exists', reason: 'DUPLICATE_CITY' },
      { slug: 'bad-urach', ags: '08116019' },
      listed,
    );
    expect([...problems]).toEqual([['ags', { kind: 'taken', by: 'Esslingen am Neckar' }]]);
  });
});

describe('canOpenMembers', () => {
  it('is for members of the city and for whoever manages its members', () => {
    expect(canOpenMembers({ viewerRole: null, viewerCanManageMembers: false })).toBe(false);
    expect(canOpenMembers({ viewerRole: 'PROCESS_OWNER', viewerCanManageMembers: false })).toBe(
      true,
    );
    expect(canOpenMembers({ viewerRole: null, viewerCanManageMembers: true })).toBe(true);
  });
});
