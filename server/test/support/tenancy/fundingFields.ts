import {
  APPLICATION,
  CREATE_APPLICATION,
  INVITE_PARTNER,
  MARK_NOT_APPLICABLE,
  RESPOND_TO_INVITE,
  SET_BUDGET_LINES,
  TRANSITION,
  UPDATE_APPLICATION,
  UPLOAD_DOCUMENT,
} from '../fundingOperations.ts';
import { line } from '../fundingWorld.ts';
import {
  attempt,
  CITIES_ARE_PUBLIC,
  type Ids,
  PROGRAMMES_ARE_PUBLIC,
  type TablePart,
} from './attempts.ts';

const newApplication = (ids: Ids, extra: Record<string, unknown>) => ({
  input: {
    programmeId: ids.programme,
    title: 'Fremder Antrag',
    leadCityId: ids.beta,
    partnerCityIds: [],
    ...extra,
  },
});

/** Funding applications: their partners, budgets, documents and workflow. */
export const fundingFields: TablePart = {
  'Query.fundingApplication': {
    attempts: [
      attempt('alpha’s draft', 'id', APPLICATION, (ids) => ({ id: ids.draftApplication })),
      attempt('alpha’s submitted application', 'id', APPLICATION, (ids) => ({
        id: ids.submittedApplication,
      })),
    ],
  },

  'Mutation.createFundingApplication': {
    publicIds: {
      'input.partnerCityIds': CITIES_ARE_PUBLIC,
      'input.programmeId': PROGRAMMES_ARE_PUBLIC,
    },
    attempts: [
      attempt('led by alpha', 'input.leadCityId', CREATE_APPLICATION, (ids) =>
        newApplication(ids, { leadCityId: ids.alpha }),
      ),
      attempt(
        'of beta, linking alpha’s model',
        'input.processModelIds',
        CREATE_APPLICATION,
        (ids) => newApplication(ids, { processModelIds: [ids.model] }),
      ),
    ],
  },
  'Mutation.inviteApplicationPartner': {
    publicIds: { cityId: `${CITIES_ARE_PUBLIC} (the lead may invite any city)` },
    attempts: [
      attempt('beta into alpha’s application', 'applicationId', INVITE_PARTNER, (ids) => ({
        applicationId: ids.draftApplication,
        cityId: ids.beta,
      })),
    ],
  },
  'Mutation.markDocumentNotApplicable': {
    attempts: [
      attempt(
        'alpha’s document in alpha’s application',
        ['input.applicationId', 'input.cityId'],
        MARK_NOT_APPLICABLE,
        (ids) => ({
          input: {
            applicationId: ids.draftApplication,
            cityId: ids.alpha,
            requirement: 'Kosten- und Finanzierungsplan',
            reason: 'Von außen',
          },
        }),
      ),
    ],
  },
  'Mutation.respondToApplicationInvite': {
    attempts: [
      attempt('for alpha, to gamma’s invitation', 'cityId', RESPOND_TO_INVITE, (ids) => ({
        applicationId: ids.gammaApplication,
        cityId: ids.alpha,
        accept: false,
      })),
      attempt('for beta, to alpha’s application', 'applicationId', RESPOND_TO_INVITE, (ids) => ({
        applicationId: ids.draftApplication,
        cityId: ids.beta,
        accept: true,
      })),
    ],
  },
  'Mutation.setBudgetLines': {
    attempts: [
      attempt(
        'alpha’s lines in alpha’s application',
        ['input.applicationId', 'input.cityId'],
        SET_BUDGET_LINES,
        (ids) => ({
          input: {
            applicationId: ids.draftApplication,
            cityId: ids.alpha,
            expectedBudgetVersion: ids.alphaBudgetVersion,
            lines: [line('PERSONNEL', 'Fremd', 1_000)],
          },
        }),
      ),
      attempt(
        'beta’s lines in alpha’s application',
        'input.applicationId',
        SET_BUDGET_LINES,
        (ids) => ({
          input: {
            applicationId: ids.draftApplication,
            cityId: ids.beta,
            expectedBudgetVersion: 1,
            lines: [line('PERSONNEL', 'Fremd', 1_000)],
          },
        }),
      ),
    ],
  },
  'Mutation.transitionFundingApplication': {
    attempts: [
      attempt('alpha’s draft into internal review', 'input.applicationId', TRANSITION, (ids) => ({
        input: { applicationId: ids.draftApplication, from: 'DRAFT', to: 'INTERNAL_REVIEW' },
      })),
      attempt(
        'alpha’s submitted application to approved',
        'input.applicationId',
        TRANSITION,
        (ids) => ({
          input: { applicationId: ids.submittedApplication, from: 'SUBMITTED', to: 'APPROVED' },
        }),
      ),
    ],
  },
  'Mutation.updateFundingApplication': {
    attempts: [
      attempt('alpha’s draft', 'input.applicationId', UPDATE_APPLICATION, (ids) => ({
        input: {
          applicationId: ids.draftApplication,
          expectedVersion: ids.draftVersion,
          title: 'Übernommen',
          summary: '',
          processModelIds: [],
        },
      })),
      attempt(
        'beta’s own, linking alpha’s model',
        'input.processModelIds',
        UPDATE_APPLICATION,
        (ids, beta) => ({
          input: {
            applicationId: beta.application,
            expectedVersion: beta.applicationVersion,
            title: 'Betaeigener Antrag',
            summary: '',
            processModelIds: [ids.model],
          },
        }),
      ),
    ],
  },
  'Mutation.uploadApplicationDocument': {
    attempts: [
      attempt(
        'alpha’s document in alpha’s application',
        ['input.applicationId', 'input.cityId'],
        UPLOAD_DOCUMENT,
        (ids) => ({
          input: {
            applicationId: ids.draftApplication,
            cityId: ids.alpha,
            requirement: 'Kosten- und Finanzierungsplan',
            file: null,
          },
        }),
        { upload: true },
      ),
    ],
  },
};
