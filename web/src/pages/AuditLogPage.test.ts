import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouterView } from 'vue-router';
import { useSession } from '../composables/useSession.ts';
import { mockGraphqlFetch } from '../testing/graphqlFetchMock.ts';
import { mountWithApp } from '../testing/mountWithApp.ts';

const waiblingen = { id: 'c3', name: 'Waiblingen', slug: 'waiblingen' };

const me = {
  id: 'u1',
  displayName: 'Anna Admin',
  email: 'admin@waiblingen.demo',
  isGlobalAdmin: false,
  memberships: [{ id: 'm1', role: 'CITY_ADMIN', city: waiblingen }],
};

function entry(id: string, at: string, operation: string, outcome = 'OK', actorName?: string) {
  return {
    node: {
      id,
      createdAt: at,
      actorName: actorName === undefined ? 'Anna Admin' : actorName,
      operation,
      outcome,
      targetId: operation === 'login' ? null : `TWVtYmVyc2hpcDp${id}`,
    },
  };
}

const firstPage = {
  edges: [
    entry('e3', '2026-11-21T13:05:09.000Z', 'inviteMember'),
    entry('e2', '2026-11-21T13:04:00.000Z', 'changeMemberRole', 'FORBIDDEN', 'Otto Owner'),
    entry('e1', '2026-11-21T13:00:00.000Z', 'login', 'InvalidCredentialsError', ''),
  ],
  pageInfo: { hasNextPage: true, endCursor: 'e1' },
};
const secondPage = {
  edges: [entry('e0', '2026-11-20T08:00:00.000Z', 'someFutureMutation', 'SOMETHING_NEW')],
  pageInfo: { hasNextPage: false, endCursor: 'e0' },
};

async function openPage(respond: Parameters<typeof mockGraphqlFetch>[0]) {
  const fetchMock = mockGraphqlFetch(respond);
  await useSession().refresh();
  const mounted = await mountWithApp(RouterView, '/kommunen/waiblingen/protokoll');
  await flushPromises();
  return { ...mounted, fetchMock };
}

afterEach(() => {
  vi.unstubAllGlobals();
  useSession().forget();
  document.body.innerHTML = '';
});

const text = (element: { text(): string }) => element.text().replace(/\s+/g, ' ').trim();

describe('AuditLogPage', () => {
  it('lists the entries in German with a caption and row headers, and loads more', async () => {
    const requested: unknown[] = [];
    const { wrapper } = await openPage((operation, variables) => {
      if (operation === 'Me') return { data: { me } };
      if (operation === 'AuditLogCity') return { data: { city: waiblingen } };
      if (operation === 'AuditLog') {
        requested.push(variables);
        return { data: { auditLog: variables.after ? secondPage : firstPage } };
      }
      return { data: null, errors: [{ message: `unexpected ${operation}` }] };
    });

    expect(wrapper.get('h1').text()).toBe('Protokoll: Waiblingen');
    expect(wrapper.get('caption').text()).toBe('Protokollierte Aktionen, die neueste zuerst');
    expect(wrapper.findAll('thead th').map((th) => [th.text(), th.attributes('scope')])).toEqual([
      ['Zeitpunkt', 'col'],
      ['Person', 'col'],
      ['Aktion', 'col'],
      ['Ziel-ID', 'col'],
      ['Ergebnis', 'col'],
    ]);
    // Times show in the browser's time zone: only the date and minutes are fixed here.
    const rows = () => wrapper.findAll('tbody tr').map((row) => row.findAll('th, td').map(text));
    expect(rows()).toEqual([
      [
        expect.stringMatching(/^21\.11\.2026, \d\d:05:09$/),
        'Anna Admin',
        'Mitglied eingeladen',
        'TWVtYmVyc2hpcDpe3',
        'Ausgeführt',
      ],
      [
        expect.stringMatching(/^21\.11\.2026, \d\d:04:00$/),
        'Otto Owner',
        'Rolle eines Mitglieds geändert',
        'TWVtYmVyc2hpcDpe2',
        'Abgelehnt: keine Berechtigung',
      ],
      [
        expect.stringMatching(/^21\.11\.2026, \d\d:00:00$/),
        'nicht angemeldet',
        'Anmeldung',
        'keine',
        'Abgelehnt: falsche Anmeldedaten',
      ],
    ]);
    expect(wrapper.get('tbody th').attributes('scope')).toBe('row');
    expect(wrapper.get('tbody time').attributes('datetime')).toBe('2026-11-21T13:05:09.000Z');

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Mehr laden')
      ?.trigger('click');
    await flushPromises();
    expect(requested).toEqual([
      { cityId: 'c3', first: 50, after: null },
      { cityId: 'c3', first: 50, after: 'e1' },
    ]);
    // Unknown operations and outcomes show by their API names; the new row gets the focus.
    expect(rows()[3]).toEqual([
      expect.stringMatching(/^20\.11\.2026, \d\d:00:00$/),
      'Anna Admin',
      'someFutureMutation',
      'TWVtYmVyc2hpcDpe0',
      'SOMETHING_NEW',
    ]);
    expect(document.activeElement?.id).toBe('audit-entry-e0');
    expect(wrapper.findAll('button').some((b) => b.text() === 'Mehr laden')).toBe(false);
  });

  it('says so when the viewer may not read the log', async () => {
    const { wrapper } = await openPage((operation) => {
      if (operation === 'Me') return { data: { me: { ...me, memberships: [] } } };
      if (operation === 'AuditLogCity') return { data: { city: waiblingen } };
      return {
        data: null,
        errors: [{ message: 'You are not allowed to do this.', extensions: { code: 'FORBIDDEN' } }],
      };
    });

    expect(wrapper.get('[role="alert"]').text()).toBe('Dafür fehlt Ihnen die Berechtigung.');
    expect(wrapper.find('table').exists()).toBe(false);
  });

  it('says so when the log is empty', async () => {
    const { wrapper } = await openPage((operation) => {
      if (operation === 'Me') return { data: { me } };
      if (operation === 'AuditLogCity') return { data: { city: waiblingen } };
      return {
        data: { auditLog: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } },
      };
    });

    expect(wrapper.text()).toContain('Das Protokoll enthält noch keine Einträge.');
  });
});
