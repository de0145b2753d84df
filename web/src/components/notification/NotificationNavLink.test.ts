import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSession } from '../../composables/useSession.ts';
import { mockGraphqlFetch } from '../../testing/graphqlFetchMock.ts';
import { mountWithApp } from '../../testing/mountWithApp.ts';
import AppHeader from '../layout/AppHeader.vue';

const user = {
  id: 'u1',
  displayName: 'Fiona Funding',
  email: 'funding@esslingen.demo',
  isGlobalAdmin: false,
  memberships: [],
};

afterEach(() => {
  vi.unstubAllGlobals();
  useSession().forget();
  document.body.innerHTML = '';
});

describe('NotificationNavLink', () => {
  it('names the unread count and asks again on every page change', async () => {
    let unread = 3;
    const fetchMock = mockGraphqlFetch((operation) =>
      operation === 'Me'
        ? { data: { me: user } }
        : { data: { unreadNotificationCount: unread, cities: { edges: [] } } },
    );
    await useSession().refresh();
    const { wrapper, router } = await mountWithApp(AppHeader, '/');
    await flushPromises();

    const link = () => wrapper.get('a[href="/benachrichtigungen"]');
    // The accessible name: the visible number is hidden from screen readers, the words are not.
    expect(link().text().replace(/\s+/g, ' ')).toBe('Benachrichtigungen 3 (3 ungelesen)');
    expect(link().get('[aria-hidden="true"]').text()).toBe('3');
    expect(link().get('.visually-hidden').text()).toBe('(3 ungelesen)');
    expect(link().get('.visually-hidden').element.textContent).toMatch(/^\s+\(3 ungelesen\)$/);
    expect(wrapper.get('a[href="/prozesse"]').text()).toBe('Prozessmodelle');

    unread = 0;
    const before = fetchMock.mock.calls.length;
    await router.push('/kommunen');
    await flushPromises();
    expect(fetchMock.mock.calls.length).toBeGreaterThan(before);
    expect(link().text()).toBe('Benachrichtigungen');
  });
});
