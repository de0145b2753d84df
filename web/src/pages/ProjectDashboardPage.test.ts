import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import {
  eFile,
  esslingen,
  ludwigsburg,
  memberOf,
  onlineAccount,
} from '../components/project/projectTesting.ts';
import type { PortfolioChartOption } from '../components/projectDashboard/portfolioCharts.ts';
import { drawnFigures } from '../components/projectDashboard/portfolioChartsTesting.ts';
import type { ProjectPortfolio } from '../composables/useProjectDashboard.ts';
import { useSession } from '../composables/useSession.ts';
import { mountWithApp } from '../testing/mountWithApp.ts';
import ProjectDashboardPage from './ProjectDashboardPage.vue';

// ECharts does not draw in jsdom: the chart is replaced by its accessible shell, which also keeps
// what it was asked to draw (test/browser/projectDashboardChart.test.ts draws the real one).
vi.mock('../components/projectDashboard/ProjectDashboardChartCanvas.vue', () => ({
  default: defineComponent({
    props: { option: { type: Object, required: true }, label: String, height: Number },
    setup(props) {
      return () =>
        h('div', {
          class: 'chart-stub',
          role: 'img',
          'aria-label': props.label,
          'data-figures': JSON.stringify(drawnFigures(props.option as PortfolioChartOption)),
        });
    },
  }),
}));

const KONTO = btoa('Project:00000000-0000-4000-8000-00000000000a');
const AKTE = btoa('Project:00000000-0000-4000-8000-00000000000b');

function portfolio(overrides: Partial<ProjectPortfolio> = {}): ProjectPortfolio {
  return {
    countsByStatus: [
      { status: 'IDEA', count: 2 },
      { status: 'IN_PROGRESS', count: 5 },
      { status: 'DONE', count: 3 },
      { status: 'ON_HOLD', count: 0 },
      { status: 'CANCELLED', count: 0 },
    ],
    countsByTopic: [
      { count: 3, topic: eFile },
      { count: 7, topic: onlineAccount },
    ],
    upcomingMilestones: [
      {
        milestone: { id: 'ms1', title: 'Pilotbetrieb', dueDate: '2026-12-01' },
        project: { id: KONTO, title: 'Bürgerkonto im Verbund' },
      },
    ],
    overdueTaskCount: 2,
    overdueTasks: [
      {
        task: {
          id: 'tk1',
          title: 'Datenschutz-Folgenabschätzung',
          dueDate: '2026-11-18',
          assignee: { id: 'u2', displayName: 'Lena Lorenz', cityName: 'Ludwigsburg' },
        },
        project: { id: KONTO, title: 'Bürgerkonto im Verbund' },
      },
      {
        task: { id: 'tk2', title: 'Angebote einholen', dueDate: '2026-11-20', assignee: null },
        project: { id: AKTE, title: 'E-Akte Bauamt' },
      },
    ],
    recentlyChanged: [
      {
        id: AKTE,
        title: 'E-Akte Bauamt',
        status: 'IDEA',
        updatedAt: '2026-11-21T09:15:00Z',
        leadCity: ludwigsburg,
      },
    ],
    ...overrides,
  };
}

const options = {
  data: {
    projectTopics: [onlineAccount, eFile],
    cities: { edges: [esslingen, ludwigsburg].map((node) => ({ node })) },
    partnerships: { edges: [{ node: { id: 'p-nv', name: 'Digitalverbund Neckar' } }] },
  },
};

/**
 * A fake server: GraphQL queries answered by `answer`, subscriptions as event streams the test
 * writes into (`send`), like graphql-yoga holding the connection open.
 */
function fakeServer(answer: () => ProjectPortfolio) {
  const encoder = new TextEncoder();
  const streams: ReadableStreamDefaultController<Uint8Array>[] = [];
  const portfolioFilters: unknown[] = [];
  const fetchMock = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    const headers = (init?.headers ?? {}) as Record<string, string>;
    const { query, variables } = JSON.parse(String(init?.body));
    if (headers.accept === 'text/event-stream') {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          streams.push(controller);
          controller.enqueue(encoder.encode(':\n\n'));
        },
      });
      return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
    }
    const operation = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
    const json = (body: unknown) =>
      new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    if (operation === 'Me') return json({ data: { me: memberOf('COORDINATOR', esslingen) } });
    if (operation === 'ProjectListOptions') return json(options);
    if (operation === 'ProjectPortfolio') {
      portfolioFilters.push(variables.filter);
      return json({ data: { projectPortfolio: answer() } });
    }
    return json({ errors: [{ message: `unexpected ${operation}` }] });
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    fetchMock,
    portfolioFilters,
    subscriptions: () =>
      fetchMock.mock.calls.filter(
        ([, init]) =>
          (init?.headers as Record<string, string> | undefined)?.accept === 'text/event-stream',
      ),
    send(kind: string) {
      const event = {
        kind,
        actorName: 'Lena Lorenz',
        at: '2026-11-21T11:00:00Z',
        taskId: null,
        project: {
          id: KONTO,
          title: 'Bürgerkonto im Verbund',
          status: 'DONE',
          progressPercent: 100,
          version: 7,
          updatedAt: '2026-11-21T11:00:00Z',
        },
      };
      const text = `event: next\ndata: ${JSON.stringify({ data: { projectEvents: event } })}\n\n`;
      for (const stream of streams) stream.enqueue(encoder.encode(text));
    },
  };
}

async function openPage(path = '/projekte/uebersicht', answer = () => portfolio()) {
  const server = fakeServer(answer);
  await useSession().refresh();
  const mounted = await mountWithApp(ProjectDashboardPage, path);
  mountedPages.push(mounted.wrapper);
  await flushPromises();
  await vi.waitFor(() => expect(mounted.wrapper.findAll('.chart-stub')).toHaveLength(2));
  return { ...mounted, ...server };
}

type Wrapper = Awaited<ReturnType<typeof openPage>>['wrapper'];

const text = (element: { text(): string }) => element.text().replace(/\s+/g, ' ').trim();

function tableRows(wrapper: Wrapper, caption: string): string[][] {
  const table = wrapper
    .findAll('table')
    .find((candidate) => candidate.find('caption').text() === caption);
  if (!table) throw new Error(`no table "${caption}"`);
  return table.findAll('tbody tr').map((row) => row.findAll('th, td').map((cell) => text(cell)));
}

function section(wrapper: Wrapper, heading: string) {
  const found = wrapper
    .findAll('section')
    .find((candidate) => candidate.find('h2').text() === heading);
  if (!found) throw new Error(`no section "${heading}"`);
  return found;
}

function charts(wrapper: Wrapper) {
  return wrapper.findAll('.chart-stub').map((chart) => ({
    label: chart.attributes('aria-label'),
    figures: JSON.parse(chart.attributes('data-figures') ?? '[]') as [string, number][],
  }));
}

beforeEach(() => {
  // Only the clock: the page's timers (debounce, reconnect) stay real.
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

describe('ProjectDashboardPage', () => {
  it('shows the portfolio as charts, each with a table of the same figures', async () => {
    const { wrapper } = await openPage();

    expect(wrapper.get('h1').text()).toBe('Projektübersicht');
    expect(wrapper.findAll('h2').map((h2) => h2.text())).toEqual([
      'Übersicht eingrenzen',
      'Projekte nach Status',
      'Projekte nach Themenfeld',
      'Anstehende Meilensteine',
      'Überfällige Aufgaben',
      'Zuletzt geändert',
    ]);
    expect(wrapper.text()).toContain('10 Projekte in dieser Auswahl.');

    const statusRows = tableRows(wrapper, 'Anzahl der Projekte je Status');
    expect(statusRows).toEqual([
      ['Idee (Ampel rot)', '2', '20 %'],
      ['In Umsetzung (Ampel gelb)', '5', '50 %'],
      ['Umgesetzt (Ampel grün)', '3', '30 %'],
      ['Pausiert', '0', '0 %'],
      ['Abgebrochen', '0', '0 %'],
    ]);
    const topicRows = tableRows(wrapper, 'Anzahl der Projekte je Themenfeld');
    expect(topicRows).toEqual([
      ['Bürgerkonto', '7', '70 %'],
      ['E-Akte', '3', '30 %'],
    ]);

    // The charts draw exactly what the tables list (the pie leaves out empty slices), and their
    // accessible names say it in words.
    const [byStatus, byTopic] = charts(wrapper);
    expect(byStatus?.figures).toEqual(
      statusRows.filter((row) => row[1] !== '0').map((row) => [row[0], Number(row[1])]),
    );
    expect(byTopic?.figures).toEqual(topicRows.map((row) => [row[0], Number(row[1])]));
    expect(byStatus?.label).toBe(
      'Projekte nach Status: Idee (Ampel rot) 2, In Umsetzung (Ampel gelb) 5, Umgesetzt (Ampel grün) 3.',
    );
    expect(byTopic?.label).toBe('Projekte nach Themenfeld: Bürgerkonto 7, E-Akte 3.');
  });

  it('lists upcoming milestones, overdue tasks with their delay, and recent changes', async () => {
    const { wrapper } = await openPage();

    const milestones = section(wrapper, 'Anstehende Meilensteine');
    expect(
      milestones.findAll('tbody tr').map((row) => row.findAll('th, td').map((cell) => text(cell))),
    ).toEqual([['01.12.2026', 'Pilotbetrieb', 'Bürgerkonto im Verbund']]);
    expect(milestones.get('tbody a').attributes('href')).toBe(`/projekte/${KONTO}`);

    const tasks = section(wrapper, 'Überfällige Aufgaben');
    expect(
      tasks.findAll('tbody tr').map((row) => row.findAll('th, td').map((cell) => text(cell))),
    ).toEqual([
      [
        'Datenschutz-Folgenabschätzung',
        'Bürgerkonto im Verbund',
        'Lena Lorenz (Ludwigsburg)',
        '18.11.2026',
        'seit 3 Tagen überfällig',
      ],
      [
        'Angebote einholen',
        'E-Akte Bauamt',
        'niemand zugewiesen',
        '20.11.2026',
        'seit 1 Tag überfällig',
      ],
    ]);
    expect(tasks.findAll('tbody a').map((a) => a.attributes('href'))).toEqual([
      `/projekte/${KONTO}`,
      `/projekte/${AKTE}`,
    ]);

    const recent = section(wrapper, 'Zuletzt geändert');
    expect(recent.get('tbody th a').text()).toBe('E-Akte Bauamt');
    expect(text(recent.get('tbody tr'))).toContain('Ludwigsburg');
    expect(text(recent.get('tbody tr'))).toContain('Idee');
  });

  it('says which of many overdue tasks it lists', async () => {
    const { wrapper } = await openPage('/projekte/uebersicht', () =>
      portfolio({ overdueTaskCount: 60 }),
    );
    expect(section(wrapper, 'Überfällige Aufgaben').text()).toContain(
      'Gezeigt werden die 2 am längsten überfälligen von 60 Aufgaben.',
    );
  });

  it('takes its filters from the address and puts new ones there', async () => {
    const { wrapper, router, portfolioFilters } = await openPage(
      '/projekte/uebersicht?kommune=c-es&status=IDEA&status=DONE',
    );
    expect(portfolioFilters).toEqual([{ cityId: 'c-es', status: ['IDEA', 'DONE'] }]);
    expect((wrapper.get('#project-filter-city').element as HTMLSelectElement).value).toBe('c-es');

    await wrapper.get('#project-filter-topic').setValue('t-ef');
    await wrapper.get('#project-filter-status-DONE').setValue(false);
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(router.currentRoute.value.query).toEqual({
      kommune: 'c-es',
      thema: 't-ef',
      status: ['IDEA'],
    });
    expect(portfolioFilters.at(-1)).toEqual({ cityId: 'c-es', topicId: 't-ef', status: ['IDEA'] });
    expect(document.activeElement?.textContent?.trim()).toBe('Projekte nach Status');
  });

  it('subscribes to all project events and re-reads the portfolio when one arrives', async () => {
    let done = 3;
    const { wrapper, send, subscriptions, portfolioFilters } = await openPage(
      '/projekte/uebersicht',
      () =>
        portfolio({
          countsByStatus: [
            { status: 'IDEA', count: 2 },
            { status: 'IN_PROGRESS', count: 8 - done },
            { status: 'DONE', count: done },
          ],
        }),
    );
    const [call] = subscriptions();
    const body = JSON.parse(String(call?.[1]?.body));
    expect(body.query).toContain('subscription ProjectEvents');
    expect(body.variables).toEqual({ projectId: null });
    const live = wrapper.get('[role="status"]');
    expect(live.text()).toBe('');

    // Two events in quick succession: one re-read.
    done = 4;
    send('STATUS_CHANGED');
    send('COMMENT_ADDED');
    await vi.waitFor(() => expect(portfolioFilters).toHaveLength(2), { timeout: 2_000 });
    await flushPromises();
    expect(tableRows(wrapper, 'Anzahl der Projekte je Status').slice(0, 3)).toEqual([
      ['Idee (Ampel rot)', '2', '20 %'],
      ['In Umsetzung (Ampel gelb)', '4', '40 %'],
      ['Umgesetzt (Ampel grün)', '4', '40 %'],
    ]);
    const time = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit' }).format(
      new Date('2026-11-21T10:00:00Z'),
    );
    await vi.waitFor(() => expect(live.text()).toBe(`Übersicht aktualisiert um ${time} Uhr.`));
    expect(portfolioFilters).toHaveLength(2);
  });

  it('ends the subscription when the page is left', async () => {
    const { wrapper, subscriptions } = await openPage();
    const signal = subscriptions()[0]?.[1]?.signal;
    expect(signal?.aborted).toBe(false);
    mountedPages.length = 0;
    wrapper.unmount();
    expect(signal?.aborted).toBe(true);
  });
});
