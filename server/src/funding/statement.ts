import { computeFunding, type FundingFigures, type FundingFlag } from '@amtsweg/shared/funding';
import type { Prisma } from '../generated/prisma/client.ts';
import { calendarDateString } from './berlinDate.ts';
import { checklistOf } from './checklist.ts';
import type {
  FundingStatement,
  StatementDocument,
  StatementFigures,
  StatementFlag,
  StatementPartner,
} from './statementTypes.ts';

/** What `buildStatement` needs loaded with the application: one query. */
export const statementInclude = {
  programme: true,
  leadCity: { select: { name: true } },
  // No orderBy here: GraphQL fields that also select partners can then share one query (Pothos
  // merges selections only with equal arguments); the order is made in code.
  partners: { include: { city: { select: { id: true, name: true } } } },
  budgetLines: { orderBy: { position: 'asc' } },
  documents: true,
} satisfies Prisma.FundingApplicationInclude;

export type ApplicationForStatement = Prisma.FundingApplicationGetPayload<{
  include: typeof statementInclude;
}>;

/** Accepted partners, lead first, then by city name: the order every view and export uses. */
export function acceptedPartners(application: ApplicationForStatement) {
  return application.partners
    .filter((p) => p.status === 'ACCEPTED')
    .sort(
      (a, b) =>
        Number(b.cityId === application.leadCityId) - Number(a.cityId === application.leadCityId) ||
        a.city.name.localeCompare(b.city.name, 'de'),
    );
}

/** The money and checklist of an application as of `today` (Europe/Berlin, UTC midnight). */
export function buildStatement(
  application: ApplicationForStatement,
  today: Date,
): FundingStatement {
  const { programme } = application;
  const partners = acceptedPartners(application);
  const linesOf = (cityId: string) => application.budgetLines.filter((l) => l.cityId === cityId);
  const result = computeFunding({
    programme: {
      rateBasisPoints: programme.rateBasisPoints,
      capPerMunicipalityCents: programme.capPerMunicipalityCents,
      capPerApplicationCents: programme.capPerApplicationCents,
      minOwnShareBasisPoints: programme.minOwnShareBasisPoints,
      eligibleCategories: programme.eligibleCategories,
      deadline: programme.deadline,
    },
    partners: partners.map((p) => ({
      cityId: p.cityId,
      lines: linesOf(p.cityId).map((l) => ({
        category: l.category,
        description: l.description,
        amountCents: l.amountCents,
        eligible: l.eligible,
      })),
    })),
    today,
  });
  const cityName = new Map(application.partners.map((p) => [p.cityId, p.city.name]));
  const statementPartners: StatementPartner[] = partners.map((p, index) => ({
    cityId: p.cityId,
    cityName: p.city.name,
    isLead: p.cityId === application.leadCityId,
    lines: linesOf(p.cityId).map((l) => ({
      category: l.category,
      description: l.description,
      amountCents: l.amountCents,
      eligible: l.eligible,
      countsAsEligible: l.eligible && programme.eligibleCategories.includes(l.category),
    })),
    figures: figuresOf(result.partners[index] as FundingFigures),
  }));
  const documents: StatementDocument[] = checklistOf(application).map((item) => ({
    requirement: item.requirement,
    cityId: item.cityId,
    cityName: cityName.get(item.cityId) ?? '',
    isLetterOfIntent: item.isLetterOfIntent,
    state: item.document?.state ?? 'MISSING',
    fileName: item.document?.fileName ?? null,
    sha256: item.document?.sha256 ?? null,
    sizeBytes: item.document?.sizeBytes ?? null,
    notApplicableReason: item.document?.notApplicableReason ?? null,
  }));
  return {
    applicationTitle: application.title,
    leadCityName: application.leadCity.name,
    status: application.status,
    computedOn: calendarDateString(today),
    programme: {
      name: programme.name,
      funder: programme.funder,
      rateBasisPoints: programme.rateBasisPoints,
      capPerMunicipalityCents: programme.capPerMunicipalityCents,
      capPerApplicationCents: programme.capPerApplicationCents,
      minOwnShareBasisPoints: programme.minOwnShareBasisPoints,
      eligibleCategories: [...programme.eligibleCategories],
      deadline: programme.deadline ? calendarDateString(programme.deadline) : null,
    },
    partners: statementPartners,
    total: figuresOf(result.total),
    applicationCapApplied: result.applicationCapApplied,
    flags: result.flags.map((flag) => flagOf(flag, cityName)),
    documents,
  };
}

function figuresOf(f: FundingFigures): StatementFigures {
  return {
    totalCostsCents: f.totalCostsCents,
    eligibleCostsCents: f.eligibleCostsCents,
    rateGrantCents: f.rateGrantCents,
    municipalityCappedGrantCents: f.municipalityCappedGrantCents,
    grantCents: f.grantCents,
    ownShareCents: f.ownShareCents,
    ownShareBasisPoints: f.ownShareBasisPoints,
  };
}

/** A flag with only `code` and the given details set; every other detail is null. */
export function statementFlag(
  fields: Partial<StatementFlag> & Pick<StatementFlag, 'code'>,
): StatementFlag {
  return {
    cityId: null,
    cityName: null,
    lineIndex: null,
    category: null,
    amountCents: null,
    ownShareBasisPoints: null,
    minimumBasisPoints: null,
    deadline: null,
    daysLeft: null,
    daysOverdue: null,
    ...fields,
  };
}

function flagOf(flag: FundingFlag, cityName: Map<string, string>): StatementFlag {
  const { code } = flag;
  const city =
    'cityId' in flag ? { cityId: flag.cityId, cityName: cityName.get(flag.cityId) ?? '' } : {};
  switch (flag.code) {
    case 'OWN_SHARE_BELOW_MINIMUM':
      return statementFlag({
        code,
        ...city,
        ownShareBasisPoints: flag.ownShareBasisPoints,
        minimumBasisPoints: flag.minimumBasisPoints,
      });
    case 'INELIGIBLE_CATEGORY':
      return statementFlag({
        code,
        ...city,
        lineIndex: flag.lineIndex,
        category: flag.category,
        amountCents: flag.amountCents,
      });
    case 'PARTNER_WITHOUT_BUDGET':
      return statementFlag({ code, ...city });
    case 'DEADLINE_PASSED':
      return statementFlag({
        code,
        deadline: calendarDateString(flag.deadline),
        daysOverdue: flag.daysOverdue,
      });
    case 'DEADLINE_WITHIN_14_DAYS':
      return statementFlag({
        code,
        deadline: calendarDateString(flag.deadline),
        daysLeft: flag.daysLeft,
      });
  }
}
