import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RouterView } from 'vue-router';
import { useSession } from '../composables/useSession.ts';
import { mockGraphqlFetch } from '../testing/graphqlFetchMock.ts';
import { mountWithApp } from '../testing/mountWithApp.ts';

const officer = {
  id: 'u1',
  displayName: 'Fritz Förder',
  email: 'funding@esslingen.demo',
  isGlobalAdmin: false,
  memberships: [
    {
      id: 'm1',
      role: 'FUNDING_OFFICER',
      city: { id: 'c1', name: 'Esslingen am Neckar', slug: 'e' },
    },
  ],
};
const owner = {
  ...officer,
  memberships: [
    { id: 'm2', role: 'PROCESS_OWNER', city: { id: 'c2', name: 'Ludwigsburg', slug: 'l' } },
  ],
};

const programme = {
  id: 'f1',
  name: 'Digitale Zukunftskommune@bw',
  funder: 'Land Baden-Württemberg',
  callUrl: 'https://example.org/aufruf',
  rateBasisPoints: 8000,
  capPerMunicipality: '4000000',
  capPerApplication: '999999999999999',
  minOwnShareBasisPoints: 2000,
  eligibleCategories: ['PERSONNEL', 'HARDWARE_SOFTWARE'],
  deadline: '2026-11-30',
  requiredDocuments: ['Projektskizze', 'Finanzierungsplan'],
  notes: 'Interkommunale Vorhaben bevorzugt.',
};
const expired = {
  ...programme,
  id: 'f2',
  name: 'Smart Cities',
  callUrl: null,
  capPerMunicipality: null,
  capPerApplication: null,
  minOwnShareBasisPoints: null,
  deadline: '2026-11-01',
  requiredDocuments: [],
  notes: '',
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 21, 10, 0));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  useSession().forget();
  document.body.innerHTML = '';
});

async function openList(me: typeof officer, programmes: unknown[]) {
  mockGraphqlFetch((operation) =>
    operation === 'Me' ? { data: { me } } : { data: { fundingProgrammes: programmes } },
  );
  await useSession().refresh();
  const mounted = await mountWithApp(RouterView, '/foerderprogramme');
  await flushPromises();
  return mounted;
}

const text = (element: { text(): string }) => element.text().replace(/\s+/g, ' ');

type Found = Awaited<ReturnType<typeof openList>>['wrapper'];
type Article = ReturnType<Found['get']>;

/** The facts of a programme card, label → value. */
function facts(article: Article): Record<string, string> {
  return Object.fromEntries(
    article.findAll('dl > div').map((row) => {
      const items = row.findAll('dd li').map((item) => item.text());
      return [row.get('dt').text(), items.length > 0 ? items.join(', ') : text(row.get('dd'))];
    }),
  );
}

describe('FundingProgrammesPage', () => {
  it('shows rate, caps, categories and the days left of each programme', async () => {
    const { wrapper } = await openList(officer, [programme, expired]);

    expect(wrapper.get('h1').text()).toBe('Förderprogramme');
    const first = wrapper.get('li:nth-child(1) > article');
    const second = wrapper.get('li:nth-child(2) > article');
    expect(first.get('h3').text()).toBe('Digitale Zukunftskommune@bw');
    expect(facts(first)).toEqual({
      Fördergeber: 'Land Baden-Württemberg',
      Förderquote: '80 %',
      'Förderhöchstbetrag je Kommune': '40.000,00 €',
      'Förderhöchstbetrag je Antrag': '9.999.999.999.999,99 €',
      'Mindest-Eigenanteil': '20 %',
      Einreichungsfrist: '30.11.2026 noch 9 Tage',
      'Förderfähige Kostenarten': 'Personal, Hard- und Software',
      'Erforderliche Unterlagen': 'Projektskizze, Finanzierungsplan',
      Hinweise: 'Interkommunale Vorhaben bevorzugt.',
    });
    const call = first.get('a');
    expect(call.attributes('href')).toBe('https://example.org/aufruf');
    expect(call.attributes('rel')).toBe('noopener');
    expect(call.attributes('target')).toBeUndefined();

    expect(facts(second)).toMatchObject({
      Einreichungsfrist: '01.11.2026 Frist abgelaufen',
      'Förderhöchstbetrag je Kommune': 'keine Angabe',
      'Mindest-Eigenanteil': 'keine Angabe',
    });
    expect(second.find('a').exists()).toBe(false);
  });

  it('offers the form to funding officers only', async () => {
    const { wrapper } = await openList(officer, [programme]);
    expect(wrapper.get('a.button').text()).toBe('Förderprogramm erfassen');
    wrapper.unmount();
    useSession().forget();

    const other = await openList(owner, [programme]);
    expect(other.wrapper.find('a.button').exists()).toBe(false);
  });

  it('says so when there are no programmes yet', async () => {
    const { wrapper } = await openList(owner, []);
    expect(wrapper.text()).toContain('Es sind noch keine Förderprogramme erfasst.');
  });
});
