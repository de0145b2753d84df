import { FUNDING_COST_CATEGORIES, type FundingCostCategory } from '@amtsweg/shared/funding';
import { InputValidationError } from '@pothos/plugin-validation';
import { z } from 'zod';
import type { FundingProgramme, Prisma, PrismaClient } from '../generated/prisma/client.ts';

export interface NewFundingProgramme {
  name: string;
  funder: string;
  callUrl?: string | null;
  rateBasisPoints: number;
  capPerMunicipality?: bigint | null;
  capPerApplication?: bigint | null;
  minOwnShareBasisPoints?: number | null;
  eligibleCategories: readonly FundingCostCategory[];
  deadline?: Date | null;
  requiredDocuments: readonly string[];
  notes?: string | null;
}

const basisPoints = z.number().int();
const cap = z
  .bigint()
  .positive('A cap must be above 0 €; leave it empty when there is none.')
  .nullish();
const text = (label: string, max: number) =>
  z.string().trim().max(max, `${label} can have at most ${max} characters.`);

/** The rules for a new programme, as zod checks with messages a funding officer can act on. */
export const newFundingProgrammeSchema = z.object({
  name: text('The name', 200).min(1, 'Enter the name of the programme.'),
  funder: text('The funder', 200).min(1, 'Enter who funds the programme.'),
  callUrl: z
    .url({
      protocol: /^https?$/,
      message: 'Enter a web address starting with http:// or https://.',
    })
    .max(2000, 'The web address can have at most 2000 characters.')
    .nullish(),
  rateBasisPoints: basisPoints
    .min(1, 'The funding rate must be above 0 %.')
    .max(10_000, 'The funding rate cannot exceed 100 %.'),
  minOwnShareBasisPoints: basisPoints
    .min(0, 'The minimum own share cannot be negative.')
    .max(10_000, 'The minimum own share cannot exceed 100 %.')
    .nullish(),
  capPerMunicipality: cap,
  capPerApplication: cap,
  eligibleCategories: z
    .array(z.enum(FUNDING_COST_CATEGORIES))
    .min(1, 'Choose at least one eligible cost category.'),
  requiredDocuments: z
    .array(text('A document name', 200).min(1, 'A document needs a name.'))
    .max(50, 'List at most 50 documents.')
    .refine(
      (docs) => new Set(docs.map((d) => d.trim().toLowerCase())).size === docs.length,
      'Each document may be listed only once.',
    ),
  deadline: z.date().nullish(),
  notes: text('The notes', 5000).nullish(),
});

/** Programmes with a deadline first, soonest first; then by name. */
export const programmeOrder = [
  { deadline: { sort: 'asc', nulls: 'last' } },
  { name: 'asc' },
  { id: 'asc' },
] satisfies Prisma.FundingProgrammeOrderByWithRelationInput[];

function duplicateName(): InputValidationError {
  return new InputValidationError({
    issues: [
      { path: ['input', 'name'], message: 'A funding programme with this name exists already.' },
    ],
  });
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === 'P2002';
}

/**
 * Stores a programme whose input passed `newFundingProgrammeSchema`. Names are unique regardless of
 * case: checked first for a clear error, and by the unique index on lower(name) under races.
 */
export async function createFundingProgramme(
  prisma: PrismaClient,
  input: NewFundingProgramme,
  createdById: string | null,
): Promise<FundingProgramme> {
  const name = input.name.trim();
  const taken = await prisma.fundingProgramme.findFirst({
    where: { name: { equals: name, mode: 'insensitive' } },
    select: { id: true },
  });
  if (taken) throw duplicateName();
  try {
    return await prisma.fundingProgramme.create({
      data: {
        name,
        funder: input.funder.trim(),
        callUrl: input.callUrl?.trim() || null,
        rateBasisPoints: input.rateBasisPoints,
        capPerMunicipalityCents: input.capPerMunicipality ?? null,
        capPerApplicationCents: input.capPerApplication ?? null,
        minOwnShareBasisPoints: input.minOwnShareBasisPoints ?? null,
        eligibleCategories: [...new Set(input.eligibleCategories)],
        deadline: input.deadline ?? null,
        requiredDocuments: input.requiredDocuments.map((d) => d.trim()),
        notes: input.notes?.trim() ?? '',
        createdById,
      },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName();
    throw error;
  }
}
