import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  APPLICATION_ID,
  esslingen,
  ludwigsburg,
  MODEL_ID,
  memberOf,
  PROJECT_ID,
} from '../components/project/projectTesting.ts';
import type { ProjectReport, ProjectReportEntry } from '../composables/useProjectReport.ts';
import { useSession } from '../composables/useSession.ts';
import { mockGraphqlFetch } from '../testing/graphqlFetchMock.ts';
import { mountWithApp } from '../testing/mountWithApp.ts';
import ProjectReportPage from './ProjectReportPage.vue';

const ESSLINGEN_UUID = '00000000-0000-4000-8000-0000000000e5';
const AKTE_ID = btoa('Project:00000000-0000-4000-8000-00000000000b');

function entry(overrides: Partial<ProjectReportEntry>): ProjectReportEntry {
  return {
    projectId: PROJECT_ID,
    title: 'Bürgerkonto im Verbund',
    topicLabel: 'Bürgerkonto',
    leadCityName: 'Esslingen am Neckar',
    partnerCityNames: ['Ludwigsburg'],
    status: 'IN_PROGRESS',
    progressPercent: 60,
    previousStatus: 'IDEA',
    previousProgressPercent: 10,
    isNew: false,
    startDate: '2025-03-01',
    plannedEndDate: '2026-12-31',
    milestonesReached: [],
    processModels: [],
    fundingApplications: [],
    ...overrides,
  };
}

const milestone = {
  projectId: PROJECT_ID,
  projectTitle: 'Bürgerkonto im Verbund',
  title: 'Pilotbetrieb gestartet',
  dueDate: '2026-06-30',
  reachedOn: '2026-06-25',
};

const konto = entry({
  milestonesReached: [milestone],
  processModels: [{ id: MODEL_ID, title: 'Anwohnerparkausweis', cityName: 'Esslingen am Neckar' }],
  fundingApplications: [
    {
      id: APPLICATION_ID,
      title: 'Bürgerkonto digital',
      programmeName: 'Digitale Zukunftskommune@bw',
      status: 'SUBMITTED',
    },
  ],
});
const akte = entry({
  projectId: AKTE_ID,
  title: 'E-Akte Bauamt',
  topicLabel: 'E-Akte',
  partnerCityNames: [],
  status: 'IDEA',
  progressPercent: 0,
  previousStatus: null,
  previousProgressPercent: null,
  isNew: true,
  startDate: null,
  plannedEndDate: null,
});

function report(year: number, scopeName = 'Esslingen am Neckar'): ProjectReport {
  const base = `/exports/project-report/city/${ESSLINGEN_UUID}/${year}`;
  return {
    scopeKind: 'CITY',
    scopeId: esslingen.id,
    scopeName,
    cityNames: ['Esslingen am Neckar'],
    year,
    generatedOn: '2026-11-21',
    projectCount: 2,
    newProjectCount: 1,
    downloads: { pdf: `${base}.pdf`, xlsx: `${base}.xlsx`, csv: `${base}.csv` },
    groups: [
      { status: 'IDEA', projects: [akte] },
      { status: 'IN_PROGRESS', projects: [konto] },
      { status: 'DONE', projects: [] },
      { status: 'ON_HOLD', projects: [] },
      { status: 'CANCELLED', projects: [] },
    ],
    changes: [akte, konto],
    milestonesReached: [milestone],
  };
}

const partnerships = {
  data: {
    partnerships: {
      edges: [
        {
          node: {
            id: 'p-nv',
            name: 'Digitalverbund Neckar',
            members: [
              { id: 'pm1', status: 'ACCEPTED', city: { id: esslingen.id } },
              { id: 'pm2', status: 'ACCEPTED', city: { id: ludwigsburg.id } },
            ],
          },
        },
        {
          // Only invited: no report for it yet.
          node: {
            id: 'p-rm',
            name: 'Region Rems-Murr',
            members: [{ id: 'pm3', status: 'INVITED', city: { id: esslingen.id } }],
          },
        },
      ],
    },
  },
};

async function openPage(
  path = '/projekte/bericht',
  answer: (variables: Record<string, unknown>) => unknown = (variables) => ({
    data: {
      projectReport: {
        __typename: 'QueryProjectReportSuccess',
        data: report(Number(variables.year)),
      },
    },
  }),
) {
  const reportRequests: Record<string, unknown>[] = [];
  mockGraphqlFetch((operation, variables) => {
    if (operation === 'Me')
      return { data: { me: memberOf('COORDINATOR', ludwigsburg, esslingen) } };
    if (operation === 'ProjectReportPartnerships') return partnerships;
    if (operation === 'ProjectReport') {
      reportRequests.push(variables);
      return answer(variables);
    }
    return { data: null, errors: [{ message: `unexpected ${operation}` }] };
  });
  await useSession().refresh();
  const mounted = await mountWithApp(ProjectReportPage, path);
  mountedPages.push(mounted.wrapper);
  await flushPromises();
  return { ...mounted, reportRequests };
}

type Wrapper = Awaited<ReturnType<typeof openPage>>['wrapper'];

const text = (element: { text(): string }) => element.text().replace(/\s+/g, ' ').trim();

function rows(wrapper: Wrapper, selector: string): string[][] {
  return wrapper
    .get(selector)
    .findAll('tbody tr')
    .map((row) => row.findAll('th, td').map((cell) => text(cell)));
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-21T10:00:00Z'));
});

// Pages of earlier tests would otherwise live on, follow the shared session and keep fetching.
const mountedPages: { unmount(): void }[] = [];

afterEach(() => {
  for (const page of mountedPages.splice(0)) page.unmount();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  useSession().forget();
  document.body.innerHTML = '';
});

describe('ProjectReportPage', () => {
  it('shows the report of the first city for the current year, grouped by status', async () => {
    const { wrapper, reportRequests } = await openPage();

    expect(reportRequests).toEqual([{ scope: { kind: 'CITY', id: esslingen.id }, year: 2026 }]);
    expect(wrapper.get('h1').text()).toBe('Jahresbericht Digitalisierung');
    expect(wrapper.findAll('h2').map((h) => h.text())).toEqual([
      'Bericht wählen',
      'Dokumentation Digitalisierung 2026: Esslingen am Neckar',
    ]);
    expect(wrapper.findAll('h3').map((h) => h.text())).toEqual([
      'Herunterladen',
      'Projekte nach Status',
      'Veränderungen seit 2025',
      'Im Jahr 2026 erreichte Meilensteine',
    ]);
    expect(wrapper.findAll('h4').map((h) => text(h))).toEqual([
      'Idee (Ampel rot): ein Projekt',
      'In Umsetzung (Ampel gelb): ein Projekt',
      'Umgesetzt (Ampel grün): keine Projekte',
      'Pausiert: keine Projekte',
      'Abgebrochen: keine Projekte',
    ]);
    expect(rows(wrapper, '.report-overview')).toEqual([
      ['Idee (Ampel rot)', '1'],
      ['In Umsetzung (Ampel gelb)', '1'],
      ['Umgesetzt (Ampel grün)', '0'],
      ['Pausiert', '0'],
      ['Abgebrochen', '0'],
    ]);
    expect(text(wrapper.get('.project-report__report > p'))).toBe(
      'Umfasst: Esslingen am Neckar. Stand: 21.11.2026.',
    );
  });

  it('describes each project with what changed, milestones, processes and funding', async () => {
    const { wrapper } = await openPage();
    const [first, second] = wrapper.findAll('.report-project');
    expect(first?.get('h5 a').attributes('href')).toBe(`/projekte/${AKTE_ID}`);
    const facts = (project: typeof first) => (project?.findAll('dd') ?? []).map((dd) => text(dd));
    expect(facts(first)).toEqual([
      'E-Akte',
      'Esslingen am Neckar',
      'keine',
      '0 %',
      'nicht festgelegt',
      'neu im Jahr 2026',
      'keine',
      'keine',
      'keine',
    ]);
    expect(facts(second)).toEqual([
      'Bürgerkonto',
      'Esslingen am Neckar',
      'Ludwigsburg',
      '60 %',
      '01.03.2025 bis 31.12.2026',
      'Idee → In Umsetzung, Fortschritt 10 % → 60 %',
      'Pilotbetrieb gestartet (erreicht am 25.06.2026)',
      'Anwohnerparkausweis (Esslingen am Neckar)',
      'Bürgerkonto digital – Digitale Zukunftskommune@bw, Eingereicht',
    ]);
    expect(second?.findAll('dd a').map((a) => a.attributes('href'))).toEqual([
      `/prozesse/${MODEL_ID}`,
      `/foerderantraege/${APPLICATION_ID}`,
    ]);
  });

  it('lists the changes since the year before and the milestones reached', async () => {
    const { wrapper } = await openPage();
    const tables = wrapper.findAll('.project-report__report table');
    const caption = (table: (typeof tables)[number]) => text(table.get('caption'));
    const changes = tables.find((table) => caption(table).startsWith('Neue Projekte'));
    expect(changes?.findAll('thead th').map((th) => th.text())).toEqual([
      'Projekt',
      'Ende 2025',
      'Ende 2026',
    ]);
    expect(changes?.findAll('tbody tr').map((row) => row.findAll('th, td').map(text))).toEqual([
      ['E-Akte Bauamt', 'neu', 'Idee, 0 %'],
      ['Bürgerkonto im Verbund', 'Idee, 10 %', 'In Umsetzung, 60 %'],
    ]);
    const milestones = tables.find((table) => caption(table).startsWith('Erreichte Meilensteine'));
    expect(milestones?.findAll('tbody tr').map((row) => row.findAll('th, td').map(text))).toEqual([
      ['25.06.2026', 'Pilotbetrieb gestartet', 'Bürgerkonto im Verbund', '30.06.2026'],
    ]);
  });

  it('offers the PDF, XLSX and CSV files the server names', async () => {
    const { wrapper } = await openPage();
    const links = wrapper.findAll('.report-downloads a');
    expect(links.map((a) => [a.text(), a.attributes('href'), a.attributes('download')])).toEqual([
      ['Bericht als PDF', `/exports/project-report/city/${ESSLINGEN_UUID}/2026.pdf`, ''],
      [
        'Bericht als Excel-Tabelle (XLSX)',
        `/exports/project-report/city/${ESSLINGEN_UUID}/2026.xlsx`,
        '',
      ],
      ['Bericht als CSV-Datei', `/exports/project-report/city/${ESSLINGEN_UUID}/2026.csv`, ''],
    ]);
  });

  it('offers the viewer’s cities and joined partnerships, and puts the choice in the address', async () => {
    const { wrapper, router, reportRequests } = await openPage();
    const scope = wrapper.get('#project-report-scope');
    expect(scope.findAll('optgroup').map((group) => group.attributes('label'))).toEqual([
      'Kommunen',
      'Kooperationsverbünde',
    ]);
    expect(scope.findAll('option').map((option) => option.text())).toEqual([
      'Esslingen am Neckar',
      'Ludwigsburg',
      'Digitalverbund Neckar',
    ]);
    expect((scope.element as HTMLSelectElement).value).toBe(`city:${esslingen.id}`);
    expect((wrapper.get('#project-report-year').element as HTMLSelectElement).value).toBe('2026');

    await scope.setValue('partnership:p-nv');
    await wrapper.get('#project-report-year').setValue('2025');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(router.currentRoute.value.query).toEqual({ verbund: 'p-nv', jahr: '2025' });
    expect(reportRequests.at(-1)).toEqual({
      scope: { kind: 'PARTNERSHIP', id: 'p-nv' },
      year: 2025,
    });
    expect(document.activeElement).toBe(wrapper.get('#project-report-heading').element);
  });

  it('opens the report the address names', async () => {
    const { reportRequests } = await openPage('/projekte/bericht?kommune=c-lb&jahr=2024');
    expect(reportRequests).toEqual([{ scope: { kind: 'CITY', id: 'c-lb' }, year: 2024 }]);
  });

  it('says so when the server has no report for the choice', async () => {
    const { wrapper } = await openPage('/projekte/bericht?verbund=p-xx', () => ({
      data: { projectReport: { __typename: 'NotFoundError', message: 'Partnership not found' } },
    }));
    expect(text(wrapper.get('[role="alert"]'))).toBe(
      'Der Eintrag wurde nicht gefunden. Bitte laden Sie die Seite neu.',
    );
    expect(wrapper.find('.report-downloads').exists()).toBe(false);
  });
});
