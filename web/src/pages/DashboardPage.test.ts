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
                    viewerCanManage: false,
                    leadCity: esslingen,
                    members: [
                      { id: 'pm1', status: 'ACCEPTED', viewerCanRespond: false, city: esslingen },
                      { id: 'pm2', status: 'INVITED', viewerCanRespond: false, city: ludwigsburg },
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
    expect(partnerships.get('h3 a').attributes('href')).toBe('/verbuende/p1');
    expect(partnerships.findAll('button')).toHaveLength(0);
    expect(partnerships.text()).not.toContain('Kooperationsverbund gründen');
  });

  it('shows a global admin without cities the way to all cities instead of an empty list', async () => {
    mockGraphqlFetch((operation) =>
      operation === 'Partnerships'
        ? { data: { partnerships: { edges: [] } } }
        : {
            data: {
              me: {
                id: 'u0',
                displayName: 'Gerda Global',
                email: 'admin@amtsweg.demo',
                isGlobalAdmin: true,
                memberships: [],
              },
            },
          },
    );
    await useSession().refresh();

    const { wrapper } = await mountWithApp(DashboardPage, '/');
    await flushPromises();

    const cities = wrapper.get('section[aria-labelledby="dashboard-cities"]');
    expect(cities.text()).not.toContain('Sie sind noch keiner Kommune zugeordnet.');
    expect(cities.text()).toContain(
      'Als globale Administration legen Sie Kommunen an und verwalten die Mitglieder aller Kommunen.',
    );
    const link = cities.get('a');
    expect(link.text()).toBe('Alle Kommunen anzeigen');
    expect(link.attributes('href')).toBe('/kommunen');
  });

  it('lets a city admin accept an invitation; the card then shows the city as joined', async () => {
    let answered = false;
    const responses: unknown[] = [];
    const card = () => ({
      id: 'p2',
      name: 'Kooperation Ettlingen – Erkelenz – Gütersloh',
      description: '',
      viewerCanManage: false,
      leadCity: ludwigsburg,
      members: [
        { id: 'pm3', status: 'ACCEPTED', viewerCanRespond: false, city: ludwigsburg },
        answered
          ? { id: 'pm4', status: 'ACCEPTED', viewerCanRespond: false, city: esslingen }
          : { id: 'pm4', status: 'INVITED', viewerCanRespond: true, city: esslingen },
      ],
    });
    mockGraphqlFetch((operation, variables) => {
      if (operation === 'Partnerships') {
        return { data: { partnerships: { edges: [{ node: card() }] } } };
      }
      if (operation === 'RespondToPartnershipInvitation') {
        responses.push(variables);
        answered = true;
        return {
          data: {
            respondToPartnershipInvitation: {
              __typename: 'MutationRespondToPartnershipInvitationSuccess',
            },
          },
        };
      }
      return {
        data: {
          me: {
            id: 'u2',
            displayName: 'Anna Admin',
            email: 'admin@esslingen.demo',
            isGlobalAdmin: false,
            memberships: [{ id: 'm2', role: 'CITY_ADMIN', city: esslingen }],
          },
        },
      };
    });
    await useSession().refresh();

    const { wrapper } = await mountWithApp(DashboardPage, '/');
    await flushPromises();
    const partnerships = wrapper.get('section[aria-labelledby="dashboard-partnerships"]');
    expect(partnerships.get('a.button').text()).toBe('Kooperationsverbund gründen');
    expect(partnerships.text()).toContain(
      'Esslingen am Neckar ist zu diesem Kooperationsverbund eingeladen.',
    );
    const accept = partnerships.findAll('button').find((b) => b.text() === 'Einladung annehmen');
    expect(partnerships.findAll('button').map((b) => b.text())).toEqual([
      'Einladung annehmen',
      'Ablehnen',
    ]);

    await accept?.trigger('click');
    await flushPromises();

    expect(responses).toEqual([{ partnershipId: 'p2', cityId: 'c1', accept: true }]);
    expect(partnerships.text()).toMatch(/Esslingen am Neckar\s*Beigetreten/);
    expect(partnerships.findAll('button')).toHaveLength(0);
    expect(partnerships.get('[role="status"]').text()).toBe(
      'Esslingen am Neckar ist dem Kooperationsverbund „Kooperation Ettlingen – Erkelenz – Gütersloh“ beigetreten.',
    );
    expect(document.activeElement).toBe(partnerships.get('h3 a').element);
  });
});
