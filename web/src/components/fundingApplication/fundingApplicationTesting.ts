// Sample API answers of the funding application screens for unit tests: Esslingen leads, Ludwigsburg
// has accepted, Waiblingen is still invited.
import type { FundingApplicationDetails } from '../../composables/useFundingApplication.ts';

export const APPLICATION_UUID = '0f6c1a52-7d3b-4c8e-9a41-2b5e6d7f8a90';
export const APPLICATION_ID = btoa(`FundingApplication:${APPLICATION_UUID}`);
export const SNAPSHOT_UUID = '5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';
export const SNAPSHOT_ID = btoa(`ApplicationSnapshot:${SNAPSHOT_UUID}`);
export const MODEL_ID = btoa('ProcessModel:00000000-0000-4000-8000-000000000001');

export const esslingen = { id: 'c-es', name: 'Esslingen am Neckar' };
export const ludwigsburg = { id: 'c-lb', name: 'Ludwigsburg' };
export const waiblingen = { id: 'c-wn', name: 'Waiblingen' };

/** A signed-in user who is funding officer of the given cities. */
export function officerOf(...cities: { id: string; name: string }[]) {
  return {
    id: 'u1',
    displayName: 'Fritz Förder',
    email: 'funding@example.demo',
    isGlobalAdmin: false,
    memberships: cities.map((city, index) => ({
      id: `m${index}`,
      role: 'FUNDING_OFFICER',
      city: { ...city, slug: city.id },
    })),
  };
}

const figures = (
  totalCosts: string,
  eligibleCosts: string,
  rateGrant: string,
  municipalityCappedGrant: string,
  grant: string,
  ownShare: string,
  ownShareBasisPoints: number | null,
) => ({
  totalCosts,
  eligibleCosts,
  rateGrant,
  municipalityCappedGrant,
  grant,
  ownShare,
  ownShareBasisPoints,
});

export function sampleStatement(): FundingApplicationDetails['statement'] {
  return {
    computedOn: '2026-11-21',
    programme: {
      name: 'Digitale Zukunftskommune@bw',
      funder: 'Land Baden-Württemberg',
      rateBasisPoints: 8000,
      capPerMunicipality: '4000000',
      capPerApplication: '10000000',
      minOwnShareBasisPoints: 2000,
      eligibleCategories: ['PERSONNEL', 'HARDWARE_SOFTWARE'],
      deadline: '2026-11-30',
    },
    partners: [
      {
        cityId: esslingen.id,
        cityName: esslingen.name,
        isLead: true,
        lines: [
          {
            category: 'HARDWARE_SOFTWARE',
            description: 'Fachverfahren',
            amount: '5500000',
            eligible: true,
            countsAsEligible: true,
          },
        ],
        figures: figures('5500000', '5500000', '4400000', '4000000', '4000000', '1500000', 2727),
      },
      {
        cityId: ludwigsburg.id,
        cityName: ludwigsburg.name,
        isLead: false,
        lines: [
          {
            category: 'PERSONNEL',
            description: 'Projektleitung',
            amount: '1250050',
            eligible: true,
            countsAsEligible: true,
          },
          {
            category: 'TRAINING',
            description: 'Schulung',
            amount: '200000',
            eligible: true,
            countsAsEligible: false,
          },
        ],
        figures: figures('1450050', '1250050', '1000040', '1000040', '1000040', '450010', 3103),
      },
    ],
    total: figures('6950050', '6750050', '5400040', '5000040', '5000040', '1950010', 2805),
    applicationCapApplied: false,
    flags: [
      {
        code: 'INELIGIBLE_CATEGORY',
        cityId: ludwigsburg.id,
        cityName: ludwigsburg.name,
        lineIndex: 1,
        category: 'TRAINING',
        amount: '200000',
        ownShareBasisPoints: null,
        minimumBasisPoints: null,
        deadline: null,
        daysLeft: null,
        daysOverdue: null,
      },
      {
        code: 'DEADLINE_WITHIN_14_DAYS',
        cityId: null,
        cityName: null,
        lineIndex: null,
        category: null,
        amount: null,
        ownShareBasisPoints: null,
        minimumBasisPoints: null,
        deadline: '2026-11-30',
        daysLeft: 9,
        daysOverdue: null,
      },
    ],
    documents: [
      {
        requirement: 'Projektskizze',
        cityId: esslingen.id,
        cityName: esslingen.name,
        isLetterOfIntent: false,
        state: 'UPLOADED',
        fileName: 'projektskizze.pdf',
        notApplicableReason: null,
      },
      {
        requirement: '',
        cityId: ludwigsburg.id,
        cityName: ludwigsburg.name,
        isLetterOfIntent: true,
        state: 'NOT_APPLICABLE',
        fileName: null,
        notApplicableReason: 'Gemeinderatsbeschluss ersetzt sie.',
      },
    ],
  };
}

/** The application as its lead's funding officer sees it; override what a test needs. */
export function sampleApplication(
  overrides: Partial<FundingApplicationDetails> = {},
): FundingApplicationDetails {
  return {
    id: APPLICATION_ID,
    rawId: APPLICATION_UUID,
    title: 'Digitale Gewerbeanmeldung im Verbund',
    summary: 'Drei Kommunen führen die Gewerbeanmeldung gemeinsam medienbruchfrei ein.',
    status: 'DRAFT',
    version: 3,
    createdAt: '2026-11-10T09:00:00Z',
    updatedAt: '2026-11-20T15:30:00Z',
    programme: {
      id: 'p1',
      name: 'Digitale Zukunftskommune@bw',
      funder: 'Land Baden-Württemberg',
      deadline: '2026-11-30',
      eligibleCategories: ['PERSONNEL', 'HARDWARE_SOFTWARE'],
    },
    leadCity: esslingen,
    partners: [
      {
        city: esslingen,
        status: 'ACCEPTED',
        isLead: true,
        budgetVersion: 2,
        invitedAt: '2026-11-10T09:00:00Z',
        respondedAt: '2026-11-10T09:00:00Z',
        lines: [
          {
            id: 'l1',
            position: 0,
            category: 'HARDWARE_SOFTWARE',
            description: 'Fachverfahren',
            amount: '5500000',
            eligible: true,
          },
        ],
      },
      {
        city: ludwigsburg,
        status: 'ACCEPTED',
        isLead: false,
        budgetVersion: 4,
        invitedAt: '2026-11-10T09:00:00Z',
        respondedAt: '2026-11-12T08:15:00Z',
        lines: [
          {
            id: 'l2',
            position: 0,
            category: 'PERSONNEL',
            description: 'Projektleitung',
            amount: '1250050',
            eligible: true,
          },
          {
            id: 'l3',
            position: 1,
            category: 'TRAINING',
            description: 'Schulung',
            amount: '200000',
            eligible: true,
          },
        ],
      },
      {
        city: waiblingen,
        status: 'INVITED',
        isLead: false,
        budgetVersion: 0,
        invitedAt: '2026-11-10T09:00:00Z',
        respondedAt: null,
        lines: [],
      },
    ],
    processModels: [{ id: MODEL_ID, title: 'Gewerbeanmeldung', city: esslingen }],
    projects: [],
    statement: sampleStatement(),
    checklist: [],
    transitions: [],
    snapshots: [],
    allowedTransitions: ['INTERNAL_REVIEW'],
    viewerCanEditBudgetOf: [esslingen.id],
    viewerCanManage: true,
    viewerPendingInvitationCityIds: [],
    ...overrides,
  };
}
