import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFunding } from './compute.ts';
import {
  type CostLine,
  FUNDING_COST_CATEGORIES,
  type FundingApplication,
  type FundingProgramme,
  type FundingResult,
  type Partner,
  type PartnerFunding,
} from './types.ts';

// Small amounts make ties and binding caps common; large ones exercise 10^13-cent exactness.
const cents = fc.oneof(
  fc.bigInt({ min: 0n, max: 1_000n }),
  fc.bigInt({ min: 0n, max: 10n ** 13n }),
);
const optionalCap = fc.option(
  fc.oneof(fc.bigInt({ min: 0n, max: 2_000n }), fc.bigInt({ min: 0n, max: 10n ** 14n })),
);

const programmeArb: fc.Arbitrary<FundingProgramme> = fc.record({
  rateBasisPoints: fc.integer({ min: 0, max: 10_000 }),
  capPerMunicipalityCents: optionalCap,
  capPerApplicationCents: optionalCap,
  minOwnShareBasisPoints: fc.option(fc.integer({ min: 0, max: 10_000 })),
  eligibleCategories: fc.subarray([...FUNDING_COST_CATEGORIES]),
  deadline: fc.constant(null),
});

const lineArb: fc.Arbitrary<CostLine> = fc.record({
  category: fc.constantFrom(...FUNDING_COST_CATEGORIES),
  description: fc.constant('line'),
  amountCents: cents,
  eligible: fc.boolean(),
});

const partnersArb: fc.Arbitrary<Partner[]> = fc.uniqueArray(
  fc.record({ cityId: fc.string({ maxLength: 3 }), lines: fc.array(lineArb, { maxLength: 5 }) }),
  { minLength: 1, maxLength: 6, selector: (partner) => partner.cityId },
);

/** Partners with identical lines: equal remainders, so the tie-break decides who gets a cent. */
const twinPartnersArb: fc.Arbitrary<Partner[]> = fc
  .tuple(
    fc.uniqueArray(fc.string({ maxLength: 3 }), { minLength: 2, maxLength: 6 }),
    fc.array(lineArb, { minLength: 1, maxLength: 3 }),
  )
  .map(([cityIds, lines]) => cityIds.map((cityId) => ({ cityId, lines })));

const applicationArb: fc.Arbitrary<FundingApplication> = fc.record({
  programme: programmeArb,
  partners: fc.oneof(partnersArb, twinPartnersArb),
  today: fc.constant(new Date('2026-11-21')),
});

/** An application whose cap per application is set and binds more often than not. */
const cappedApplicationArb = applicationArb.chain((application) => {
  const uncapped = sum(application.partners.map((p) => expectedCappedGrant(application, p)));
  return fc.bigInt({ min: 0n, max: uncapped + 10n }).map(
    (cap): FundingApplication => ({
      ...application,
      programme: { ...application.programme, capPerApplicationCents: cap },
    }),
  );
});

/** Eligible costs computed here independently of the implementation. */
function expectedEligible(programme: FundingProgramme, partner: Partner): bigint {
  return sum(
    partner.lines
      .filter((l) => l.eligible && programme.eligibleCategories.includes(l.category))
      .map((l) => l.amountCents),
  );
}

function expectedCappedGrant(application: FundingApplication, partner: Partner): bigint {
  const { programme } = application;
  const byRate =
    (BigInt(programme.rateBasisPoints) * expectedEligible(programme, partner)) / 10_000n;
  const cap = programme.capPerMunicipalityCents;
  return cap === null || byRate < cap ? byRate : cap;
}

function sum(values: readonly bigint[]): bigint {
  return values.reduce((a, b) => a + b, 0n);
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`nothing at ${index}`);
  return item;
}

function figuresByCity(result: FundingResult): Map<string, PartnerFunding> {
  return new Map(result.partners.map((p) => [p.cityId, p]));
}

describe('computeFunding properties', () => {
  it('grants are non-negative integers within rate × eligible costs and every cap', () => {
    fc.assert(
      fc.property(fc.oneof(applicationArb, cappedApplicationArb), (application) => {
        const { programme } = application;
        const result = computeFunding(application);
        application.partners.forEach((partner, index) => {
          const figures = at(result.partners, index);
          const eligible = expectedEligible(programme, partner);
          expect(typeof figures.grantCents).toBe('bigint');
          expect(figures.grantCents).toBeGreaterThanOrEqual(0n);
          expect(figures.eligibleCostsCents).toBe(eligible);
          // grant ≤ rate × eligible, compared exactly in hundredths of a basis point.
          expect(figures.grantCents * 10_000n).toBeLessThanOrEqual(
            BigInt(programme.rateBasisPoints) * eligible,
          );
          if (programme.capPerMunicipalityCents !== null) {
            expect(figures.grantCents).toBeLessThanOrEqual(programme.capPerMunicipalityCents);
          }
        });
        if (programme.capPerApplicationCents !== null) {
          expect(result.total.grantCents).toBeLessThanOrEqual(programme.capPerApplicationCents);
        }
      }),
    );
  });

  it('without a cap per application the grant is min(floor(rate × eligible), cap) exactly', () => {
    const uncappedArb = applicationArb.map((a) => ({
      ...a,
      programme: { ...a.programme, capPerApplicationCents: null },
    }));
    fc.assert(
      fc.property(uncappedArb, (application) => {
        const result = computeFunding(application);
        expect(result.partners.map((p) => p.grantCents)).toEqual(
          application.partners.map((p) => expectedCappedGrant(application, p)),
        );
      }),
    );
  });

  it('with a cap per application the grants sum to min(cap, sum of the uncapped grants)', () => {
    fc.assert(
      fc.property(cappedApplicationArb, (application) => {
        const cap = application.programme.capPerApplicationCents ?? 0n;
        const uncapped = sum(application.partners.map((p) => expectedCappedGrant(application, p)));
        const result = computeFunding(application);
        expect(result.total.grantCents).toBe(cap < uncapped ? cap : uncapped);
        expect(result.applicationCapApplied).toBe(cap < uncapped);
        // Never more than the partner's own grant without the cap per application.
        application.partners.forEach((partner, index) => {
          expect(at(result.partners, index).grantCents).toBeLessThanOrEqual(
            expectedCappedGrant(application, partner),
          );
        });
      }),
    );
  });

  it('shares a binding cap in proportion to eligible costs, to within a cent', () => {
    fc.assert(
      fc.property(cappedApplicationArb, (application) => {
        const result = computeFunding(application);
        if (!result.applicationCapApplied) return;
        // A partner below its own limit could have taken more, so nobody may hold a larger share
        // of their eligible costs than it (allowing one cent of rounding each way):
        // (grant_j − 1) / eligible_j < (grant_i + 1) / eligible_i.
        for (const i of result.partners) {
          if (i.grantCents >= i.municipalityCappedGrantCents) continue;
          for (const j of result.partners) {
            if (j.eligibleCostsCents === 0n) continue;
            expect((j.grantCents - 1n) * i.eligibleCostsCents).toBeLessThan(
              (i.grantCents + 1n) * j.eligibleCostsCents,
            );
          }
        }
      }),
    );
  });

  it('per-partner parts add up to the totals to the cent', () => {
    fc.assert(
      fc.property(fc.oneof(applicationArb, cappedApplicationArb), (application) => {
        const result = computeFunding(application);
        const fields = [
          'totalCostsCents',
          'eligibleCostsCents',
          'rateGrantCents',
          'municipalityCappedGrantCents',
          'grantCents',
          'ownShareCents',
        ] as const;
        for (const field of fields) {
          expect(sum(result.partners.map((p) => p[field]))).toBe(result.total[field]);
        }
        for (const figures of [...result.partners, result.total]) {
          expect(figures.grantCents + figures.ownShareCents).toBe(figures.totalCostsCents);
          expect(figures.eligibleCostsCents).toBeLessThanOrEqual(figures.totalCostsCents);
        }
        const allLines = application.partners.flatMap((p) => p.lines.map((l) => l.amountCents));
        expect(result.total.totalCostsCents).toBe(sum(allLines));
      }),
    );
  });

  it('the order of lines does not change any figure', () => {
    const withShuffledLines = cappedApplicationArb.chain((application) =>
      fc
        .tuple(
          ...application.partners.map((p) =>
            fc.shuffledSubarray([...p.lines], { minLength: p.lines.length }),
          ),
        )
        .map((shuffled) => ({
          original: application,
          shuffled: {
            ...application,
            partners: application.partners.map((p, i) => ({ ...p, lines: at(shuffled, i) })),
          },
        })),
    );
    fc.assert(
      fc.property(withShuffledLines, ({ original, shuffled }) => {
        const a = computeFunding(original);
        const b = computeFunding(shuffled);
        expect(b.partners).toEqual(a.partners);
        expect(b.total).toEqual(a.total);
        // Flags name the line by index, so only their multiset of (code, city, amount) is equal.
        const key = (r: FundingResult) =>
          r.flags.map((f) => JSON.stringify({ ...f, lineIndex: 0 }, bigintAsString)).sort();
        expect(key(b)).toEqual(key(a));
      }),
    );
  });

  it('the order of partners does not change any partner’s figures or flags (city ids break ties)', () => {
    const withShuffledPartners = cappedApplicationArb.chain((application) =>
      fc
        .shuffledSubarray([...application.partners], { minLength: application.partners.length })
        .map((partners) => ({ original: application, shuffled: { ...application, partners } })),
    );
    fc.assert(
      fc.property(withShuffledPartners, ({ original, shuffled }) => {
        const a = computeFunding(original);
        const b = computeFunding(shuffled);
        // Output follows input order; per city, everything is the same.
        expect(b.partners.map((p) => p.cityId)).toEqual(shuffled.partners.map((p) => p.cityId));
        expect(figuresByCity(b)).toEqual(figuresByCity(a));
        expect(b.total).toEqual(a.total);
        const flagsOf = (r: FundingResult, cityId: string) =>
          r.flags.filter((f) => 'cityId' in f && f.cityId === cityId);
        for (const { cityId } of original.partners) {
          expect(flagsOf(b, cityId)).toEqual(flagsOf(a, cityId));
        }
      }),
    );
  });

  it('flags exactly the partners whose own share is below the minimum', () => {
    fc.assert(
      fc.property(applicationArb, (application) => {
        const minimum = application.programme.minOwnShareBasisPoints;
        const result = computeFunding(application);
        const flagged = result.flags.flatMap((f) =>
          f.code === 'OWN_SHARE_BELOW_MINIMUM' ? [f.cityId] : [],
        );
        const expected = result.partners
          .filter(
            (p) =>
              minimum !== null &&
              p.totalCostsCents > 0n &&
              // own / total < minimum / 10000, as exact rationals.
              p.ownShareCents * 10_000n < BigInt(minimum) * p.totalCostsCents,
          )
          .map((p) => p.cityId);
        expect(flagged).toEqual(expected);
      }),
    );
  });
});

function bigintAsString(_key: string, value: unknown) {
  return typeof value === 'bigint' ? value.toString() : value;
}
