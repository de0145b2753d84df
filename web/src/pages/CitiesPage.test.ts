import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouterView } from 'vue-router';
import { useSession } from '../composables/useSession.ts';
import { loadLocaleMessages } from '../i18n/index.ts';
import { mockGraphqlFetch } from '../testing/graphqlFetchMock.ts';
import { mountWithApp } from '../testing/mountWithApp.ts';

const globalAdmin = {
  id: 'u0',
  displayName: 'Gerda Global',
  email: 'admin@amtsweg.demo',
  isGlobalAdmin: true,
  memberships: [],
};

const owner = {
  id: 'u1',
  displayName: 'Olivia Owner',
  email: 'owner@esslingen.demo',
  isGlobalAdmin: false,
  memberships: [
    { id: 'm1', role: 'PROCESS_OWNER', city: { id: 'c1', name: 'Esslingen am Neckar', slug: 'e' } },
  ],
};

function city(overrides: Record<string, unknown>) {
  return {
    id: 'c0',
    name: '',
    slug: '',
    ags: '',
    federalState: 'BADEN_WUERTTEMBERG',
    population: 0,
    viewerRole: null as string | null,
    viewerCanManageMembers: false,
    ...overrides,
  };
}

const esslingen = city({
  id: 'c1',
  name: 'Esslingen am Neckar',
  slug: 'esslingen',
  ags: '08116019',
  population: 95_000,
});
const guetersloh = city({
  id: 'c2',
  name: 'Gütersloh',
  slug: 'guetersloh',
  ags: '05754008',
  federalState: 'NORDRHEIN_WESTFALEN',
  population: 102_000,
});
const boeblingen = city({
  id: 'c3',
  name: 'Böblingen',
  slug: 'boeblingen',
  ags: '08115003',
  population: 51_000,
});

function citiesResponse(cities: ReturnType<typeof city>[]) {
  return { data: { cities: { edges: cities.map((node) => ({ node })) } } };
}

afterEach(() => {
  vi.unstubAllGlobals();
  useSession().forget();
  document.body.innerHTML = '';
});

async function openPage(respond: Parameters<typeof mockGraphqlFetch>[0]) {
  const fetchMock = mockGraphqlFetch(respond);
  await useSession().refresh();
  const mounted = await mountWithApp(RouterView, '/kommunen');
  await flushPromises();
  return { ...mounted, fetchMock };
}

type Wrapper = Awaited<ReturnType<typeof openPage>>['wrapper'];

function rows(wrapper: Wrapper) {
  return wrapper.findAll('tbody tr').map((row) => row.findAll('th, td').map((cell) => cell.text()));
}

/** The text of each id the element's aria-describedby names. */
function description(wrapper: Wrapper, selector: string): string {
  const ids = wrapper.get(selector).attributes('aria-describedby') ?? '';
  return ids
    .split(' ')
    .filter(Boolean)
    .map((id) => wrapper.get(`#${id}`).text())
    .join(' ');
}

describe('CitiesPage', () => {
  it('lists all cities in an accessible table, members links only where the viewer has a role', async () => {
    const { wrapper } = await openPage((operation) =>
      operation === 'Me'
        ? { data: { me: owner } }
        : citiesResponse([{ ...esslingen, viewerRole: 'PROCESS_OWNER' }, guetersloh, boeblingen]),
    );

    expect(wrapper.get('h1').text()).toBe('Kommunen');
    const table = wrapper.get('table');
    expect(table.get('caption').text()).toBe('Kommunen mit AGS, Bundesland und Einwohnerzahl');
    expect(table.findAll('thead th').map((th) => [th.text(), th.attributes('scope')])).toEqual([
      ['Kommune', 'col'],
      ['AGS', 'col'],
      ['Bundesland', 'col'],
      ['Einwohner', 'col'],
      ['Aktionen', 'col'],
    ]);
    // Sorted by German name: Böblingen before Esslingen.
    expect(rows(wrapper)).toEqual([
      ['Böblingen', '08115003', 'Baden-Württemberg', '51.000', ''],
      ['Esslingen am Neckar', '08116019', 'Baden-Württemberg', '95.000', 'Mitglieder'],
      ['Gütersloh', '05754008', 'Nordrhein-Westfalen', '102.000', ''],
    ]);
    expect(table.findAll('tbody th').every((th) => th.attributes('scope') === 'row')).toBe(true);
    const link = table.get('tbody a');
    expect(link.attributes('href')).toBe('/kommunen/esslingen/mitglieder');
    expect(link.attributes('aria-label')).toBe('Mitglieder von Esslingen am Neckar');

    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.text()).not.toContain('Kommune anlegen');
  });

  it('formats numbers and states in English', async () => {
    const { wrapper, i18n } = await openPage((operation) =>
      operation === 'Me'
        ? { data: { me: owner } }
        : citiesResponse([
            guetersloh,
            city({ id: 'c9', name: 'Bamberg', ags: '09461000', federalState: 'BAYERN' }),
          ]),
    );
    await loadLocaleMessages(i18n.global, 'en');
    i18n.global.locale.value = 'en';
    await flushPromises();

    expect(rows(wrapper).map((row) => row.slice(2, 4))).toEqual([
      ['Bavaria', '0'],
      ['North Rhine-Westphalia', '102,000'],
    ]);
  });

  describe('for a global admin', () => {
    it('suggests the slug from the name and the state from the AGS until set by hand', async () => {
      const { wrapper } = await openPage((operation) =>
        operation === 'Me' ? { data: { me: globalAdmin } } : citiesResponse([esslingen]),
      );
      const form = wrapper.get('section[aria-labelledby="city-create-heading"]');
      expect(form.get('h2').text()).toBe('Kommune anlegen');
      const slug = form.get('#city-create-slug');
      const state = form.get<HTMLSelectElement>('#city-create-federalState');
      expect(form.get('label[for="city-create-slug"]').text()).toBe('Adresskürzel');
      expect(state.findAll('option')).toHaveLength(17);

      await form.get('#city-create-name').setValue('Böblingen');
      expect((slug.element as HTMLInputElement).value).toBe('boeblingen');
      await form.get('#city-create-ags').setValue('08');
      expect(state.element.value).toBe('BADEN_WUERTTEMBERG');
      await form.get('#city-create-ags').setValue('05');
      expect(state.element.value).toBe('NORDRHEIN_WESTFALEN');

      await slug.setValue('bb');
      await form.get('#city-create-name').setValue('Bad Urach');
      expect((slug.element as HTMLInputElement).value).toBe('bb');
      await slug.setValue('');
      await form.get('#city-create-name').setValue('Bad Urach');
      expect((slug.element as HTMLInputElement).value).toBe('bad-urach');

      await state.setValue('HESSEN');
      await form.get('#city-create-ags').setValue('08415009');
      expect(state.element.value).toBe('HESSEN');
    });

    it('reports mistakes next to the fields without asking the server', async () => {
      const { wrapper, fetchMock } = await openPage((operation) =>
        operation === 'Me' ? { data: { me: globalAdmin } } : citiesResponse([esslingen]),
      );
      const requests = fetchMock.mock.calls.length;

      await wrapper.get('#city-create-name').setValue('Bad Urach');
      await wrapper.get('#city-create-ags').setValue('0841500');
      await wrapper.get('#city-create-federalState').setValue('BADEN_WUERTTEMBERG');
      await wrapper.get('#city-create-population').setValue('12,5');
      await wrapper.get('form').trigger('submit');
      await flushPromises();

      expect(fetchMock.mock.calls.length).toBe(requests);
      const alert = wrapper.get('[role="alert"]');
      expect(alert.text()).toBe('Bitte prüfen Sie: AGS, Einwohnerzahl.');
      expect(document.activeElement).toBe(alert.element);
      expect(wrapper.get('#city-create-ags').attributes('aria-invalid')).toBe('true');
      expect(description(wrapper, '#city-create-ags')).toBe(
        '8 Ziffern, z. B. 08116019 für Esslingen am Neckar. Geben Sie 8 Ziffern ein, beginnend mit der Kennziffer eines Bundeslandes (01 bis 16).',
      );
      expect(description(wrapper, '#city-create-population')).toContain(
        'Geben Sie die Einwohnerzahl als ganze Zahl von 0 bis 10.000.000 ein.',
      );
      expect(wrapper.get('#city-create-name').attributes('aria-invalid')).toBeUndefined();
    });

    it('says in German which listed city already has the AGS', async () => {
      const { wrapper } = await openPage((operation) => {
        if (operation === 'Me') return { data: { me: globalAdmin } };
        if (operation === 'CreateCity') {
          return {
            data: {
              createCity: {
                __typename: 'ConflictError',
                message: 'A city with this slug or AGS exists already.',
                reason: 'DUPLICATE_CITY',
              },
            },
          };
        }
        return citiesResponse([esslingen]);
      });

      await wrapper.get('#city-create-name').setValue('Esslingen II');
      await wrapper.get('#city-create-ags').setValue('08116019');
      await wrapper.get('#city-create-population').setValue('1');
      await wrapper.get('form').trigger('submit');
      await flushPromises();

      const alert = wrapper.get('[role="alert"]');
      expect(alert.text()).toBe(
        'Eine Kommune mit diesem AGS oder diesem Adresskürzel gibt es bereits.',
      );
      expect(document.activeElement).toBe(alert.element);
      expect(wrapper.get('#city-create-ags').attributes('aria-invalid')).toBe('true');
      expect(description(wrapper, '#city-create-ags')).toContain(
        'Diesen AGS hat bereits Esslingen am Neckar.',
      );
      expect(wrapper.get('#city-create-slug').attributes('aria-invalid')).toBeUndefined();
    });

    it('shows the fields the server rejected', async () => {
      const { wrapper } = await openPage((operation) => {
        if (operation === 'Me') return { data: { me: globalAdmin } };
        if (operation === 'CreateCity') {
          return {
            data: {
              createCity: {
                __typename: 'ValidationError',
                message: 'Invalid input',
                fieldErrors: [{ path: 'name', message: 'Use at least 2 characters.' }],
              },
            },
          };
        }
        return citiesResponse([esslingen]);
      });

      await wrapper.get('#city-create-name').setValue('Bad Urach');
      await wrapper.get('#city-create-ags').setValue('08415009');
      await wrapper.get('#city-create-population').setValue('12500');
      await wrapper.get('form').trigger('submit');
      await flushPromises();

      expect(wrapper.get('[role="alert"]').text()).toBe('Bitte prüfen Sie: Name.');
      expect(description(wrapper, '#city-create-name')).toBe(
        'Geben Sie einen Namen mit 2 bis 120 Zeichen ein.',
      );
    });

    it('creates the city, lists it, confirms it and continues at its row', async () => {
      let created: Record<string, unknown> | undefined;
      const badUrach = city({
        id: 'c7',
        name: 'Bad Urach',
        slug: 'bad-urach',
        ags: '08415009',
        population: 12_500,
        viewerCanManageMembers: true,
      });
      const { wrapper } = await openPage((operation, variables) => {
        if (operation === 'Me') return { data: { me: globalAdmin } };
        if (operation === 'CreateCity') {
          created = variables;
          return {
            data: {
              createCity: {
                __typename: 'MutationCreateCitySuccess',
                data: { id: 'c7', name: 'Bad Urach', slug: 'bad-urach' },
              },
            },
          };
        }
        return citiesResponse(created ? [esslingen, badUrach] : [esslingen]);
      });

      await wrapper.get('#city-create-name').setValue('Bad Urach');
      await wrapper.get('#city-create-ags').setValue('08415009');
      await wrapper.get('#city-create-population').setValue('12.500');
      await wrapper.get('form').trigger('submit');
      await flushPromises();

      expect(created).toEqual({
        name: 'Bad Urach',
        slug: 'bad-urach',
        ags: '08415009',
        federalState: 'BADEN_WUERTTEMBERG',
        population: 12_500,
      });
      expect(wrapper.find('[role="alert"]').exists()).toBe(false);
      expect(wrapper.get('[role="status"]').text()).toBe(
        'Die Kommune „Bad Urach“ wurde angelegt. Über „Mitglieder“ laden Sie ihre kommunale Administration ein.',
      );
      expect(rows(wrapper)[0]).toEqual([
        'Bad Urach',
        '08415009',
        'Baden-Württemberg',
        '12.500',
        'Mitglieder',
      ]);
      const row = wrapper.findAll('tbody tr')[0];
      expect(document.activeElement).toBe(row?.get('th').element);
      expect(row?.classes()).toContain('city-table__row--highlighted');
      // The form is empty again, for the next city.
      for (const id of ['name', 'slug', 'ags', 'federalState', 'population']) {
        expect((wrapper.get(`#city-create-${id}`).element as HTMLInputElement).value).toBe('');
      }
    });
  });
});
