import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouterView } from 'vue-router';
import { useSession } from '../composables/useSession.ts';
import { mockGraphqlFetch } from '../testing/graphqlFetchMock.ts';
import { mountWithApp } from '../testing/mountWithApp.ts';

const esslingen = { id: 'c1', name: 'Esslingen am Neckar', slug: 'esslingen' };
const erkelenz = { id: 'c2', name: 'Erkelenz', slug: 'erkelenz' };
const waiblingen = { id: 'c3', name: 'Waiblingen', slug: 'waiblingen' };

function user(role: string, city = esslingen) {
  return {
    id: 'u1',
    displayName: 'Anna Admin',
    email: 'admin@esslingen.demo',
    isGlobalAdmin: false,
    memberships: [{ id: 'm1', role, city }],
  };
}

function partnership(overrides: { viewerCanManage: boolean; name?: string; version?: number }) {
  const viewerAdministers = (cityId: string) => overrides.viewerCanManage && cityId === 'c1';
  return {
    __typename: 'Partnership',
    id: 'p1',
    name: overrides.name ?? 'Bürgerservice digital',
    description: 'Gemeinsame Online-Dienste',
    version: overrides.version ?? 1,
    viewerCanManage: overrides.viewerCanManage,
    leadCity: { id: esslingen.id, name: esslingen.name },
    members: [
      {
        id: 'pm2',
        status: 'INVITED',
        viewerCanRespond: false,
        city: { id: erkelenz.id, name: erkelenz.name, viewerCanManageMembers: false },
      },
      {
        id: 'pm1',
        status: 'ACCEPTED',
        viewerCanRespond: false,
        city: {
          id: esslingen.id,
          name: esslingen.name,
          viewerCanManageMembers: viewerAdministers(esslingen.id),
        },
      },
    ],
  };
}

const cities = {
  cities: {
    edges: [erkelenz, esslingen, waiblingen].map((city) => ({
      node: { id: city.id, name: city.name, viewerCanManageMembers: city === esslingen },
    })),
  },
};

async function openPage(respond: Parameters<typeof mockGraphqlFetch>[0]) {
  mockGraphqlFetch(respond);
  await useSession().refresh();
  const mounted = await mountWithApp(RouterView, '/verbuende/p1');
  await flushPromises();
  return mounted;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  useSession().forget();
  document.body.innerHTML = '';
});

describe('PartnershipPage', () => {
  it('shows name, Federführung and member status, and the lead city may manage', async () => {
    const { wrapper } = await openPage((operation) => {
      if (operation === 'Me') return { data: { me: user('CITY_ADMIN') } };
      if (operation === 'PartnershipCities') return { data: cities };
      return { data: { node: partnership({ viewerCanManage: true }) } };
    });

    expect(wrapper.get('h1').text()).toBe('Bürgerservice digital');
    expect(wrapper.get('dl').text()).toMatch(/Federführung\s*Esslingen am Neckar/);
    const rows = wrapper.findAll('tbody tr').map((row) => row.text());
    expect(rows[0]).toMatch(/^Erkelenz\s*Eingeladen\s*Einladung zurückziehen$/);
    expect(rows[1]).toMatch(/^Esslingen am Neckar\s*\(federführend\)\s*Beigetreten$/);
    expect(wrapper.text()).toContain('kann ihn nicht verlassen');

    // Only cities not yet in it can be invited.
    const invite = wrapper.get('select#partnership-invite-city');
    expect(wrapper.get('label[for="partnership-invite-city"]').text()).toBe('Kommune');
    expect(invite.findAll('option').map((option) => option.text())).toEqual(['Waiblingen']);
    expect(wrapper.get('label[for="partnership-edit-name"]').text()).toBe('Name');
  });

  it('shows no management controls to someone who may not manage', async () => {
    const { wrapper } = await openPage((operation) => {
      if (operation === 'Me') return { data: { me: user('PROCESS_OWNER') } };
      return { data: { node: partnership({ viewerCanManage: false }) } };
    });

    expect(wrapper.get('h1').text()).toBe('Bürgerservice digital');
    expect(wrapper.findAll('button')).toHaveLength(0);
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.text()).toContain('verwaltet die kommunale Administration');
  });

  it('on a version conflict keeps the draft, says so in German and offers to reload', async () => {
    let serverName = 'Bürgerservice digital';
    let serverVersion = 1;
    const { wrapper } = await openPage((operation, variables) => {
      if (operation === 'Me') return { data: { me: user('CITY_ADMIN') } };
      if (operation === 'PartnershipCities') return { data: cities };
      if (operation === 'UpdatePartnership') {
        expect(variables).toMatchObject({ version: 1, name: 'Mein Entwurf' });
        return {
          data: {
            updatePartnership: {
              __typename: 'VersionConflictError',
              message: 'Partnership was changed by someone else meanwhile (now version 2).',
            },
          },
        };
      }
      return {
        data: {
          node: partnership({ viewerCanManage: true, name: serverName, version: serverVersion }),
        },
      };
    });
    // Meanwhile someone else renamed it.
    serverName = 'Bürgerservice digital 2026';
    serverVersion = 2;

    await wrapper.get('#partnership-edit-name').setValue('Mein Entwurf');
    await wrapper.get('form:has(#partnership-edit-name)').trigger('submit');
    await flushPromises();

    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain(
      'Jemand anderes hat diesen Kooperationsverbund inzwischen geändert.',
    );
    expect(document.activeElement).toBe(alert.element);
    expect((wrapper.get('#partnership-edit-name').element as HTMLInputElement).value).toBe(
      'Mein Entwurf',
    );
    expect(wrapper.get('h1').text()).toBe('Bürgerservice digital 2026');

    await alert.get('button').trigger('click');
    await flushPromises();

    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(wrapper.get('[role="status"]').text()).toBe('Die aktuelle Fassung wurde geladen.');
    const nameField = wrapper.get('#partnership-edit-name').element as HTMLInputElement;
    expect(nameField.value).toBe('Bürgerservice digital 2026');
    expect(document.activeElement).toBe(nameField);
  });

  it('shows the rejected field next to it', async () => {
    const { wrapper } = await openPage((operation) => {
      if (operation === 'Me') return { data: { me: user('CITY_ADMIN') } };
      if (operation === 'PartnershipCities') return { data: cities };
      if (operation === 'UpdatePartnership') {
        return {
          data: {
            updatePartnership: {
              __typename: 'ValidationError',
              message: 'Invalid input',
              fieldErrors: [{ path: 'name', message: 'Use at least 3 characters.' }],
            },
          },
        };
      }
      return { data: { node: partnership({ viewerCanManage: true }) } };
    });

    await wrapper.get('#partnership-edit-name').setValue('X');
    await wrapper.get('form:has(#partnership-edit-name)').trigger('submit');
    await flushPromises();

    expect(wrapper.get('[role="alert"]').text()).toBe('Bitte prüfen Sie: Name.');
    const name = wrapper.get('#partnership-edit-name');
    expect(name.attributes('aria-invalid')).toBe('true');
    expect(wrapper.get(`#${name.attributes('aria-describedby')}`).text()).toBe(
      'Geben Sie einen Namen mit 3 bis 200 Zeichen ein.',
    );
  });

  it('lets a partner city leave after confirming and says so on the dashboard', async () => {
    const partnerView = {
      ...partnership({ viewerCanManage: false }),
      leadCity: { id: erkelenz.id, name: erkelenz.name },
      members: [
        {
          id: 'pm1',
          status: 'ACCEPTED',
          viewerCanRespond: false,
          city: { id: esslingen.id, name: esslingen.name, viewerCanManageMembers: true },
        },
      ],
    };
    const removed: unknown[] = [];
    const { wrapper, router } = await openPage((operation, variables) => {
      if (operation === 'Me') return { data: { me: user('CITY_ADMIN') } };
      if (operation === 'Partnerships') return { data: { partnerships: { edges: [] } } };
      if (operation === 'RemoveCityFromPartnership') {
        removed.push(variables);
        return {
          data: {
            removeCityFromPartnership: { __typename: 'MutationRemoveCityFromPartnershipSuccess' },
          },
        };
      }
      return { data: { node: partnerView } };
    });
    const confirm = vi
      .spyOn(window, 'confirm')
      .mockReturnValueOnce(false)
      .mockReturnValueOnce(true);
    const leave = wrapper.get('button[aria-label="Verbund verlassen: Esslingen am Neckar"]');
    expect(leave.text()).toBe('Verbund verlassen');

    await leave.trigger('click');
    expect(removed).toEqual([]);

    await leave.trigger('click');
    await flushPromises();
    expect(confirm).toHaveBeenLastCalledWith(
      'Möchten Sie mit Esslingen am Neckar den Kooperationsverbund „Bürgerservice digital“ wirklich verlassen?',
    );
    expect(removed).toEqual([{ partnershipId: 'p1', cityId: 'c1' }]);
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('dashboard'));
    await flushPromises();
    expect(wrapper.get('[role="status"]').text()).toBe(
      'Esslingen am Neckar hat den Kooperationsverbund „Bürgerservice digital“ verlassen.',
    );
  });
});
