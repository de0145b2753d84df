import { computeFunding } from './compute.ts';
import type {
  CentsInput,
  CostLineInput,
  FundingApplicationInput,
  FundingProgrammeInput,
  FundingResult,
  PartnerFunding,
} from './types.ts';
import { parseFundingApplication } from './validation.ts';

/** Whole euros as cents. */
export const euros = (amount: number): bigint => BigInt(amount) * 100n;

export const ESSLINGEN = '08116019';
export const LUDWIGSBURG = '08118048';
export const WAIBLINGEN = '08119079';
export const BOEBLINGEN = '08115003';

/** A state programme: 80 %, at most EUR 40,000 per municipality, no cap per application. */
export function stateProgramme(
  overrides: Partial<FundingProgrammeInput> = {},
): FundingProgrammeInput {
  return {
    rateBasisPoints: 8000,
    capPerMunicipalityCents: euros(40_000),
    capPerApplicationCents: null,
    minOwnShareBasisPoints: null,
    eligibleCategories: ['PERSONNEL', 'EXTERNAL_SERVICES', 'HARDWARE_SOFTWARE', 'TRAINING'],
    deadline: null,
    ...overrides,
  };
}

export function line(
  category: string,
  amountCents: CentsInput,
  eligible = true,
  description = `${category.toLowerCase()} line`,
): CostLineInput {
  return { category, description, amountCents, eligible };
}

export function application(
  programme: FundingProgrammeInput,
  partners: Record<string, CostLineInput[]>,
  today = new Date('2026-11-21'),
): FundingApplicationInput {
  return {
    programme,
    partners: Object.entries(partners).map(([cityId, lines]) => ({ cityId, lines })),
    today,
  };
}

/** Parses and computes; fails loudly when the test data itself is invalid. */
export function compute(input: FundingApplicationInput): FundingResult {
  const parsed = parseFundingApplication(input);
  if (!parsed.ok) throw new Error(`invalid test input: ${JSON.stringify(parsed.issues, replacer)}`);
  return computeFunding(parsed.application);
}

export function partnerOf(result: FundingResult, cityId: string): PartnerFunding {
  const partner = result.partners.find((p) => p.cityId === cityId);
  if (!partner) throw new Error(`no partner ${cityId}`);
  return partner;
}

function replacer(_key: string, value: unknown) {
  return typeof value === 'bigint' ? `${value}n` : value;
}
