import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSession } from '../composables/useSession.ts';
import { mockGraphqlFetch } from '../testing/graphqlFetchMock.ts';
import { mountWithApp } from '../testing/mountWithApp.ts';
import DashboardPage from './DashboardPage.vue';

const esslingen = { id: 'c1', name: 'Esslingen am Neckar', slug: 'esslingen' };
const ludwigsburg = { id: 'c2', name: 'Ludwigsburg', slug: 'ludwigsburg' };

afterEach(() => {
  vi.unstubAllGlobals();
  useSession().forget();
  document.body.innerHTML = '';
});

describe('DashboardPage', () => {
  it('lists my cities with translated roles and my partnerships with member status', async () => {
    mockGraphqlFetch((operation) => {
      if (operation === 'Partnerships') {
        return {
          data: {
            partnerships: {
              edges: [
                {
                  node: {
                    id: 'p1',
                    name: 'Digitalisierungsverbund Neckar',
                    description: 'Gemeinsame Prozesse',
                    leadCity: esslingen,
                    members: [
                      { id: 'pm1', status: 'ACCEPTED', city: esslingen },
                      { id: 'pm2', status: 'INVITED', city: ludwigsburg },
                    ],
                  },
                },
              ],
            },
          },
        };
      }
      return {
        data: {
          me: {
            id: 'u1',
            displayName: 'Olivia Owner',
            email: 'owner@esslingen.demo',
            isGlobalAdmin: false,
            memberships: [{ id: 'm1', role: 'PROCESS_OWNER', city: esslingen }],
          },
        },
      };
    });
    await useSession().refresh();

    const { wrapper } = await mountWithApp(DashboardPage, '/');
    await flushPromises();

    const cities = wrapper.get('section[aria-labelledby="dashboard-cities"]');
    expect(cities.get('h2').text()).toBe('Meine Kommunen');
    expect(cities.text()).toContain('Esslingen am Neckar');
    expect(cities.text()).toContain('Prozessverantwortliche(r)');
    expect(cities.text()).not.toContain('Mitglieder verwalten');

    const partnerships = wrapper.get('section[aria-labelledby="dashboard-partnerships"]');
    expect(partnerships.get('h2').text()).toBe('Meine Kooperationsverbünde');
    expect(partnerships.text()).toContain('Digitalisierungsverbund Neckar');
    expect(partnerships.text()).toMatch(/Ludwigsburg\s*Eingeladen/);
    expect(partnerships.text()).toMatch(/Esslingen am Neckar\s*Beigetreten/);
  });
});
