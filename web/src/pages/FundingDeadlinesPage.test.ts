import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSession } from '../composables/useSession.ts';
import { loadLocaleMessages } from '../i18n/index.ts';
import { mockGraphqlFetch } from '../testing/graphqlFetchMock.ts';
import { mountWithApp } from '../testing/mountWithApp.ts';
import FundingDeadlinesPage from './FundingDeadlinesPage.vue';

const user = {
  id: 'u1',
  displayName: 'Fiona Funding',
  email: 'funding@esslingen.demo',
  isGlobalAdmin: false,
  memberships: [],
};

function deadline(id: string, title: string, date: string, daysLeft: number, status = 'DRAFT') {
  return {
    deadline: date,
    daysLeft,
    application: {
      id,
      title,
      status,
      programme: { id: 'p1', name: 'Digitale Zukunftskommune@bw' },
    },
  };
}

const deadlines = [
  deadline('a/1=', 'Passierschein digital', '2026-11-18', -3),
  deadline('a2', 'Bürgerkonto', '2026-11-20', -1, 'INTERNAL_REVIEW'),
  deadline('a3', 'Hundesteuer online', '2026-11-21', 0),
  deadline('a4', 'E-Akte', '2026-11-22', 1),
  deadline('a5', 'Gewerbe digital', '2026-12-05', 14),
];

afterEach(() => {
  vi.unstubAllGlobals();
  useSession().forget();
  document.body.innerHTML = '';
});

async function openPage(options: { deadlines?: unknown[]; feedActive?: boolean } = {}) {
  const state = { active: options.feedActive ?? false };
  const fetchMock = mockGraphqlFetch((operation) => {
    switch (operation) {
      case 'Me':
        return { data: { me: user } };
      case 'FundingDeadlines':
        return { data: { fundingDeadlines: options.deadlines ?? deadlines } };
      case 'CalendarFeed':
        return { data: { calendarFeed: { active: state.active } } };
      case 'CreateCalendarFeed':
        state.active = true;
        return {
          data: { createCalendarFeed: { active: true, createdUrl: '/calendar/s3cr3t.ics' } },
        };
      case 'RevokeCalendarFeed':
        state.active = false;
        return { data: { revokeCalendarFeed: { active: false } } };
      default:
        return { data: null, errors: [{ message: `unexpected ${operation}` }] };
    }
  });
  await useSession().refresh();
  const mounted = await mountWithApp(FundingDeadlinesPage, '/');
  await flushPromises();
  return { ...mounted, fetchMock };
}

type Wrapper = Awaited<ReturnType<typeof openPage>>['wrapper'];

const text = (element: { text(): string }) => element.text().replace(/\s+/g, ' ').trim();

function rows(wrapper: Wrapper): string[][] {
  return wrapper.findAll('tbody tr').map((row) => row.findAll('th, td').map((cell) => text(cell)));
}

function button(wrapper: Wrapper, label: string) {
  const found = wrapper.findAll('button').find((b) => b.text() === label);
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

describe('FundingDeadlinesPage', () => {
  it('lists the deadlines by date and words the days left or passed', async () => {
    const { wrapper } = await openPage({ deadlines: [...deadlines].reverse() });

    expect(wrapper.get('h1').text()).toBe('Fristen');
    expect(wrapper.findAll('h2').map((h) => h.text())).toEqual([
      'Anstehende Einreichungsfristen',
      'Kalender abonnieren (iCalendar)',
    ]);
    expect(wrapper.get('caption').text()).toBe('Einreichungsfristen, die früheste zuerst');
    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual([
      'Förderantrag',
      'Förderprogramm',
      'Einreichungsfrist',
      'Verbleibende Zeit',
      'Status',
    ]);
    expect(rows(wrapper)).toEqual([
      [
        'Passierschein digital',
        'Digitale Zukunftskommune@bw',
        '18.11.2026',
        'seit 3 Tagen abgelaufen',
        'Entwurf',
      ],
      [
        'Bürgerkonto',
        'Digitale Zukunftskommune@bw',
        '20.11.2026',
        'seit 1 Tag abgelaufen',
        'Interne Prüfung',
      ],
      ['Hundesteuer online', 'Digitale Zukunftskommune@bw', '21.11.2026', 'endet heute', 'Entwurf'],
      ['E-Akte', 'Digitale Zukunftskommune@bw', '22.11.2026', 'noch 1 Tag', 'Entwurf'],
      ['Gewerbe digital', 'Digitale Zukunftskommune@bw', '05.12.2026', 'noch 14 Tage', 'Entwurf'],
    ]);
    const first = wrapper.get('tbody tr');
    expect(first.get('th[scope="row"] a').attributes('href')).toBe('/foerderantraege/a%2F1=');
    expect(first.get('time').attributes('datetime')).toBe('2026-11-18');
  });

  it('words the days in English too', async () => {
    const { wrapper, i18n } = await openPage();
    await loadLocaleMessages(i18n.global, 'en');
    i18n.global.locale.value = 'en';
    await flushPromises();
    expect(rows(wrapper).map((row) => [row[2], row[3], row[4]])).toEqual([
      ['18/11/2026', 'passed 3 days ago', 'Draft'],
      ['20/11/2026', 'passed 1 day ago', 'Internal review'],
      ['21/11/2026', 'ends today', 'Draft'],
      ['22/11/2026', '1 day left', 'Draft'],
      ['05/12/2026', '14 days left', 'Draft'],
    ]);
  });

  it('says so when no application has a deadline', async () => {
    const { wrapper } = await openPage({ deadlines: [] });
    expect(wrapper.find('table').exists()).toBe(false);
    expect(wrapper.text()).toContain(
      'Keiner Ihrer Förderanträge im Entwurf oder in der internen Prüfung hat eine Einreichungsfrist.',
    );
  });

  it('creates a calendar link, shows it once to copy, and revokes it', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { wrapper, fetchMock } = await openPage();

    expect(wrapper.text()).toContain('Für Sie ist kein Kalender-Link aktiv.');
    expect(wrapper.findAll('button').map((b) => b.text())).toEqual(['Kalender-Link erzeugen']);
    expect(wrapper.get('.calendar-feed').text()).toContain(
      'Ein neuer Link macht den bisherigen ungültig.',
    );

    await button(wrapper, 'Kalender-Link erzeugen').trigger('click');
    await flushPromises();

    const field = wrapper.get('.calendar-feed input');
    const url = `${window.location.origin}/calendar/s3cr3t.ics`;
    expect((field.element as HTMLInputElement).value).toBe(url);
    expect(field.attributes('readonly')).toBeDefined();
    expect(wrapper.get(`label[for="${field.attributes('id')}"]`).text()).toBe('Ihr Kalender-Link');
    const hint = document.getElementById(field.attributes('aria-describedby') ?? '');
    expect(hint?.textContent).toContain('Der Link ist geheim');
    expect(hint?.textContent).toContain(
      'Wenn Sie einen neuen Link erzeugen, wird dieser ungültig.',
    );
    expect(document.activeElement).toBe(field.element);
    expect(text(wrapper.get('.calendar-feed [role="status"]'))).toBe(
      'Ein neuer Kalender-Link ist erzeugt. Kopieren Sie ihn jetzt, er wird nur einmal angezeigt.',
    );
    expect(wrapper.text()).toContain('Für Sie ist ein Kalender-Link aktiv.');

    await button(wrapper, 'Link kopieren').trigger('click');
    await flushPromises();
    expect(writeText).toHaveBeenCalledWith(url);
    expect(text(wrapper.get('.calendar-feed [role="status"]'))).toBe(
      'Der Kalender-Link ist in die Zwischenablage kopiert.',
    );

    await button(wrapper, 'Kalender-Link widerrufen').trigger('click');
    await flushPromises();
    expect(wrapper.find('.calendar-feed input').exists()).toBe(false);
    expect(wrapper.text()).toContain('Für Sie ist kein Kalender-Link aktiv.');
    expect(text(wrapper.get('.calendar-feed [role="status"]'))).toBe(
      'Der Kalender-Link ist widerrufen. Abonnierte Kalender erhalten keine Fristen mehr.',
    );
    expect(document.activeElement).toBe(wrapper.get('.calendar-feed h2').element);
    const operations = fetchMock.mock.calls.map(
      ([, init]) => /(?:query|mutation)\s+(\w+)/.exec(JSON.parse(String(init?.body)).query)?.[1],
    );
    expect(operations.filter((name) => name?.endsWith('CalendarFeed'))).toEqual([
      'CalendarFeed',
      'CreateCalendarFeed',
      'RevokeCalendarFeed',
    ]);
  });

  it('offers to revoke an active link without showing it again', async () => {
    const { wrapper } = await openPage({ feedActive: true });
    expect(wrapper.text()).toContain('Für Sie ist ein Kalender-Link aktiv.');
    expect(wrapper.find('.calendar-feed input').exists()).toBe(false);
    expect(wrapper.findAll('button').map((b) => b.text())).toEqual([
      'Kalender-Link erzeugen',
      'Kalender-Link widerrufen',
    ]);
  });
});
