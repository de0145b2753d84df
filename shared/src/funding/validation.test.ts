import { describe, expect, it } from 'vitest';
import {
  application,
  ESSLINGEN,
  euros,
  LUDWIGSBURG,
  line,
  stateProgramme,
} from './fundingForTests.ts';
import { basisPointsFromPercent, parseFundingApplication } from './validation.ts';

describe('parseFundingApplication', () => {
  it('accepts valid input and converts number cents to bigint', () => {
    const parsed = parseFundingApplication(
      application(stateProgramme({ capPerApplicationCents: 10_000_000 }), {
        [ESSLINGEN]: [line('PERSONNEL', 12_345)],
        [LUDWIGSBURG]: [line('TRAINING', euros(1))],
      }),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.application.programme.capPerApplicationCents).toBe(10_000_000n);
    expect(parsed.application.partners[0]?.lines[0]?.amountCents).toBe(12_345n);
  });

  it('returns every problem with its path instead of throwing', () => {
    const parsed = parseFundingApplication(
      application(
        stateProgramme({
          rateBasisPoints: 10_001,
          minOwnShareBasisPoints: 12.5,
          capPerMunicipalityCents: -1n,
          capPerApplicationCents: 2 ** 53,
          eligibleCategories: ['PERSONNEL', 'CATERING'],
          deadline: new Date('not a date'),
        }),
        {
          [ESSLINGEN]: [line('PERSONNEL', -5), line('TRAVEL', 100), line('TRAINING', 10.5)],
          [LUDWIGSBURG]: [line('PERSONNEL', Number.NaN)],
        },
      ),
    );
    expect(parsed).toEqual({
      ok: false,
      issues: [
        { code: 'PERCENT_OUT_OF_RANGE', path: ['programme', 'rateBasisPoints'], value: 10_001 },
        {
          code: 'NON_INTEGER_BASIS_POINTS',
          path: ['programme', 'minOwnShareBasisPoints'],
          value: 12.5,
        },
        { code: 'NEGATIVE_AMOUNT', path: ['programme', 'capPerMunicipalityCents'], value: -1n },
        {
          code: 'UNSAFE_INTEGER_CENTS',
          path: ['programme', 'capPerApplicationCents'],
          value: 2 ** 53,
        },
        {
          code: 'UNKNOWN_CATEGORY',
          path: ['programme', 'eligibleCategories', 1],
          category: 'CATERING',
        },
        { code: 'INVALID_DATE', path: ['programme', 'deadline'] },
        { code: 'NEGATIVE_AMOUNT', path: ['partners', 0, 'lines', 0, 'amountCents'], value: -5 },
        {
          code: 'UNKNOWN_CATEGORY',
          path: ['partners', 0, 'lines', 1, 'category'],
          category: 'TRAVEL',
        },
        {
          code: 'NON_INTEGER_CENTS',
          path: ['partners', 0, 'lines', 2, 'amountCents'],
          value: 10.5,
        },
        {
          code: 'NON_INTEGER_CENTS',
          path: ['partners', 1, 'lines', 0, 'amountCents'],
          value: Number.NaN,
        },
      ],
    });
  });

  it('rejects a negative rate and a city listed twice', () => {
    const input = application(stateProgramme({ rateBasisPoints: -1 }), {
      [ESSLINGEN]: [line('PERSONNEL', 1n)],
    });
    const parsed = parseFundingApplication({
      ...input,
      partners: [...input.partners, { cityId: ESSLINGEN, lines: [] }],
      today: new Date(Number.NaN),
    });
    expect(parsed.issues).toEqual([
      { code: 'PERCENT_OUT_OF_RANGE', path: ['programme', 'rateBasisPoints'], value: -1 },
      { code: 'INVALID_DATE', path: ['today'] },
      { code: 'DUPLICATE_CITY', path: ['partners', 1, 'cityId'], cityId: ESSLINGEN },
    ]);
  });

  it('accepts the bounds 0 % and 100 %', () => {
    for (const rateBasisPoints of [0, 10_000]) {
      const input = application(stateProgramme({ rateBasisPoints }), { [ESSLINGEN]: [] });
      expect(parseFundingApplication(input).issues).toEqual([]);
    }
  });
});

describe('basisPointsFromPercent', () => {
  it('accepts up to two decimals', () => {
    expect(basisPointsFromPercent(80)).toBe(8000);
    expect(basisPointsFromPercent(80.5)).toBe(8050);
    expect(basisPointsFromPercent(12.25)).toBe(1225);
    expect(basisPointsFromPercent(0.07)).toBe(7);
    expect(basisPointsFromPercent(33.333)).toBeNull();
    expect(basisPointsFromPercent(Number.POSITIVE_INFINITY)).toBeNull();
  });
});
