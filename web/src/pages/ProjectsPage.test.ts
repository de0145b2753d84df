import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouterView } from 'vue-router';
import {
  eFile,
  esslingen,
  listItem,
  ludwigsburg,
  memberOf,
  onlineAccount,
  waiblingen,
} from '../components/project/projectTesting.ts';
import type { ProjectListItem } from '../composables/useProjects.ts';
import { useSession } from '../composables/useSession.ts';
import { mockGraphqlFetch } from '../testing/graphqlFetchMock.ts';
import { mountWithApp } from '../testing/mountWithApp.ts';

const options = {
  data: {
    projectTopics: [onlineAccount, eFile],
    cities: { edges: [waiblingen, esslingen, ludwigsburg].map((node) => ({ node })) },
    partnerships: { edges: [{ node: { id: 'p-nv', name: 'Digitalverbund Neckar' } }] },
  },
};

function page(items: ProjectListItem[], hasNextPage = false) {
  return {
    data: {
      projects: {
        edges: items.map((node) => ({ node })),
        pageInfo: { hasNextPage, endCursor: hasNextPage ? 'cursor-1' : null },
      },
    },
  };
}

const konto = listItem('pr1', 'Bürgerkonto im Verbund');
const akte = listItem('pr2', 'E-Akte Bauamt', {
  status: 'IDEA',
  progressPercent: 0,
  plannedEndDate: null,
  topic: eFile,
  leadCity: waiblingen,
  partners: [],
});
const portal = listItem('pr3', 'Neues Stadtportal', { status: 'DONE', progressPercent: 100 });

afterEach(() => {
  vi.unstubAllGlobals();
  useSession().forget();
  document.body.innerHTML = '';
});

async function openPage(
  path: string,
  listResponse: (variables: Record<string, unknown>) => unknown,
  me: unknown = memberOf('COORDINATOR', esslingen),
) {
  const fetchMock = mockGraphqlFetch((operation, variables) => {
    if (operation === 'Me') return { data: { me } };
    if (operation === 'ProjectListOptions') return options;
    if (operation === 'ProjectList') return listResponse(variables);
    return { data: {} };
  });
  await useSession().refresh();
  const mounted = await mountWithApp(RouterView, path);
  await flushPromises();
  return { ...mounted, fetchMock };
}

function listRequests(fetchMock: Awaited<ReturnType<typeof openPage>>['fetchMock']) {
  return fetchMock.mock.calls
    .map(([, init]) => JSON.parse(String(init?.body)) as { query: string; variables: unknown })
    .filter((body) => body.query.includes('query ProjectList('))
    .map((body) => body.variables);
}

const text = (element: { text(): string }) => element.text().replace(/\s+/g, ' ').trim();

describe('ProjectsPage', () => {
  it('lists projects with the traffic light in words, progress as text and the cities', async () => {
    const { wrapper } = await openPage('/projekte', () => page([konto, akte, portal]));

    expect(wrapper.get('h1').text()).toBe('Projekte');
    expect(wrapper.get('[role="status"]').text()).toBe('3 Projekte gefunden.');
    const table = wrapper.get('table');
    expect(text(table.get('caption'))).toBe('Projekte, zuletzt geänderte zuerst');
    expect(table.findAll('thead th').map((th) => th.attributes('scope'))).toEqual(
      Array(7).fill('col'),
    );
    const rows = table.findAll('tbody tr').map((row) => {
      expect(row.get('th').attributes('scope')).toBe('row');
      return row.findAll('th, td').map(text);
    });
    expect(rows).toEqual([
      [
        'Bürgerkonto im Verbund',
        'Bürgerkonto',
        'Esslingen am Neckar (federführend), Ludwigsburg',
        'In Umsetzung',
        '40 %',
        '31.12.2026',
        '20.11.2026',
      ],
      ['E-Akte Bauamt', 'E-Akte', 'Waiblingen (federführend)', 'Idee', '0 %', '–', '20.11.2026'],
      [
        'Neues Stadtportal',
        'Bürgerkonto',
        'Esslingen am Neckar (federführend), Ludwigsburg',
        'Umgesetzt',
        '100 %',
        '31.12.2026',
        '20.11.2026',
      ],
    ]);
    // The colour dot only repeats the word.
    expect(table.find('.project-status__dot').attributes('aria-hidden')).toBe('true');
    expect(table.get('tbody th a').attributes('href')).toBe('/projekte/pr1');
    expect(wrapper.get('a.button').text()).toBe('Neues Projekt');
    const views = wrapper.findAll('.projects__views a');
    expect(views.map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['Übersicht', '/projekte/uebersicht'],
      ['Jahresbericht', '/projekte/bericht'],
    ]);
  });

  it('reads the filters from the address and writes them back, statuses as repeated values', async () => {
    const { wrapper, router, fetchMock } = await openPage(
      '/projekte?suche=Konto&status=DONE&status=UNBEKANNT',
      () => page([portal]),
    );
    expect(listRequests(fetchMock)).toEqual([
      { first: 20, after: null, filter: { status: ['DONE'], search: 'Konto' } },
    ]);
    expect(wrapper.get<HTMLInputElement>('#project-filter-search').element.value).toBe('Konto');
    expect(wrapper.get<HTMLInputElement>('#project-filter-status-DONE').element.checked).toBe(true);
    expect(wrapper.get('label[for="project-filter-status-IDEA"]').text()).toBe('Idee');

    await wrapper.get('#project-filter-status-IDEA').setValue(true);
    await wrapper.get('#project-filter-city').setValue(ludwigsburg.id);
    await wrapper.get('#project-filter-partnership').setValue('p-nv');
    await wrapper.get('#project-filter-topic').setValue(eFile.id);
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(router.currentRoute.value.query).toEqual({
      suche: 'Konto',
      kommune: ludwigsburg.id,
      verbund: 'p-nv',
      thema: eFile.id,
      status: ['IDEA', 'DONE'],
    });
    expect(listRequests(fetchMock).at(-1)).toEqual({
      first: 20,
      after: null,
      filter: {
        cityId: ludwigsburg.id,
        partnershipId: 'p-nv',
        topicId: eFile.id,
        status: ['IDEA', 'DONE'],
        search: 'Konto',
      },
    });
    expect(document.activeElement?.id).toBe('project-results-heading');

    await wrapper
      .findAll('form button')
      .find((b) => b.text() === 'Filter zurücksetzen')
      ?.trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({});
  });

  it('loads the next page and continues at its first project', async () => {
    const { wrapper, fetchMock } = await openPage('/projekte', (variables) =>
      variables.after === 'cursor-1' ? page([akte]) : page([konto], true),
    );
    expect(wrapper.get('[role="status"]').text()).toBe(
      'Ein Projekt angezeigt. Mit „Weitere laden“ sehen Sie die nächsten.',
    );
    await wrapper.get('.list-load-more button').trigger('click');
    await flushPromises();
    expect(listRequests(fetchMock).at(-1)).toEqual({ first: 20, after: 'cursor-1', filter: null });
    expect(wrapper.findAll('tbody th').map((th) => th.text())).toEqual([
      'Bürgerkonto im Verbund',
      'E-Akte Bauamt',
    ]);
    expect(document.activeElement?.textContent?.trim()).toBe('E-Akte Bauamt');
    expect(wrapper.find('.list-load-more').exists()).toBe(false);
  });

  it('offers no "Neues Projekt" without the coordinator role', async () => {
    const { wrapper } = await openPage(
      '/projekte?thema=t-ef',
      () => page([]),
      memberOf('PROCESS_OWNER', esslingen),
    );
    expect(wrapper.find('a.button').exists()).toBe(false);
    expect(wrapper.text()).toContain('Kein Projekt passt zu Ihrer Auswahl.');
  });
});
