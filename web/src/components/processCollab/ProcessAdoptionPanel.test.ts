import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { mockGraphqlFetch } from '../../testing/graphqlFetchMock.ts';
import { cleanUpAfterEach, collabPlugins } from './collabTesting.ts';
import ProcessAdoptionPanel from './ProcessAdoptionPanel.vue';

const esslingen = { id: 'c1', name: 'Esslingen am Neckar' };
const ludwigsburg = { id: 'c2', name: 'Ludwigsburg' };
const waiblingen = { id: 'c3', name: 'Waiblingen' };

function me(memberships: { role: string; city: { id: string; name: string } }[]) {
  return {
    id: 'u1',
    isGlobalAdmin: false,
    memberships: memberships.map((membership, index) => ({ id: `ms${index}`, ...membership })),
  };
}

function model(overrides: Record<string, unknown> = {}) {
  return {
    id: 'pm1',
    licence: 'DL_DE_ZERO_2_0',
    adoptionCount: 0,
    city: esslingen,
    adoptedFrom: null,
    ...overrides,
  };
}

const element = (elementId: string, name: string | null, type = 'bpmn:UserTask') => ({
  elementId,
  name,
  type,
});

function fakeServer(options: {
  viewer: ReturnType<typeof me>;
  model: () => ReturnType<typeof model>;
  adopt?: (variables: Record<string, unknown>) => unknown;
  adoptions?: unknown[];
}) {
  const calls: { operation: string; variables: Record<string, unknown> }[] = [];
  mockGraphqlFetch((operation, variables) => {
    calls.push({ operation, variables });
    if (operation === 'ProcessAdoptionState') {
      return { data: { me: options.viewer, processModel: options.model() } };
    }
    if (operation === 'ProcessAdoptionList' && options.adoptions) {
      return { data: { processModel: { id: 'pm1', adoptions: options.adoptions } } };
    }
    if (operation === 'AdoptProcessForCity' && options.adopt) {
      return { data: { adoptProcessModel: options.adopt(variables) } };
    }
    throw new Error(`Unexpected operation ${operation}`);
  });
  return calls;
}

async function mountPanel(modelId = 'pm1') {
  const { plugins, router } = collabPlugins();
  const wrapper = mount(ProcessAdoptionPanel, {
    props: { modelId },
    attachTo: document.body,
    global: { plugins },
  });
  await flushPromises();
  return { wrapper, router };
}

cleanUpAfterEach();

describe('ProcessAdoptionPanel', () => {
  it('adopts the model for the chosen city and links to the new copy', async () => {
    let current = model({ adoptionCount: 1 });
    const calls = fakeServer({
      viewer: me([
        { role: 'PROCESS_OWNER', city: ludwigsburg },
        { role: 'COORDINATOR', city: esslingen },
        { role: 'PROCESS_OWNER', city: waiblingen },
      ]),
      model: () => current,
      adopt: () => {
        current = model({ adoptionCount: 2 });
        return {
          __typename: 'MutationAdoptProcessModelSuccess',
          data: { id: 'pm77', title: 'Gewerbeanmeldung' },
        };
      },
      adoptions: [],
    });
    const { wrapper } = await mountPanel();

    expect(wrapper.get('.adoption-count').text()).toBe('Nachgenutzt von einer Kommune.');
    const select = wrapper.get('select');
    expect(wrapper.get(`label[for="${select.attributes('id')}"]`).text()).toBe(
      'Für welche Kommune?',
    );
    // Only other cities the viewer models for: not the owning city.
    expect(select.findAll('option').map((option) => option.text())).toEqual([
      'Ludwigsburg',
      'Waiblingen',
    ]);
    await select.setValue('c3');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(calls.find((call) => call.operation === 'AdoptProcessForCity')?.variables).toEqual({
      modelId: 'pm1',
      cityId: 'c3',
    });
    const status = wrapper.get('[role="status"]');
    expect(status.text()).toContain(
      'Waiblingen nutzt das Prozessmodell jetzt nach. Die Kopie ist ein privater Entwurf.',
    );
    const link = status.get('a');
    expect(link.text()).toBe('Zur Kopie „Gewerbeanmeldung“');
    expect(link.attributes('href')).toBe('/prozesse/pm77');
    expect(document.activeElement).toBe(link.element);
    expect(wrapper.get('.adoption-count').text()).toBe('Nachgenutzt von 2 Kommunen.');
    expect(wrapper.emitted('changed')).toHaveLength(1);
  });

  it('says in German when the licence forbids adoption (LICENCE_FORBIDS_ADOPTION)', async () => {
    let current = model();
    fakeServer({
      viewer: me([{ role: 'PROCESS_OWNER', city: ludwigsburg }]),
      model: () => current,
      adopt: () => {
        // The owning city restricted the licence meanwhile.
        current = model({ licence: 'INTERNAL_USE_ONLY' });
        return {
          __typename: 'ConflictError',
          reason: 'LICENCE_FORBIDS_ADOPTION',
          message: 'The model is licensed for internal use of its city only.',
        };
      },
    });
    const { wrapper } = await mountPanel();

    // One city: nothing to choose.
    expect(wrapper.find('select').exists()).toBe(false);
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toBe(
      'Die Lizenz dieses Prozessmodells erlaubt nur die interne Nutzung durch die eigene Kommune. Es kann nicht nachgenutzt werden.',
    );
    expect(document.activeElement).toBe(alert.element);
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.text()).toContain(
      'Die Lizenz „Nur zur internen Nutzung“ erlaubt keine Nachnutzung',
    );
    expect(wrapper.emitted('changed')).toBeUndefined();
  });

  it("shows the owning city's members each copy with its divergence", async () => {
    fakeServer({
      viewer: me([{ role: 'COORDINATOR', city: esslingen }]),
      model: () => model({ adoptionCount: 2 }),
      adoptions: [
        {
          cityName: 'Ludwigsburg',
          copyModelId: 'pm2',
          adoptedVersionNumber: 3,
          copyVersionNumber: 5,
          divergence: {
            added: [element('Task_Gebuehr', 'Gebühr erheben'), element('Task_2', null)],
            removed: [element('Task_Fax', 'Per Fax senden')],
            changed: [],
            moved: [element('Gateway_1', 'Vollständig?', 'bpmn:ExclusiveGateway')],
          },
        },
        {
          cityName: 'Waiblingen',
          copyModelId: 'pm3',
          adoptedVersionNumber: 3,
          copyVersionNumber: 1,
          divergence: { added: [], removed: [], changed: [], moved: [] },
        },
      ],
    });
    const { wrapper } = await mountPanel();

    expect(wrapper.get('.adoption-count').text()).toBe('Nachgenutzt von 2 Kommunen.');
    // A coordinator of the owning city sees the copies but cannot adopt.
    expect(wrapper.find('form').exists()).toBe(false);
    const copies = wrapper.findAll('.adoption-list > li');
    expect(copies[0]?.get('h4').text()).toBe('Ludwigsburg');
    expect(copies[0]?.text()).toContain('Übernommen aus Version 3; die Kopie hat jetzt Version 5.');
    expect(copies[0]?.get('.adoption-list__summary').text()).toBe(
      '2 hinzugefügt, 1 entfernt, 0 geändert, 1 verschoben',
    );
    const details = copies[0]?.findAll('details') ?? [];
    expect(details.map((detail) => detail.get('summary').text())).toEqual([
      'Hinzugefügt (2)',
      'Entfernt (1)',
      'Verschoben (1)',
    ]);
    expect(details[0]?.findAll('li').map((item) => item.text())).toEqual([
      'Gebühr erheben (UserTask)',
      'Task_2 (UserTask)',
    ]);
    expect(copies[1]?.text()).toContain('Unverändert übernommen.');
  });

  it('does not ask other cities for the copies', async () => {
    const calls = fakeServer({
      viewer: me([{ role: 'FUNDING_OFFICER', city: ludwigsburg }]),
      model: () => model({ adoptionCount: 3 }),
    });
    const { wrapper } = await mountPanel();

    expect(wrapper.get('.adoption-count').text()).toBe('Nachgenutzt von 3 Kommunen.');
    // Not a process owner anywhere: nothing to adopt with.
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.find('.adoption-list').exists()).toBe(false);
    expect(calls.map((call) => call.operation)).toEqual(['ProcessAdoptionState']);
  });

  it('names the source of a copy and links to it', async () => {
    fakeServer({
      viewer: me([{ role: 'PROCESS_OWNER', city: ludwigsburg }]),
      model: () =>
        model({
          id: 'pm2',
          city: ludwigsburg,
          adoptedFrom: {
            cityName: 'Esslingen am Neckar',
            modelId: 'pm1',
            title: 'Gewerbeanmeldung',
            versionNumber: 3,
          },
        }),
      adoptions: [],
    });
    const { wrapper } = await mountPanel('pm2');

    const source = wrapper.get('.adoption-source');
    expect(source.text()).toContain('Nachgenutzt von Esslingen am Neckar, Version 3');
    expect(source.get('a').text()).toBe('Zum Original: Gewerbeanmeldung');
    expect(source.get('a').attributes('href')).toBe('/prozesse/pm1');
    expect(wrapper.get('.adoption-count').text()).toBe(
      'Noch von keiner anderen Kommune nachgenutzt.',
    );
    // The viewer's only city owns this copy: nothing to adopt here.
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.text()).toContain(
      'Bisher hat keine andere Kommune dieses Prozessmodell nachgenutzt.',
    );
  });
});
