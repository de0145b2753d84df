// Sample API answers of the project screens for unit tests: Esslingen leads, Ludwigsburg takes
// part, the project is shared with a partnership of both.
import type { ProjectDetails } from '../../composables/useProject.ts';
import type { ProjectListItem } from '../../composables/useProjects.ts';

export const PROJECT_UUID = '4a1b2c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
export const PROJECT_ID = btoa(`Project:${PROJECT_UUID}`);
export const MODEL_ID = btoa('ProcessModel:00000000-0000-4000-8000-000000000001');
export const APPLICATION_ID = btoa('FundingApplication:00000000-0000-4000-8000-000000000002');

export const esslingen = { id: 'c-es', name: 'Esslingen am Neckar' };
export const ludwigsburg = { id: 'c-lb', name: 'Ludwigsburg' };
export const waiblingen = { id: 'c-wn', name: 'Waiblingen' };

export const onlineAccount = {
  id: 't-oa',
  key: 'ONLINE_ACCOUNT',
  labelDe: 'Bürgerkonto',
  labelEn: 'Citizen account',
};
export const eFile = { id: 't-ef', key: 'E_FILE', labelDe: 'E-Akte', labelEn: 'E-file' };

/** A signed-in user with the given role in each of the given cities. */
export function memberOf(role: string, ...cities: { id: string; name: string }[]) {
  return {
    id: 'u1',
    displayName: 'Clara Koordinatorin',
    email: 'coordinator@esslingen.demo',
    isGlobalAdmin: false,
    memberships: cities.map((city, index) => ({
      id: `m${index}`,
      role,
      city: { ...city, slug: city.id },
    })),
  };
}

export function listItem(
  id: string,
  title: string,
  overrides: Partial<ProjectListItem> = {},
): ProjectListItem {
  return {
    id,
    title,
    status: 'IN_PROGRESS',
    progressPercent: 40,
    plannedEndDate: '2026-12-31',
    updatedAt: '2026-11-20T15:30:00Z',
    topic: onlineAccount,
    leadCity: esslingen,
    partners: [ludwigsburg],
    ...overrides,
  };
}

/** The project as a coordinator of its lead city sees it; override what a test needs. */
export function sampleProject(overrides: Partial<ProjectDetails> = {}): ProjectDetails {
  return {
    id: PROJECT_ID,
    rawId: PROJECT_UUID,
    title: 'Bürgerkonto im Verbund',
    description: 'Ein gemeinsames Servicekonto für alle Verwaltungsleistungen.',
    status: 'IN_PROGRESS',
    progressPercent: 60,
    startDate: '2026-01-15',
    plannedEndDate: '2026-12-31',
    visibility: 'PARTNERS',
    version: 4,
    createdAt: '2026-01-10T09:00:00Z',
    updatedAt: '2026-11-20T15:30:00Z',
    viewerCanEdit: true,
    topic: onlineAccount,
    leadCity: esslingen,
    partners: [ludwigsburg],
    contacts: [
      {
        name: 'Erika Muster',
        email: 'erika.muster@esslingen.demo',
        phone: '0711 1234-56',
        role: 'Projektleitung',
      },
    ],
    sharedWith: [{ id: 'p-nv', name: 'Digitalverbund Neckar' }],
    milestones: [
      {
        id: 'ms1',
        title: 'Pilotbetrieb',
        dueDate: '2026-10-01',
        done: false,
        doneAt: null,
        overdue: true,
      },
      {
        id: 'ms2',
        title: 'Vergabe',
        dueDate: '2026-03-01',
        done: true,
        doneAt: '2026-02-27T10:00:00Z',
        overdue: false,
      },
    ],
    tasks: [
      {
        id: 'task1',
        title: 'Schnittstelle testen',
        dueDate: '2026-11-01',
        state: 'IN_PROGRESS',
        overdue: true,
        version: 2,
        assignee: { id: 'u2', displayName: 'Ludger Lang', cityName: 'Ludwigsburg' },
      },
    ],
    updates: [
      {
        id: 'up2',
        actorName: 'Clara Koordinatorin',
        at: '2026-11-20T15:30:00Z',
        fromStatus: 'IDEA',
        toStatus: 'IN_PROGRESS',
        fromProgress: 10,
        toProgress: 60,
        text: 'Vergabe abgeschlossen.',
      },
      {
        id: 'up1',
        actorName: 'Ludger Lang',
        at: '2026-06-02T08:00:00Z',
        fromStatus: null,
        toStatus: null,
        fromProgress: null,
        toProgress: null,
        text: 'Ludwigsburg ist dabei.',
      },
    ],
    processModels: [{ id: MODEL_ID, title: 'Gewerbeanmeldung', city: esslingen }],
    fundingApplications: [{ id: APPLICATION_ID, title: 'Digitale Zukunftskommune' }],
    assignableUsers: [
      { id: 'u1', displayName: 'Clara Koordinatorin', cityName: 'Esslingen am Neckar' },
      { id: 'u2', displayName: 'Ludger Lang', cityName: 'Ludwigsburg' },
    ],
    ...overrides,
  };
}
