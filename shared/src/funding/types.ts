/**
 * Data model of a joint funding application (Förderantrag im Kooperationsverbund).
 *
 * Money is a `bigint` count of euro cents everywhere after parsing. Amounts up to 10^13 cents fit a
 * double exactly, but the computation does not stay there: rate × eligible costs reaches 10^17 and
 * the proportional share of an application cap multiplies two amounts (10^26), both far beyond
 * `Number.MAX_SAFE_INTEGER`. Using `bigint` throughout removes the need to reason about which
 * intermediate might lose a cent. Inputs may still arrive as `number` (from JSON or forms);
 * `parseFundingApplication` checks that they are safe integers and converts them.
 */

/** Cost categories a line can be booked on. */
export const FUNDING_COST_CATEGORIES = [
  'PERSONNEL',
  'EXTERNAL_SERVICES',
  'HARDWARE_SOFTWARE',
  'TRAINING',
] as const;
export type FundingCostCategory = (typeof FUNDING_COST_CATEGORIES)[number];

/** Euro cents. */
export type Cents = bigint;

/** Hundredths of a percent as an integer: 8000 = 80.00 %, 10000 = 100 %. */
export type BasisPoints = number;

/** Money as callers may supply it: a bigint, or a number that must be a safe integer. */
export type CentsInput = bigint | number;

// ---------------------------------------------------------------------------------------------
// Unvalidated input, as it arrives from the API or a form.

export interface FundingProgrammeInput {
  rateBasisPoints: number;
  capPerMunicipalityCents: CentsInput | null;
  capPerApplicationCents: CentsInput | null;
  minOwnShareBasisPoints: number | null;
  eligibleCategories: readonly string[];
  /** Last day to submit; see `deadline.ts` for how dates are read. */
  deadline: Date | null;
}

export interface CostLineInput {
  category: string;
  description: string;
  amountCents: CentsInput;
  /** The applicant's own judgement; a line also needs an eligible category to count. */
  eligible: boolean;
}

export interface PartnerInput {
  cityId: string;
  lines: readonly CostLineInput[];
}

export interface FundingApplicationInput {
  programme: FundingProgrammeInput;
  partners: readonly PartnerInput[];
  today: Date;
}

// ---------------------------------------------------------------------------------------------
// Validated input: what `parseFundingApplication` returns and `computeFunding` takes.

export interface FundingProgramme {
  rateBasisPoints: BasisPoints;
  capPerMunicipalityCents: Cents | null;
  capPerApplicationCents: Cents | null;
  minOwnShareBasisPoints: BasisPoints | null;
  eligibleCategories: readonly FundingCostCategory[];
  deadline: Date | null;
}

export interface CostLine {
  category: FundingCostCategory;
  description: string;
  amountCents: Cents;
  eligible: boolean;
}

export interface Partner {
  cityId: string;
  lines: readonly CostLine[];
}

export interface FundingApplication {
  programme: FundingProgramme;
  partners: readonly Partner[];
  today: Date;
}

// ---------------------------------------------------------------------------------------------
// Result.

/** The money of one partner, or the sum over all partners. Always `grant + ownShare = total`. */
export interface FundingFigures {
  totalCostsCents: Cents;
  /** Lines marked eligible and booked on a category the programme funds. */
  eligibleCostsCents: Cents;
  /** floor(rate × eligible costs), before any cap. */
  rateGrantCents: Cents;
  /** The rate grant limited by the cap per municipality. */
  municipalityCappedGrantCents: Cents;
  /** The final grant, after the cap per application has been shared out. */
  grantCents: Cents;
  /** What the city pays itself: total costs − grant (ineligible costs included). */
  ownShareCents: Cents;
  /** ownShare / totalCosts, rounded down to a basis point; null when there are no costs. */
  ownShareBasisPoints: BasisPoints | null;
}

export interface PartnerFunding extends FundingFigures {
  cityId: string;
}

export type FundingFlag =
  | {
      code: 'OWN_SHARE_BELOW_MINIMUM';
      cityId: string;
      ownShareBasisPoints: BasisPoints;
      minimumBasisPoints: BasisPoints;
    }
  | {
      code: 'INELIGIBLE_CATEGORY';
      cityId: string;
      lineIndex: number;
      category: FundingCostCategory;
      amountCents: Cents;
    }
  | { code: 'PARTNER_WITHOUT_BUDGET'; cityId: string }
  | { code: 'DEADLINE_PASSED'; deadline: Date; daysOverdue: number }
  | { code: 'DEADLINE_WITHIN_14_DAYS'; deadline: Date; daysLeft: number };

export type FundingFlagCode = FundingFlag['code'];

export interface FundingResult {
  /** In the order of the input partners. */
  partners: PartnerFunding[];
  total: FundingFigures;
  /** Whether the cap per application reduced the grants. */
  applicationCapApplied: boolean;
  flags: FundingFlag[];
}
