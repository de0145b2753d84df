import { describe, expect, it } from 'vitest';
import {
  application,
  BOEBLINGEN,
  compute,
  ESSLINGEN,
  euros,
  LUDWIGSBURG,
  line,
  partnerOf,
  stateProgramme,
  WAIBLINGEN,
} from './fundingForTests.ts';

describe('computeFunding: state programme, 80 %, at most EUR 40,000 per municipality', () => {
  // Hardware is not funded by this call; Esslingen booked a hardware line as eligible anyway.
  const result = compute(
    application(
      stateProgramme({ eligibleCategories: ['PERSONNEL', 'EXTERNAL_SERVICES', 'TRAINING'] }),
      {
        [ESSLINGEN]: [line('PERSONNEL', euros(30_000)), line('HARDWARE_SOFTWARE', euros(12_000))],
        [LUDWIGSBURG]: [line('EXTERNAL_SERVICES', euros(60_000)), line('TRAINING', euros(5_000))],
        [WAIBLINGEN]: [
          line('EXTERNAL_SERVICES', 1_000_001n), // 10,000.01 €
          line('TRAINING', euros(500), false, 'catering'),
        ],
      },
    ),
  );

  it('funds 80 % of the eligible costs of a partner below the cap', () => {
    expect(partnerOf(result, ESSLINGEN)).toEqual({
      cityId: ESSLINGEN,
      totalCostsCents: euros(42_000),
      eligibleCostsCents: euros(30_000),
      rateGrantCents: euros(24_000),
      municipalityCappedGrantCents: euros(24_000),
      grantCents: euros(24_000),
      ownShareCents: euros(18_000),
      ownShareBasisPoints: 4285, // 42.857… % rounded down
    });
  });

  it('limits a partner to EUR 40,000', () => {
    const ludwigsburg = partnerOf(result, LUDWIGSBURG);
    expect(ludwigsburg.rateGrantCents).toBe(euros(52_000));
    expect(ludwigsburg.grantCents).toBe(euros(40_000));
    expect(ludwigsburg.ownShareCents).toBe(euros(25_000));
  });

  it('rounds the grant down to the cent and counts lines not marked eligible as own share', () => {
    const waiblingen = partnerOf(result, WAIBLINGEN);
    expect(waiblingen.eligibleCostsCents).toBe(1_000_001n);
    expect(waiblingen.grantCents).toBe(800_000n); // 800,000.8 cents
    expect(waiblingen.totalCostsCents).toBe(1_050_001n);
    expect(waiblingen.ownShareCents).toBe(250_001n);
  });

  it('adds the partners up to the totals', () => {
    expect(result.total).toEqual({
      totalCostsCents: 11_750_001n,
      eligibleCostsCents: 10_500_001n,
      rateGrantCents: 8_400_000n,
      municipalityCappedGrantCents: 7_200_000n,
      grantCents: 7_200_000n,
      ownShareCents: 4_550_001n,
      ownShareBasisPoints: 3872,
    });
    expect(result.applicationCapApplied).toBe(false);
  });

  it('flags only the eligible-marked line in an unfunded category', () => {
    expect(result.flags).toEqual([
      {
        code: 'INELIGIBLE_CATEGORY',
        cityId: ESSLINGEN,
        lineIndex: 1,
        category: 'HARDWARE_SOFTWARE',
        amountCents: euros(12_000),
      },
    ]);
  });
});

describe('computeFunding: federal programme with a cap per application', () => {
  const federal = stateProgramme({
    rateBasisPoints: 9000,
    capPerMunicipalityCents: null,
    capPerApplicationCents: euros(100_000),
  });

  it('shares the cap in proportion to eligible costs', () => {
    const result = compute(
      application(federal, {
        [ESSLINGEN]: [line('PERSONNEL', euros(100_000))],
        [LUDWIGSBURG]: [line('PERSONNEL', euros(50_000))],
        [WAIBLINGEN]: [line('EXTERNAL_SERVICES', euros(50_000))],
      }),
    );
    expect(result.partners.map((p) => [p.cityId, p.rateGrantCents, p.grantCents])).toEqual([
      [ESSLINGEN, euros(90_000), euros(50_000)],
      [LUDWIGSBURG, euros(45_000), euros(25_000)],
      [WAIBLINGEN, euros(45_000), euros(25_000)],
    ]);
    expect(result.total.grantCents).toBe(euros(100_000));
    expect(result.applicationCapApplied).toBe(true);
  });

  it('gives the cent left over to the smallest city id when remainders tie', () => {
    // 100,000 € / 3 = 33,333.33⅓ € each; one cent is left and the remainders are equal.
    const partners = {
      [WAIBLINGEN]: [line('PERSONNEL', euros(60_000))],
      [ESSLINGEN]: [line('PERSONNEL', euros(60_000))],
      [LUDWIGSBURG]: [line('PERSONNEL', euros(60_000))],
    };
    const result = compute(application(federal, partners));
    expect(result.partners.map((p) => [p.cityId, p.grantCents])).toEqual([
      [WAIBLINGEN, 3_333_333n],
      [ESSLINGEN, 3_333_334n],
      [LUDWIGSBURG, 3_333_333n],
    ]);
  });

  it('gives the cent left over to the largest remainder', () => {
    // 1 € shared 2:1 → 66.67 ct and 33.33 ct: the larger remainder (⅔) gets the cent.
    const result = compute(
      application(
        { ...federal, capPerApplicationCents: 100n },
        {
          [ESSLINGEN]: [line('PERSONNEL', 100n)],
          [LUDWIGSBURG]: [line('PERSONNEL', 200n)],
        },
      ),
    );
    expect(result.partners.map((p) => p.grantCents)).toEqual([33n, 67n]);
  });

  it('never gives a partner more than its capped grant and shares the rest among the others', () => {
    const result = compute(
      application(
        stateProgramme({ capPerApplicationCents: euros(60_000) }), // 80 %, 40,000 € each
        {
          [ESSLINGEN]: [line('PERSONNEL', euros(200_000))], // proportional 46,153.85 € > 40,000 €
          [LUDWIGSBURG]: [line('PERSONNEL', euros(50_000))],
          [WAIBLINGEN]: [line('TRAINING', euros(10_000))],
        },
      ),
    );
    // The remaining 20,000 € split 5:1 → 16,666.66⅔ € and 3,333.33⅓ €.
    expect(result.partners.map((p) => p.grantCents)).toEqual([euros(40_000), 1_666_667n, 333_333n]);
    expect(result.total.grantCents).toBe(euros(60_000));
  });

  it('leaves the grants alone when they fit under the cap', () => {
    const result = compute(
      application(federal, {
        [ESSLINGEN]: [line('PERSONNEL', euros(50_000))],
        [BOEBLINGEN]: [line('PERSONNEL', euros(50_000))],
      }),
    );
    expect(result.partners.map((p) => p.grantCents)).toEqual([euros(45_000), euros(45_000)]);
    expect(result.applicationCapApplied).toBe(false);
  });
});

describe('computeFunding: partner flags', () => {
  it('flags an own share below the minimum, compared exactly', () => {
    const result = compute(
      application(stateProgramme({ rateBasisPoints: 9000, minOwnShareBasisPoints: 1000 }), {
        [ESSLINGEN]: [line('PERSONNEL', euros(10_000))], // exactly 10 %: fine
        [LUDWIGSBURG]: [line('PERSONNEL', 999_999n)], // 899,999.1 → 899,999: own 10.00001 %: fine
        [WAIBLINGEN]: [line('PERSONNEL', euros(10_000))],
      }),
    );
    expect(result.flags).toEqual([]);

    const tight = compute(
      application(stateProgramme({ rateBasisPoints: 9500, minOwnShareBasisPoints: 1000 }), {
        [ESSLINGEN]: [line('PERSONNEL', euros(10_000))],
        [LUDWIGSBURG]: [line('PERSONNEL', euros(10_000)), line('TRAINING', euros(1_000), false)],
      }),
    );
    expect(tight.flags).toEqual([
      {
        code: 'OWN_SHARE_BELOW_MINIMUM',
        cityId: ESSLINGEN,
        ownShareBasisPoints: 500,
        minimumBasisPoints: 1000,
      },
    ]);
  });

  it('flags partners without costs', () => {
    const result = compute(
      application(stateProgramme({ minOwnShareBasisPoints: 1000 }), {
        [ESSLINGEN]: [line('PERSONNEL', euros(1_000))],
        [LUDWIGSBURG]: [],
        [WAIBLINGEN]: [line('TRAINING', 0n)],
      }),
    );
    expect(result.flags).toEqual([
      { code: 'PARTNER_WITHOUT_BUDGET', cityId: LUDWIGSBURG },
      { code: 'PARTNER_WITHOUT_BUDGET', cityId: WAIBLINGEN },
    ]);
    expect(partnerOf(result, LUDWIGSBURG).ownShareBasisPoints).toBeNull();
  });

  it('stays exact at 10^13 cents, where a double would lose cents', () => {
    const big = 10n ** 13n + 7n;
    const result = compute(
      application(stateProgramme({ rateBasisPoints: 3333, capPerMunicipalityCents: null }), {
        [ESSLINGEN]: [line('PERSONNEL', big), line('TRAINING', big)],
        [LUDWIGSBURG]: [line('PERSONNEL', 1n)],
      }),
    );
    expect(partnerOf(result, ESSLINGEN).grantCents).toBe(6_666_000_000_004n); // 3333 × 2·(10^13+7) / 10^4
    expect(result.total.totalCostsCents).toBe(2n * big + 1n);
  });
});
