import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouterView } from 'vue-router';
import { useSession } from '../composables/useSession.ts';
import { mockGraphqlFetch } from '../testing/graphqlFetchMock.ts';
import { mountWithApp } from '../testing/mountWithApp.ts';

const admin = {
  id: 'u1',
  displayName: 'Anna Admin',
  email: 'admin@esslingen.demo',
  isGlobalAdmin: false,
  memberships: [
    { id: 'm1', role: 'CITY_ADMIN', city: { id: 'c1', name: 'Esslingen am Neckar', slug: 'e' } },
  ],
};

const cities = {
  cities: {
    edges: [
      { node: { id: 'c2', name: 'Erkelenz', viewerCanManageMembers: false } },
      { node: { id: 'c1', name: 'Esslingen am Neckar', viewerCanManageMembers: true } },
      { node: { id: 'c3', name: 'Waiblingen', viewerCanManageMembers: false } },
    ],
  },
};

afterEach(() => {
  vi.unstubAllGlobals();
  useSession().forget();
  document.body.innerHTML = '';
});

async function openForm(respond: Parameters<typeof mockGraphqlFetch>[0]) {
  mockGraphqlFetch(respond);
  await useSession().refresh();
  const mounted = await mountWithApp(RouterView, '/verbuende/neu');
  await flushPromises();
  return mounted;
}

function checkboxLabels(wrapper: Awaited<ReturnType<typeof openForm>>['wrapper']) {
  return wrapper
    .findAll('fieldset input[type="checkbox"]')
    .map((box) => wrapper.get(`label[for="${box.attributes('id')}"]`).text());
}

describe('PartnershipCreatePage', () => {
  it('offers the cities the user administers as lead and the others to invite', async () => {
    const { wrapper } = await openForm((operation) =>
      operation === 'Me' ? { data: { me: admin } } : { data: cities },
    );

    expect(wrapper.get('h1').text()).toBe('Kooperationsverbund gründen');
    const lead = wrapper.get('#partnership-create-lead');
    expect(wrapper.get('label[for="partnership-create-lead"]').text()).toBe(
      'Federführende Kommune',
    );
    expect(lead.findAll('option').map((option) => option.text())).toEqual(['Esslingen am Neckar']);
    expect(wrapper.get('fieldset legend').text()).toBe('Kommunen einladen (optional)');
    expect(checkboxLabels(wrapper)).toEqual(['Erkelenz', 'Waiblingen']);
    expect(wrapper.get('button[type="submit"]').text()).toBe('Verbund gründen');
  });

  it('shows a rejected name next to the field', async () => {
    const { wrapper } = await openForm((operation) => {
      if (operation === 'Me') return { data: { me: admin } };
      if (operation === 'CreatePartnership') {
        return {
          data: {
            createPartnership: {
              __typename: 'ValidationError',
              message: 'Invalid input',
              fieldErrors: [{ path: 'name', message: 'Use at least 3 characters.' }],
            },
          },
        };
      }
      return { data: cities };
    });

    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toBe('Bitte prüfen Sie: Name.');
    expect(document.activeElement).toBe(alert.element);
    const name = wrapper.get('#partnership-create-name');
    expect(name.attributes('aria-invalid')).toBe('true');
    expect(wrapper.get(`#${name.attributes('aria-describedby')}`).text()).toBe(
      'Geben Sie einen Namen mit 3 bis 200 Zeichen ein.',
    );
  });

  it('founds the partnership with the invited cities and opens it', async () => {
    let created: Record<string, unknown> | undefined;
    const { wrapper, router } = await openForm((operation, variables) => {
      if (operation === 'Me') return { data: { me: admin } };
      if (operation === 'CreatePartnership') {
        created = variables;
        return {
          data: {
            createPartnership: {
              __typename: 'MutationCreatePartnershipSuccess',
              data: { id: 'p9', name: 'Bürgerservice digital' },
            },
          },
        };
      }
      if (operation === 'Partnership') return { data: { node: null } };
      return { data: cities };
    });

    await wrapper.get('#partnership-create-name').setValue('Bürgerservice digital');
    await wrapper.get('#partnership-create-description').setValue('Online-Dienste gemeinsam');
    await wrapper.get('#partnership-create-invite-c3').setValue(true);
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/verbuende/p9'));

    expect(created).toEqual({
      leadCityId: 'c1',
      name: 'Bürgerservice digital',
      description: 'Online-Dienste gemeinsam',
      invitedCityIds: ['c3'],
    });
  });

  it('explains that only a city administration may found one', async () => {
    const { wrapper } = await openForm((operation) =>
      operation === 'Me'
        ? { data: { me: { ...admin, memberships: [] } } }
        : {
            data: {
              cities: {
                edges: cities.cities.edges.map(({ node }) => ({
                  node: { ...node, viewerCanManageMembers: false },
                })),
              },
            },
          },
    );

    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.text()).toContain('Diese Rolle haben Sie in keiner Kommune.');
  });
});
