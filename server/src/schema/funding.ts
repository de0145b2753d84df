import { FUNDING_COST_CATEGORIES } from '@amtsweg/shared/funding';
import { InputValidationError } from '@pothos/plugin-validation';
import {
  createFundingProgramme,
  newFundingProgrammeSchema,
  programmeOrder,
} from '../funding/programmes.ts';
import { builder } from './builder.ts';

export const FundingCostCategoryEnum = builder.enumType('FundingCostCategory', {
  values: FUNDING_COST_CATEGORIES,
});

// Funding programmes are public calls for funding, not tenant data: every signed-in user sees all.
export const FundingProgrammeRef = builder.prismaNode('FundingProgramme', {
  id: { field: 'id' },
  authScopes: { signedIn: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    funder: t.exposeString('funder'),
    callUrl: t.exposeString('callUrl', { nullable: true }),
    rateBasisPoints: t.exposeInt('rateBasisPoints', {
      description: 'Funding rate in basis points: 8000 = 80 %.',
    }),
    capPerMunicipality: t.expose('capPerMunicipalityCents', { type: 'Cents', nullable: true }),
    capPerApplication: t.expose('capPerApplicationCents', { type: 'Cents', nullable: true }),
    minOwnShareBasisPoints: t.exposeInt('minOwnShareBasisPoints', {
      nullable: true,
      description: 'Minimum own share in basis points, if any.',
    }),
    eligibleCategories: t.expose('eligibleCategories', { type: [FundingCostCategoryEnum] }),
    deadline: t.expose('deadline', { type: 'Date', nullable: true }),
    requiredDocuments: t.exposeStringList('requiredDocuments'),
    notes: t.exposeString('notes'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryField('fundingProgrammes', (t) =>
  t.prismaField({
    type: [FundingProgrammeRef],
    description:
      'Funding programmes, deadline soonest first (no deadline last). Programmes are public information: every signed-in user sees all.',
    authScopes: { signedIn: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.fundingProgramme.findMany({ ...query, orderBy: programmeOrder }),
  }),
);

const CreateFundingProgrammeInput = builder.inputType('CreateFundingProgrammeInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    funder: t.string({ required: true }),
    callUrl: t.string(),
    rateBasisPoints: t.int({ required: true }),
    capPerMunicipality: t.field({ type: 'Cents' }),
    capPerApplication: t.field({ type: 'Cents' }),
    minOwnShareBasisPoints: t.int(),
    eligibleCategories: t.field({ type: [FundingCostCategoryEnum], required: true }),
    deadline: t.field({ type: 'Date' }),
    requiredDocuments: t.stringList({ required: true }),
    notes: t.string(),
  }),
});

builder.mutationField('createFundingProgramme', (t) =>
  t.field({
    type: FundingProgrammeRef,
    description: 'Global admins and funding officers (of any city) add programmes.',
    errors: { types: [InputValidationError] },
    authScopes: { signedIn: true },
    args: {
      input: t.arg({
        type: CreateFundingProgrammeInput,
        required: true,
        validate: newFundingProgrammeSchema,
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const user = ctx.auth.requireUser();
      const cityIds = (await ctx.auth.memberships()).map((m) => m.cityId);
      await ctx.auth.assertCan('fundingProgramme:create', { cityIds });
      return createFundingProgramme(ctx.prisma, input, user.id);
    },
  }),
);
