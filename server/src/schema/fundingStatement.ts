import { encodeGlobalID } from '@pothos/plugin-relay';
import type {
  FundingStatement,
  StatementDocument,
  StatementFigures,
  StatementFlag,
  StatementLine,
  StatementPartner,
  StatementProgramme,
} from '../funding/statementTypes.ts';
import { builder } from './builder.ts';
import { FundingCostCategoryEnum } from './funding.ts';

// A statement is plain data (live or read back from a snapshot), so these are object refs, not
// Prisma types. City ids are global IDs like everywhere else in the API.

export const ApplicationDocumentStateEnum = builder.enumType('ApplicationDocumentState', {
  values: ['UPLOADED', 'NOT_APPLICABLE', 'MISSING'] as const,
});

const FundingFlagCodeEnum = builder.enumType('FundingFlagCode', {
  values: [
    'OWN_SHARE_BELOW_MINIMUM',
    'INELIGIBLE_CATEGORY',
    'PARTNER_WITHOUT_BUDGET',
    'DEADLINE_PASSED',
    'DEADLINE_WITHIN_14_DAYS',
  ] as const,
});

const cityGlobalId = (id: string) => encodeGlobalID('City', id);
const calendarDate = (text: string) => new Date(`${text}T00:00:00Z`);

const FiguresRef = builder.objectRef<StatementFigures>('FundingFigures').implement({
  description: 'Money of one partner or of all: grant + ownShare = totalCosts, to the cent.',
  fields: (t) => ({
    totalCosts: t.field({ type: 'Cents', resolve: (f) => f.totalCostsCents }),
    eligibleCosts: t.field({ type: 'Cents', resolve: (f) => f.eligibleCostsCents }),
    rateGrant: t.field({
      type: 'Cents',
      description: 'Rate × eligible costs, rounded down to the cent, before any cap.',
      resolve: (f) => f.rateGrantCents,
    }),
    municipalityCappedGrant: t.field({
      type: 'Cents',
      resolve: (f) => f.municipalityCappedGrantCents,
    }),
    grant: t.field({ type: 'Cents', resolve: (f) => f.grantCents }),
    ownShare: t.field({ type: 'Cents', resolve: (f) => f.ownShareCents }),
    ownShareBasisPoints: t.int({ nullable: true, resolve: (f) => f.ownShareBasisPoints }),
  }),
});

const ProgrammeTermsRef = builder.objectRef<StatementProgramme>('StatementProgramme').implement({
  description: "The programme's terms as they were when the statement was made.",
  fields: (t) => ({
    name: t.exposeString('name'),
    funder: t.exposeString('funder'),
    rateBasisPoints: t.exposeInt('rateBasisPoints'),
    capPerMunicipality: t.field({
      type: 'Cents',
      nullable: true,
      resolve: (p) => p.capPerMunicipalityCents,
    }),
    capPerApplication: t.field({
      type: 'Cents',
      nullable: true,
      resolve: (p) => p.capPerApplicationCents,
    }),
    minOwnShareBasisPoints: t.exposeInt('minOwnShareBasisPoints', { nullable: true }),
    eligibleCategories: t.field({
      type: [FundingCostCategoryEnum],
      resolve: (p) => p.eligibleCategories,
    }),
    deadline: t.field({
      type: 'Date',
      nullable: true,
      resolve: (p) => (p.deadline ? calendarDate(p.deadline) : null),
    }),
  }),
});

const LineRef = builder.objectRef<StatementLine>('StatementLine').implement({
  fields: (t) => ({
    category: t.field({ type: FundingCostCategoryEnum, resolve: (l) => l.category }),
    description: t.exposeString('description'),
    amount: t.field({ type: 'Cents', resolve: (l) => l.amountCents }),
    eligible: t.exposeBoolean('eligible'),
    countsAsEligible: t.exposeBoolean('countsAsEligible', {
      description: 'Marked eligible and booked on a category the programme funds.',
    }),
  }),
});

const PartnerRef = builder.objectRef<StatementPartner>('StatementPartner').implement({
  fields: (t) => ({
    cityId: t.id({ resolve: (p) => cityGlobalId(p.cityId) }),
    cityName: t.exposeString('cityName'),
    isLead: t.exposeBoolean('isLead'),
    lines: t.field({ type: [LineRef], resolve: (p) => p.lines }),
    figures: t.field({ type: FiguresRef, resolve: (p) => p.figures }),
  }),
});

const FlagRef = builder.objectRef<StatementFlag>('FundingFlag').implement({
  description: 'A problem to look at; which fields are set depends on the code.',
  fields: (t) => ({
    code: t.field({ type: FundingFlagCodeEnum, resolve: (f) => f.code }),
    cityId: t.id({ nullable: true, resolve: (f) => (f.cityId ? cityGlobalId(f.cityId) : null) }),
    cityName: t.exposeString('cityName', { nullable: true }),
    lineIndex: t.exposeInt('lineIndex', { nullable: true }),
    category: t.field({
      type: FundingCostCategoryEnum,
      nullable: true,
      resolve: (f) => f.category,
    }),
    amount: t.field({ type: 'Cents', nullable: true, resolve: (f) => f.amountCents }),
    ownShareBasisPoints: t.exposeInt('ownShareBasisPoints', { nullable: true }),
    minimumBasisPoints: t.exposeInt('minimumBasisPoints', { nullable: true }),
    deadline: t.field({
      type: 'Date',
      nullable: true,
      resolve: (f) => (f.deadline ? calendarDate(f.deadline) : null),
    }),
    daysLeft: t.exposeInt('daysLeft', { nullable: true }),
    daysOverdue: t.exposeInt('daysOverdue', { nullable: true }),
  }),
});

const DocumentRef = builder.objectRef<StatementDocument>('StatementDocument').implement({
  fields: (t) => ({
    requirement: t.exposeString('requirement', {
      description: "The programme's document name; empty for a letter of intent.",
    }),
    cityId: t.id({ resolve: (d) => cityGlobalId(d.cityId) }),
    cityName: t.exposeString('cityName'),
    isLetterOfIntent: t.exposeBoolean('isLetterOfIntent'),
    state: t.field({ type: ApplicationDocumentStateEnum, resolve: (d) => d.state }),
    fileName: t.exposeString('fileName', { nullable: true }),
    sha256: t.exposeString('sha256', { nullable: true }),
    sizeBytes: t.exposeInt('sizeBytes', { nullable: true }),
    notApplicableReason: t.exposeString('notApplicableReason', { nullable: true }),
  }),
});

export const FundingStatementRef = builder
  .objectRef<FundingStatement>('FundingStatement')
  .implement({
    description:
      'Partners, budget lines, computed figures, flags and checklist: live, or frozen in a snapshot.',
    fields: (t) => ({
      computedOn: t.field({
        type: 'Date',
        description: 'The day (Europe/Berlin) the deadline flags refer to.',
        resolve: (s) => calendarDate(s.computedOn),
      }),
      programme: t.field({ type: ProgrammeTermsRef, resolve: (s) => s.programme }),
      partners: t.field({
        type: [PartnerRef],
        description: 'Accepted partners, lead first.',
        resolve: (s) => s.partners,
      }),
      total: t.field({ type: FiguresRef, resolve: (s) => s.total }),
      applicationCapApplied: t.exposeBoolean('applicationCapApplied'),
      flags: t.field({ type: [FlagRef], resolve: (s) => s.flags }),
      documents: t.field({ type: [DocumentRef], resolve: (s) => s.documents }),
    }),
  });
