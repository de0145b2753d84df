/**
 * The money of a joint funding application: per partner and in total, total costs, eligible costs,
 * grant and own share.
 *
 * Rounding rules (all amounts are integer euro cents, as bigint; nothing passes through floating
 * point):
 * 1. Rate grant = floor(rate × eligible costs): rounded DOWN to the cent, so the grant never
 *    exceeds the rate — the funder's rules forbid over-funding, and the city, not the programme,
 *    absorbs the fraction of a cent.
 * 2. Cap per municipality: grant = min(rate grant, cap). No rounding needed.
 * 3. Cap per application: when the partners' grants together exceed it, the cap is shared in
 *    proportion to eligible costs; a partner whose proportional share would exceed its own grant
 *    keeps that grant and the rest is shared among the others again. Shares are rounded DOWN to the
 *    cent and the cents left over go, one each, to the largest remainders (Hare/largest-remainder
 *    method); equal remainders are broken by ascending cityId. The grants then sum to exactly the
 *    cap, no partner receives more than its grant without the cap, and the result does not depend
 *    on the order of partners or lines.
 * 4. Own share = total costs − grant: what the city pays itself, ineligible costs included, so
 *    grant + own share = total costs for every partner and for the whole application. Totals are
 *    sums of the partners' figures, never recomputed from summed inputs, so parts add up exactly.
 * 5. Own-share percentage = own share / total costs, rounded DOWN to a basis point (0.01 %) for
 *    display; the minimum-own-share check compares the exact fraction, not the rounded figure.
 */
import { shareCapProportionally } from './capSharing.ts';
import { deadlineFlags } from './deadline.ts';
import type {
  BasisPoints,
  Cents,
  FundingApplication,
  FundingFigures,
  FundingFlag,
  FundingResult,
  PartnerFunding,
} from './types.ts';

const BASIS_POINTS_PER_WHOLE = 10_000n;

/**
 * Computes the application's figures and flags. Expects input that `parseFundingApplication`
 * accepted (non-negative cents, rates within 0–100 %, unique city ids).
 */
export function computeFunding(application: FundingApplication): FundingResult {
  const { programme, partners } = application;
  const eligibleCategories = new Set(programme.eligibleCategories);
  const rate = BigInt(programme.rateBasisPoints);

  const costs = partners.map((partner) => {
    const lineFlags: FundingFlag[] = [];
    let totalCostsCents = 0n;
    let eligibleCostsCents = 0n;
    partner.lines.forEach((line, lineIndex) => {
      totalCostsCents += line.amountCents;
      if (!eligibleCategories.has(line.category)) {
        // Flag only lines marked eligible: there the category overrules the applicant, who should
        // know; a line already marked ineligible loses nothing.
        if (line.eligible) {
          lineFlags.push({
            code: 'INELIGIBLE_CATEGORY',
            cityId: partner.cityId,
            lineIndex,
            category: line.category,
            amountCents: line.amountCents,
          });
        }
      } else if (line.eligible) {
        eligibleCostsCents += line.amountCents;
      }
    });
    const rateGrantCents = (rate * eligibleCostsCents) / BASIS_POINTS_PER_WHOLE;
    const cap = programme.capPerMunicipalityCents;
    const municipalityCappedGrantCents =
      cap !== null && cap < rateGrantCents ? cap : rateGrantCents;
    return {
      partner,
      lineFlags,
      totalCostsCents,
      eligibleCostsCents,
      rateGrantCents,
      municipalityCappedGrantCents,
    };
  });

  const cappedSum = sum(costs.map((c) => c.municipalityCappedGrantCents));
  const applicationCap = programme.capPerApplicationCents;
  const applicationCapApplied = applicationCap !== null && cappedSum > applicationCap;
  const grants = applicationCapApplied
    ? shareCapProportionally(
        applicationCap,
        costs.map((c) => ({
          key: c.partner.cityId,
          weight: c.eligibleCostsCents,
          limit: c.municipalityCappedGrantCents,
        })),
      )
    : costs.map((c) => c.municipalityCappedGrantCents);

  const results: PartnerFunding[] = costs.map((c, index) => ({
    cityId: c.partner.cityId,
    ...withGrant(c, grants[index] ?? 0n),
  }));

  // Partner flags in partner order (lines in line order), then the application's.
  const flags: FundingFlag[] = results.flatMap((result, index) => [
    ...(costs[index]?.lineFlags ?? []),
    ...partnerFlags(result, programme.minOwnShareBasisPoints),
  ]);
  flags.push(...deadlineFlags(programme.deadline, application.today));

  return {
    partners: results,
    total: withGrant(
      {
        totalCostsCents: sum(results.map((r) => r.totalCostsCents)),
        eligibleCostsCents: sum(results.map((r) => r.eligibleCostsCents)),
        rateGrantCents: sum(results.map((r) => r.rateGrantCents)),
        municipalityCappedGrantCents: sum(results.map((r) => r.municipalityCappedGrantCents)),
      },
      sum(results.map((r) => r.grantCents)),
    ),
    applicationCapApplied,
    flags,
  };
}

type CostFigures = Omit<FundingFigures, 'grantCents' | 'ownShareCents' | 'ownShareBasisPoints'>;

function withGrant(costs: CostFigures, grantCents: Cents): FundingFigures {
  const ownShareCents = costs.totalCostsCents - grantCents;
  return {
    totalCostsCents: costs.totalCostsCents,
    eligibleCostsCents: costs.eligibleCostsCents,
    rateGrantCents: costs.rateGrantCents,
    municipalityCappedGrantCents: costs.municipalityCappedGrantCents,
    grantCents,
    ownShareCents,
    ownShareBasisPoints:
      costs.totalCostsCents === 0n
        ? null
        : Number((ownShareCents * BASIS_POINTS_PER_WHOLE) / costs.totalCostsCents),
  };
}

function partnerFlags(result: PartnerFunding, minimum: BasisPoints | null): FundingFlag[] {
  if (result.totalCostsCents === 0n) {
    return [{ code: 'PARTNER_WITHOUT_BUDGET', cityId: result.cityId }];
  }
  if (
    minimum !== null &&
    result.ownShareBasisPoints !== null &&
    // Exact: ownShare / total < minimum / 10000.
    result.ownShareCents * BASIS_POINTS_PER_WHOLE < BigInt(minimum) * result.totalCostsCents
  ) {
    return [
      {
        code: 'OWN_SHARE_BELOW_MINIMUM',
        cityId: result.cityId,
        ownShareBasisPoints: result.ownShareBasisPoints,
        minimumBasisPoints: minimum,
      },
    ];
  }
  return [];
}

function sum(values: readonly Cents[]): Cents {
  return values.reduce((total, value) => total + value, 0n);
}
