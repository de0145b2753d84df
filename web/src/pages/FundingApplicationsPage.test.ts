import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RouterView } from 'vue-router';
import {
  APPLICATION_ID,
  esslingen,
  ludwigsburg,
  officerOf,
  waiblingen,
} from '../components/fundingApplication/fundingApplicationTesting.ts';
import { useSession } from '../composables/useSession.ts';
import { mockGraphqlFetch } from '../testing/graphqlFetchMock.ts';
import { mountWithApp } from '../testing/mountWithApp.ts';

const draft = {
  id: APPLICATION_ID,
  title: 'Digitale Gewerbeanmeldung im Verbund',
  status: 'DRAFT',
  updatedAt: '2026-11-20T15:30:00Z',
  programme: { id: 'p1', name: 'Digitale Zukunftskommune@bw', deadline: '2026-11-30' },
  leadCity: esslingen,
  partners: [
    { isLead: true, status: 'ACCEPTED', city: { id: esslingen.id } },
    { isLead: false, status: 'ACCEPTED', city: { id: ludwigsburg.id } },
    { isLead: false, status: 'INVITED', city: { id: waiblingen.id } },
    { isLead: false, status: 'DECLINED', city: { id: 'c-bb' } },
  ],
};
const approved = {
  ...draft,
  id: 'a2',
  title: 'Bürgerkonto',
  status: 'APPROVED',
  programme: { id: 'p2', name: 'Smart Cities', deadline: null },
  leadCity: ludwigsburg,
  partners: [{ isLead: true, status: 'ACCEPTED', city: { id: ludwigsburg.id } }],
};
const processOwner = {
  ...officerOf(esslingen),
  memberships: [{ id: 'm9', role: 'COORDINATOR', city: { ...esslingen, slug: 'es' } }],
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

async function openList(me: unknown, applications: unknown[]) {
  mockGraphqlFetch((operation) =>
    operation === 'Me' ? { data: { me } } : { data: { fundingApplications: applications } },
  );
  await useSession().refresh();
  const mounted = await mountWithApp(RouterView, '/foerderantraege');
  await flushPromises();
  return mounted;
}

const text = (element: { text(): string }) => element.text().replace(/\s+/g, ' ').trim();

describe('FundingApplicationsPage', () => {
  it('lists title, programme, lead, status in words, partners and deadline', async () => {
    const { wrapper } = await openList(officerOf(esslingen), [draft, approved]);
    expect(wrapper.get('h1').text()).toBe('Förderanträge');
    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual([
      'Titel',
      'Förderprogramm',
      'Federführende Kommune',
      'Status',
      'Partnerkommunen',
      'Einreichungsfrist',
    ]);
    const rows = wrapper.findAll('tbody tr').map((row) => row.findAll('th, td').map(text));
    expect(rows).toEqual([
      [
        'Digitale Gewerbeanmeldung im Verbund',
        'Digitale Zukunftskommune@bw',
        'Esslingen am Neckar',
        'Entwurf',
        '2 (1 eingeladen)',
        '30.11.2026 noch 9 Tage',
      ],
      ['Bürgerkonto', 'Smart Cities', 'Ludwigsburg', 'Bewilligt', 'keine', 'keine Frist'],
    ]);
    expect(wrapper.get('tbody th a').attributes('href')).toBe(`/foerderantraege/${APPLICATION_ID}`);
  });

  it('offers a new application to funding officers only', async () => {
    const { wrapper } = await openList(officerOf(esslingen), []);
    const link = wrapper.get('a.button');
    expect(link.text()).toBe('Neuer Förderantrag');
    expect(link.attributes('href')).toBe('/foerderantraege/neu');
    expect(wrapper.text()).toContain('Es gibt noch keine Förderanträge');
    wrapper.unmount();
    useSession().forget();

    const other = await openList(processOwner, []);
    expect(other.wrapper.find('a.button').exists()).toBe(false);
  });
});
