import { expect } from 'vitest';
import type { FundingProgramme } from '../../src/generated/prisma/client.ts';
import {
  APPLICATION,
  type ApplicationView,
  type BudgetLineInput,
  CREATE_APPLICATION,
  MARK_NOT_APPLICABLE,
  RESPOND_TO_INVITE,
  resultOf,
  SET_BUDGET_LINES,
  TRANSITION,
} from './fundingOperations.ts';
import {
  type CityKey,
  type FundingWorld,
  fundingOfficerOf,
  line,
  type Person,
} from './fundingWorld.ts';
import { type GraphqlResponse, globalId } from './testApp.ts';

// ---------------------------------------------------------------------------------------------
// Driving the API: each step as the person who would do it, asserting that it succeeded.

function expectSuccess(res: GraphqlResponse, what: string): ApplicationView {
  const result = resultOf(res);
  expect(
    { what, errors: res.errors, typename: result?.__typename },
    JSON.stringify(result ?? res.errors),
  ).toEqual({ what, errors: undefined, typename: expect.stringMatching(/Success$/) });
  return result?.data as ApplicationView;
}

export interface NewApplication {
  as?: Person;
  title?: string;
  summary?: string;
  lead?: CityKey;
  partners?: CityKey[];
  programme?: FundingProgramme;
}

export function createApplication(w: FundingWorld, input: NewApplication = {}) {
  return w.as(input.as ?? fundingOfficerOf[input.lead ?? 'esslingen'], CREATE_APPLICATION, {
    input: {
      programmeId: globalId('FundingProgramme', (input.programme ?? w.programme).id),
      title: input.title ?? 'Digitaler Bauantrag im Verbund',
      summary: input.summary ?? 'Gemeinsam den Bauantrag digitalisieren',
      leadCityId: w.cityId(input.lead ?? 'esslingen'),
      partnerCityIds: (input.partners ?? ['ludwigsburg']).map(w.cityId),
    },
  });
}

/** A new application led by Esslingen's funding officer; Ludwigsburg invited unless said. */
export async function newApplication(w: FundingWorld, input: NewApplication = {}) {
  return expectSuccess(await createApplication(w, input), 'createFundingApplication');
}

export async function readApplication(w: FundingWorld, id: string, as: Person = 'elke') {
  const res = await w.as(as, APPLICATION, { id });
  expect(res.errors).toBeUndefined();
  return res.data.fundingApplication as ApplicationView | null;
}

export function respond(
  w: FundingWorld,
  applicationId: string,
  city: CityKey,
  accept: boolean,
  as: Person = fundingOfficerOf[city],
) {
  return w.as(as, RESPOND_TO_INVITE, { applicationId, cityId: w.cityId(city), accept });
}

/** The invited cities' funding officers accept. */
export async function accept(w: FundingWorld, applicationId: string, ...cities: CityKey[]) {
  let application: ApplicationView | undefined;
  for (const city of cities) {
    application = expectSuccess(
      await respond(w, applicationId, city, true),
      `respondToApplicationInvite(${city})`,
    );
  }
  return application as ApplicationView;
}

/** The city's budget version as its funding officer reads it. */
export async function budgetVersion(w: FundingWorld, applicationId: string, city: CityKey) {
  const application = await readApplication(w, applicationId, fundingOfficerOf[city]);
  const partner = application?.partners.find((p) => p.city.slug === city);
  if (!partner) throw new Error(`${city} is not a partner of ${applicationId}`);
  return partner.budgetVersion;
}

export async function setBudgetLines(
  w: FundingWorld,
  applicationId: string,
  city: CityKey,
  lines: BudgetLineInput[],
  options: { as?: Person; expectedBudgetVersion?: number } = {},
) {
  const expectedBudgetVersion =
    options.expectedBudgetVersion ?? (await budgetVersion(w, applicationId, city));
  return w.as(options.as ?? fundingOfficerOf[city], SET_BUDGET_LINES, {
    input: { applicationId, cityId: w.cityId(city), expectedBudgetVersion, lines },
  });
}

/** Replaces the city's lines as its funding officer, asserting success. */
export async function budget(
  w: FundingWorld,
  applicationId: string,
  city: CityKey,
  lines: BudgetLineInput[],
) {
  return expectSuccess(
    await setBudgetLines(w, applicationId, city, lines),
    `setBudgetLines(${city})`,
  );
}

export function transition(
  w: FundingWorld,
  applicationId: string,
  from: string,
  to: string,
  options: { as?: Person; comment?: string } = {},
) {
  return w.as(options.as ?? 'elke', TRANSITION, {
    input: { applicationId, from, to, ...(options.comment ? { comment: options.comment } : {}) },
  });
}

/** Moves the application along `statuses` (the first is its current one) as Esslingen's officer. */
export async function moveThrough(w: FundingWorld, applicationId: string, ...statuses: string[]) {
  let application: ApplicationView | undefined;
  for (let i = 1; i < statuses.length; i++) {
    const [from, to] = [statuses[i - 1] as string, statuses[i] as string];
    application = expectSuccess(
      await transition(w, applicationId, from, to),
      `transition ${from}→${to}`,
    );
  }
  return application as ApplicationView;
}

export function markNotApplicable(
  w: FundingWorld,
  input: { applicationId: string; city: CityKey; requirement: string; reason: string },
  as: Person = fundingOfficerOf[input.city],
) {
  return w.as(as, MARK_NOT_APPLICABLE, {
    input: {
      applicationId: input.applicationId,
      cityId: w.cityId(input.city),
      requirement: input.requirement,
      reason: input.reason,
    },
  });
}

/** Settles every open checklist item as "not applicable", each by its city's funding officer. */
export async function settleChecklist(w: FundingWorld, applicationId: string) {
  const application = await readApplication(w, applicationId);
  for (const item of application?.checklist ?? []) {
    if (item.state !== 'MISSING') continue;
    expectSuccess(
      await markNotApplicable(w, {
        applicationId,
        city: item.city.slug as CityKey,
        requirement: item.requirement,
        reason: 'Liegt dem Fördergeber bereits vor',
      }),
      `markDocumentNotApplicable(${item.city.slug}, "${item.requirement}")`,
    );
  }
}

/** The standard budget: Esslingen 60.000 € eligible, Ludwigsburg 30.000 €. */
export const standardLines = {
  esslingen: [
    line('PERSONNEL', 'Projektleitung', 45_000),
    line('EXTERNAL_SERVICES', 'Schnittstelle zum Fachverfahren', 15_000),
  ],
  ludwigsburg: [line('HARDWARE_SOFTWARE', 'Scanner und Lizenzen', 30_000)],
} satisfies Partial<Record<CityKey, BudgetLineInput[]>>;

/**
 * Esslingen leads, Ludwigsburg accepted, the standard budget set, the checklist settled and the
 * application in INTERNAL_REVIEW: one step from submission.
 */
export async function readyForSubmission(w: FundingWorld, input: NewApplication = {}) {
  const created = await newApplication(w, { partners: ['ludwigsburg'], ...input });
  await accept(w, created.id, 'ludwigsburg');
  await budget(w, created.id, 'esslingen', standardLines.esslingen);
  await budget(w, created.id, 'ludwigsburg', standardLines.ludwigsburg);
  await settleChecklist(w, created.id);
  return moveThrough(w, created.id, 'DRAFT', 'INTERNAL_REVIEW');
}
