import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouterView } from 'vue-router';
import { useSession } from '../composables/useSession.ts';
import { loadLocaleMessages } from '../i18n/index.ts';
import { mockGraphqlFetch } from '../testing/graphqlFetchMock.ts';
import { mountWithApp } from '../testing/mountWithApp.ts';

const user = {
  id: 'u1',
  displayName: 'Fiona Funding',
  email: 'funding@esslingen.demo',
  isGlobalAdmin: false,
  memberships: [],
};

function notification(id: string, kind: string, read: boolean, modelId: string | null = 'pm1') {
  return {
    id,
    kind,
    actorName: 'Olivia Owner',
    modelId,
    modelTitle: 'Gewerbeanmeldung',
    applicationId: null,
    applicationTitle: '',
    daysBefore: null,
    applicationStatus: null,
    projectId: null,
    projectTitle: '',
    createdAt: '2026-11-21T13:05:00.000Z',
    read,
  };
}

function fundingNotification(id: string, kind: string, details: Record<string, unknown> = {}) {
  return {
    ...notification(id, kind, true, null),
    actorName: 'Fiona Funding',
    modelTitle: '',
    applicationId: 'app/1=',
    applicationTitle: 'Digitales Bürgerbüro',
    ...details,
  };
}

function projectNotification(id: string, kind: string, projectId: string | null = 'pr/1=') {
  return {
    ...notification(id, kind, true, null),
    actorName: 'Carla Coordinator',
    modelTitle: '',
    projectId,
    projectTitle: 'E-Akte Bauamt',
  };
}

const notifications = [
  notification('n1', 'MENTION', false),
  notification('n2', 'REVIEW_REQUESTED', false),
  notification('n3', 'REVIEW_SUBMITTED', true),
  notification('n4', 'COMMENT_REPLY', true, null),
  fundingNotification('n5', 'FUNDING_INVITATION'),
  fundingNotification('n6', 'FUNDING_DEADLINE', { actorName: '', daysBefore: 7 }),
  fundingNotification('n7', 'FUNDING_DEADLINE', { actorName: '', daysBefore: 1 }),
  fundingNotification('n8', 'FUNDING_STATUS_CHANGED', { applicationStatus: 'SUBMITTED' }),
  fundingNotification('n9', 'FUNDING_INVITATION', { applicationId: null }),
  projectNotification('n10', 'PROJECT_TASK_ASSIGNED'),
  projectNotification('n11', 'PROJECT_STATUS_CHANGED'),
  projectNotification('n12', 'PROJECT_COMMENT', null),
];

afterEach(() => {
  vi.unstubAllGlobals();
  useSession().forget();
  document.body.innerHTML = '';
});

async function openPage() {
  const state = { items: notifications.map((n) => ({ ...n })) };
  const fetchMock = mockGraphqlFetch((operation, variables) => {
    if (operation === 'Me') return { data: { me: user } };
    if (operation === 'NotificationUnreadCount') {
      return { data: { unreadNotificationCount: state.items.filter((n) => !n.read).length } };
    }
    if (operation === 'NotificationsMarkRead') {
      const ids = variables.ids as string[] | null;
      const marked = state.items.filter((n) => !n.read && (!ids || ids.includes(n.id)));
      for (const n of marked) n.read = true;
      return { data: { markNotificationsRead: marked.length } };
    }
    return {
      data: {
        notifications: {
          edges: state.items.map((node) => ({ node: { ...node } })),
          pageInfo: { hasNextPage: false, endCursor: null },
        },
      },
    };
  });
  await useSession().refresh();
  const mounted = await mountWithApp(RouterView, '/benachrichtigungen');
  await flushPromises();
  return { ...mounted, fetchMock };
}

type Wrapper = Awaited<ReturnType<typeof openPage>>['wrapper'];

function items(wrapper: Wrapper) {
  return wrapper.findAll('.notification-list > li');
}

describe('NotificationsPage', () => {
  it('words each kind of notification in German, newest first, unread ones marked', async () => {
    const { wrapper } = await openPage();

    expect(wrapper.get('h1').text()).toBe('Benachrichtigungen');
    expect(items(wrapper).map((item) => item.get('p').text().replace(/\s+/g, ' '))).toEqual([
      'Ungelesen: Olivia Owner hat Sie in „Gewerbeanmeldung“ erwähnt.',
      'Ungelesen: Olivia Owner bittet Sie um Prüfung von „Gewerbeanmeldung“.',
      'Olivia Owner hat „Gewerbeanmeldung“ geprüft.',
      'Olivia Owner hat auf Ihren Kommentar zu „Gewerbeanmeldung“ geantwortet. Das Prozessmodell ist für Sie nicht mehr sichtbar.',
      'Fiona Funding lädt Ihre Kommune zum Förderantrag „Digitales Bürgerbüro“ ein.',
      'Die Einreichungsfrist für „Digitales Bürgerbüro“ endet in 7 Tagen.',
      'Die Einreichungsfrist für „Digitales Bürgerbüro“ endet morgen.',
      'Fiona Funding hat „Digitales Bürgerbüro“ auf „Eingereicht“ gesetzt.',
      'Fiona Funding lädt Ihre Kommune zum Förderantrag „Digitales Bürgerbüro“ ein. Der Förderantrag ist für Sie nicht mehr sichtbar.',
      'Carla Coordinator hat Ihnen eine Aufgabe im Projekt „E-Akte Bauamt“ zugewiesen.',
      'Carla Coordinator hat den Status des Projekts „E-Akte Bauamt“ geändert.',
      'Carla Coordinator hat das Projekt „E-Akte Bauamt“ kommentiert. Das Projekt ist für Sie nicht mehr sichtbar.',
    ]);
    const first = items(wrapper)[0];
    expect(first?.classes()).toContain('notification-list__item--unread');
    expect(first?.get('a').attributes('href')).toBe('/prozesse/pm1');
    expect(first?.get('time').attributes('datetime')).toBe('2026-11-21T13:05:00.000Z');
    expect(first?.get('time').text()).toMatch(/^21\.11\.2026, \d{2}:05$/);
    expect(items(wrapper)[3]?.find('a').exists()).toBe(false);
    for (const index of [4, 5, 6, 7]) {
      expect(items(wrapper)[index]?.get('a').attributes('href')).toBe('/foerderantraege/app%2F1=');
    }
    expect(items(wrapper)[8]?.find('a').exists()).toBe(false);
    for (const index of [9, 10]) {
      expect(items(wrapper)[index]?.get('a').attributes('href')).toBe('/projekte/pr%2F1=');
    }
    expect(items(wrapper)[11]?.find('a').exists()).toBe(false);
    expect(wrapper.text()).toContain('Sie haben 2 ungelesene Benachrichtigungen.');
  });

  it('marks one notification read and keeps focus on it', async () => {
    const { wrapper, fetchMock } = await openPage();
    const button = items(wrapper)[0]?.get('button');
    expect(button?.text()).toBe('Als gelesen markieren');
    expect(button?.attributes('aria-describedby')).toBe('notification-n1-text');
    await button?.trigger('click');
    await flushPromises();

    const body = JSON.parse(String(fetchMock.mock.calls.at(-2)?.[1]?.body));
    expect(body.variables).toEqual({ ids: ['n1'] });
    expect(wrapper.get('[role="status"]').text()).toBe(
      'Die Benachrichtigung ist als gelesen markiert.',
    );
    expect(items(wrapper)[0]?.text()).not.toContain('Ungelesen');
    expect(document.activeElement?.id).toBe('notification-n1');
    expect(wrapper.text()).toContain('Sie haben eine ungelesene Benachrichtigung.');
  });

  it('marks all read', async () => {
    const { wrapper, fetchMock } = await openPage();
    const markAll = wrapper
      .findAll('button')
      .find((b) => b.text() === 'Alle als gelesen markieren');
    await markAll?.trigger('click');
    await flushPromises();

    const body = JSON.parse(String(fetchMock.mock.calls.at(-2)?.[1]?.body));
    expect(body.variables).toEqual({ ids: null });
    expect(wrapper.get('[role="status"]').text()).toBe(
      'Alle Benachrichtigungen sind als gelesen markiert.',
    );
    expect(wrapper.text()).not.toContain('Ungelesen');
    expect(wrapper.findAll('button')).toHaveLength(0);
    expect(document.activeElement).toBe(wrapper.get('h1').element);
  });

  it('formats dates in English', async () => {
    const { wrapper, i18n } = await openPage();
    await loadLocaleMessages(i18n.global, 'en');
    i18n.global.locale.value = 'en';
    await flushPromises();
    expect(items(wrapper)[0]?.get('time').text()).toMatch(/^21 Nov 2026, \d{2}:05$/);
    expect(items(wrapper)[0]?.get('a').text()).toBe(
      'Olivia Owner mentioned you in “Gewerbeanmeldung”.',
    );
    expect(
      items(wrapper)
        .slice(4, 8)
        .map((item) => item.get('a').text()),
    ).toEqual([
      'Fiona Funding invites your municipality to the funding application “Digitales Bürgerbüro”.',
      'The submission deadline for “Digitales Bürgerbüro” is in 7 days.',
      'The submission deadline for “Digitales Bürgerbüro” is tomorrow.',
      'Fiona Funding has set “Digitales Bürgerbüro” to “Submitted”.',
    ]);
  });
});
