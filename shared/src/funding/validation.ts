import {
  type BasisPoints,
  type Cents,
  type CentsInput,
  type CostLine,
  FUNDING_COST_CATEGORIES,
  type FundingApplication,
  type FundingApplicationInput,
  type FundingCostCategory,
  type Partner,
} from './types.ts';

/** Where in the input an issue sits, e.g. ['partners', 1, 'lines', 0, 'amountCents']. */
export type FundingInputPath = readonly (string | number)[];

/** Input problems as typed codes; the API turns them into field errors. */
export type FundingInputIssue =
  | { code: 'NEGATIVE_AMOUNT'; path: FundingInputPath; value: CentsInput }
  | { code: 'NON_INTEGER_CENTS'; path: FundingInputPath; value: number }
  /** An integer `number` above 2^53 − 1 may already have lost cents; pass a bigint instead. */
  | { code: 'UNSAFE_INTEGER_CENTS'; path: FundingInputPath; value: number }
  | { code: 'PERCENT_OUT_OF_RANGE'; path: FundingInputPath; value: number }
  | { code: 'NON_INTEGER_BASIS_POINTS'; path: FundingInputPath; value: number }
  | { code: 'UNKNOWN_CATEGORY'; path: FundingInputPath; category: string }
  /** City ids break ties when cents are shared out, so they must be unique. */
  | { code: 'DUPLICATE_CITY'; path: FundingInputPath; cityId: string }
  | { code: 'INVALID_DATE'; path: FundingInputPath };

export type FundingInputIssueCode = FundingInputIssue['code'];

export type ParseFundingResult =
  | { ok: true; application: FundingApplication; issues: [] }
  | { ok: false; issues: FundingInputIssue[] };

const MAX_BASIS_POINTS = 10_000;

export function isFundingCostCategory(value: string): value is FundingCostCategory {
  return (FUNDING_COST_CATEGORIES as readonly string[]).includes(value);
}

/** Checks the input and returns it with money as bigint cents; never throws. */
export function parseFundingApplication(input: FundingApplicationInput): ParseFundingResult {
  const issues: FundingInputIssue[] = [];
  const { programme } = input;

  const cents = (value: CentsInput, path: FundingInputPath): Cents | null => {
    const parsed = parseCents(value, path);
    if ('code' in parsed) {
      issues.push(parsed);
      return null;
    }
    return parsed.cents;
  };
  const optionalCents = (value: CentsInput | null, path: FundingInputPath) =>
    value === null ? null : cents(value, path);
  const basisPoints = (value: number, path: FundingInputPath): BasisPoints => {
    const issue = basisPointsIssue(value, path);
    if (issue) issues.push(issue);
    return value;
  };
  const category = (value: string, path: FundingInputPath): FundingCostCategory | null => {
    if (isFundingCostCategory(value)) return value;
    issues.push({ code: 'UNKNOWN_CATEGORY', path, category: value });
    return null;
  };
  const date = (value: Date, path: FundingInputPath) => {
    if (Number.isNaN(value.getTime())) issues.push({ code: 'INVALID_DATE', path });
  };

  const rateBasisPoints = basisPoints(programme.rateBasisPoints, ['programme', 'rateBasisPoints']);
  const minOwnShareBasisPoints =
    programme.minOwnShareBasisPoints === null
      ? null
      : basisPoints(programme.minOwnShareBasisPoints, ['programme', 'minOwnShareBasisPoints']);
  const capPerMunicipalityCents = optionalCents(programme.capPerMunicipalityCents, [
    'programme',
    'capPerMunicipalityCents',
  ]);
  const capPerApplicationCents = optionalCents(programme.capPerApplicationCents, [
    'programme',
    'capPerApplicationCents',
  ]);
  const eligibleCategories = programme.eligibleCategories.flatMap((value, index) => {
    const parsed = category(value, ['programme', 'eligibleCategories', index]);
    return parsed === null ? [] : [parsed];
  });
  if (programme.deadline !== null) date(programme.deadline, ['programme', 'deadline']);
  date(input.today, ['today']);

  const seenCities = new Set<string>();
  const partners: Partner[] = input.partners.map((partner, partnerIndex) => {
    if (seenCities.has(partner.cityId)) {
      issues.push({
        code: 'DUPLICATE_CITY',
        path: ['partners', partnerIndex, 'cityId'],
        cityId: partner.cityId,
      });
    }
    seenCities.add(partner.cityId);
    const lines = partner.lines.flatMap((line, lineIndex): CostLine[] => {
      const path = ['partners', partnerIndex, 'lines', lineIndex];
      const lineCategory = category(line.category, [...path, 'category']);
      const amountCents = cents(line.amountCents, [...path, 'amountCents']);
      if (lineCategory === null || amountCents === null) return [];
      return [{ ...line, category: lineCategory, amountCents }];
    });
    return { cityId: partner.cityId, lines };
  });

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    issues: [],
    application: {
      programme: {
        rateBasisPoints,
        minOwnShareBasisPoints,
        // Both are non-null whenever the input was, because any failure returned above.
        capPerMunicipalityCents,
        capPerApplicationCents,
        eligibleCategories,
        deadline: programme.deadline,
      },
      partners,
      today: input.today,
    },
  };
}

function parseCents(
  value: CentsInput,
  path: FundingInputPath,
): { cents: Cents } | FundingInputIssue {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return { code: 'NON_INTEGER_CENTS', path, value };
    if (!Number.isSafeInteger(value)) return { code: 'UNSAFE_INTEGER_CENTS', path, value };
  }
  if (value < 0) return { code: 'NEGATIVE_AMOUNT', path, value };
  return { cents: BigInt(value) };
}

function basisPointsIssue(value: number, path: FundingInputPath): FundingInputIssue | null {
  if (!Number.isInteger(value)) return { code: 'NON_INTEGER_BASIS_POINTS', path, value };
  if (value < 0 || value > MAX_BASIS_POINTS) return { code: 'PERCENT_OUT_OF_RANGE', path, value };
  return null;
}

/**
 * Converts a percentage with at most two decimals (80, 80.5, 12.25) to basis points; null when it
 * has more decimals or is not finite. Range is checked by `parseFundingApplication`.
 */
export function basisPointsFromPercent(percent: number): BasisPoints | null {
  if (!Number.isFinite(percent)) return null;
  const scaled = Math.round(percent * 100);
  // 80.5 * 100 is 8050.000000000001 in binary floating point; accept only that kind of noise.
  return Math.abs(scaled - percent * 100) < 1e-6 ? scaled : null;
}
