import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouterView } from 'vue-router';
import { useSession } from '../composables/useSession.ts';
import { mockGraphqlFetch } from '../testing/graphqlFetchMock.ts';
import { mountWithApp } from '../testing/mountWithApp.ts';

const owner = {
  id: 'u1',
  displayName: 'Olivia Owner',
  email: 'owner@esslingen.demo',
  isGlobalAdmin: false,
  memberships: [
    { id: 'm1', role: 'PROCESS_OWNER', city: { id: 'c1', name: 'Esslingen am Neckar', slug: 'e' } },
  ],
};
const coordinator = {
  ...owner,
  memberships: [
    { id: 'm1', role: 'COORDINATOR', city: { id: 'c1', name: 'Esslingen am Neckar', slug: 'e' } },
  ],
};

function model(id: string, title: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    title,
    serviceKey: null,
    status: 'DRAFT',
    licence: 'INTERNAL_USE_ONLY',
    visibility: 'PRIVATE',
    tags: [],
    adoptionCount: 0,
    city: { id: 'c1', name: 'Esslingen am Neckar' },
    latestVersion: { id: `${id}v`, number: 1, activityCount: 1 },
    ...overrides,
  };
}

const gewerbe = model('m1', 'Gewerbeanmeldung', {
  serviceKey: '99050012104000',
  status: 'RELEASED',
  licence: 'DL_DE_BY_2_0',
  visibility: 'PARTNERS',
  tags: ['Gewerbe', 'Wirtschaft'],
  adoptionCount: 2,
  latestVersion: { id: 'v3', number: 3, activityCount: 12 },
});
const parken = model('m2', 'Anwohnerparkausweis', {
  city: { id: 'c3', name: 'Waiblingen' },
  licence: 'CC_BY_4_0',
  visibility: 'PUBLIC',
  adoptionCount: 1,
});

function page(models: ReturnType<typeof model>[], hasNextPage = false) {
  return {
    data: {
      processModels: {
        edges: models.map((node) => ({ node })),
        pageInfo: { hasNextPage, endCursor: hasNextPage ? 'cursor-1' : null },
      },
    },
  };
}

const cities = {
  data: {
    cities: {
      edges: [
        { node: { id: 'c3', name: 'Waiblingen' } },
        { node: { id: 'c4', name: 'Böblingen' } },
        { node: { id: 'c1', name: 'Esslingen am Neckar' } },
      ],
    },
  },
};

afterEach(() => {
  vi.unstubAllGlobals();
  useSession().forget();
  document.body.innerHTML = '';
});

async function openPage(
  path: string,
  listResponse: (variables: Record<string, unknown>) => unknown,
  me: typeof owner = owner,
) {
  const fetchMock = mockGraphqlFetch((operation, variables) => {
    if (operation === 'Me') return { data: { me } };
    if (operation === 'ProcessListCities') return cities;
    if (operation === 'ProcessListModels') return listResponse(variables);
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
    .filter((body) => body.query.includes('query ProcessListModels'))
    .map((body) => body.variables);
}

describe('ProcessModelsPage', () => {
  it('shows each model with its facts in German', async () => {
    const { wrapper } = await openPage('/prozesse', () => page([gewerbe, parken]));

    expect(wrapper.get('h1').text()).toBe('Prozessmodelle');
    expect(wrapper.get('[role="status"]').text()).toBe('2 Prozessmodelle gefunden.');
    const cards = wrapper.findAll('.process-list > li');
    expect(cards.map((card) => card.get('h3').text())).toEqual([
      'Gewerbeanmeldung',
      'Anwohnerparkausweis',
    ]);
    expect(cards[0]?.get('h3 a').attributes('href')).toBe('/prozesse/m1');
    const facts = cards[0]
      ?.findAll('dl > div')
      .map((pair) => [pair.get('dt').text(), pair.get('dd').text()]);
    expect(facts).toEqual([
      ['Kommune', 'Esslingen am Neckar'],
      ['Status', 'Freigegeben'],
      ['Leistungsschlüssel', '99050012104000'],
      ['Lizenz', 'dl-de/by-2.0'],
      ['Sichtbarkeit', 'Kooperationsverbünde'],
      ['Aktueller Stand', 'Version 3, 12 Aktivitäten'],
      ['Nachnutzung', 'nachgenutzt von 2 Kommunen'],
      ['Schlagwörter', 'GewerbeWirtschaft'],
    ]);
    expect(cards[0]?.findAll('dd li').map((tag) => tag.text())).toEqual(['Gewerbe', 'Wirtschaft']);
    expect(cards[1]?.text()).toContain('nachgenutzt von 1 Kommune');
    expect(cards[1]?.text()).toContain('Leistungsschlüsselnicht angegeben');
    expect(cards[1]?.text()).toContain('1 Aktivität');
    expect(wrapper.get('a.button').text()).toBe('Prozessmodell importieren');
    // Cities by German name in the filter.
    expect(wrapper.findAll('#process-filter-city option').map((o) => o.text())).toEqual([
      'Alle Kommunen',
      'Böblingen',
      'Esslingen am Neckar',
      'Waiblingen',
    ]);
  });

  it('reads the filters from the address and writes them back', async () => {
    const { wrapper, router, fetchMock } = await openPage(
      '/prozesse?suche=Gewerbe&status=RELEASED&lizenz=UNBEKANNT',
      () => page([gewerbe]),
    );

    expect(listRequests(fetchMock)).toEqual([
      { first: 20, after: null, filter: { status: 'RELEASED' }, search: 'Gewerbe' },
    ]);
    expect(wrapper.get<HTMLInputElement>('#process-filter-search').element.value).toBe('Gewerbe');
    expect(wrapper.get<HTMLSelectElement>('#process-filter-status').element.value).toBe('RELEASED');
    expect(wrapper.get('[role="status"]').text()).toBe('Ein Prozessmodell gefunden.');

    await wrapper.get('#process-filter-city').setValue('c3');
    await wrapper.get('#process-filter-tag').setValue(' Parken ');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(router.currentRoute.value.query).toEqual({
      suche: 'Gewerbe',
      kommune: 'c3',
      status: 'RELEASED',
      schlagwort: 'Parken',
    });
    expect(listRequests(fetchMock).at(-1)).toEqual({
      first: 20,
      after: null,
      filter: { cityId: 'c3', status: 'RELEASED', tag: 'Parken' },
      search: 'Gewerbe',
    });
    expect(document.activeElement?.id).toBe('process-results-heading');
  });

  it('keeps a malformed Leistungsschlüssel out of the address', async () => {
    const { wrapper, router } = await openPage('/prozesse', () => page([gewerbe]));
    await wrapper.get('#process-filter-service-key').setValue('12 34');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(router.currentRoute.value.query).toEqual({});
    const input = wrapper.get('#process-filter-service-key');
    expect(input.attributes('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(input.element);
    expect(wrapper.get('#process-filter-service-key-error').text()).toBe(
      'Geben Sie den Leistungsschlüssel mit genau 14 Ziffern ein oder lassen Sie das Feld leer.',
    );
  });

  it('loads the next page and continues at its first model', async () => {
    const { wrapper, fetchMock } = await openPage('/prozesse', (variables) =>
      variables.after === 'cursor-1' ? page([parken]) : page([gewerbe], true),
    );
    expect(wrapper.get('[role="status"]').text()).toBe(
      'Ein Prozessmodell angezeigt. Mit „Weitere laden“ sehen Sie die nächsten.',
    );

    await wrapper.get('.list-load-more button').trigger('click');
    await flushPromises();

    expect(listRequests(fetchMock).at(-1)).toEqual({
      first: 20,
      after: 'cursor-1',
      filter: null,
      search: null,
    });
    expect(wrapper.findAll('.process-list h3').map((h) => h.text())).toEqual([
      'Gewerbeanmeldung',
      'Anwohnerparkausweis',
    ]);
    expect(document.activeElement?.textContent?.trim()).toBe('Anwohnerparkausweis');
    expect(wrapper.find('.list-load-more').exists()).toBe(false);
  });

  it('says when nothing matches, and offers no import without the process owner role', async () => {
    const { wrapper } = await openPage('/prozesse?suche=Hund', () => page([]), coordinator);
    expect(wrapper.text()).toContain(
      'Kein Prozessmodell passt zu Ihrer Suche. Ändern Sie die Suchbegriffe oder setzen Sie die Filter zurück.',
    );
    expect(wrapper.find('a.button').exists()).toBe(false);
    expect(wrapper.findAll('button').map((b) => b.text())).toEqual([
      'Suchen',
      'Filter zurücksetzen',
    ]);
  });
});
