import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { mockGraphqlFetch } from '../../testing/graphqlFetchMock.ts';
import { cleanUpAfterEach, collabPlugins } from './collabTesting.ts';
import ProcessMetadataForm from './ProcessMetadataForm.vue';

const esslingen = { id: 'c1', name: 'Esslingen am Neckar' };

function metadata(overrides: Record<string, unknown> = {}) {
  return {
    id: 'pm1',
    viewerCanEdit: true,
    metaVersion: 1,
    title: 'Gewerbeanmeldung',
    description: 'Anmeldung eines Gewerbes',
    serviceKey: '99050012104000',
    tags: ['Gewerbe', 'Anmeldung'],
    contactName: 'Olivia Owner',
    contactEmail: 'owner@esslingen.demo',
    licence: 'DL_DE_BY_2_0',
    visibility: 'PARTNERS',
    sharedWith: ['p1'],
    city: esslingen,
    ...overrides,
  };
}

const partnerships = {
  partnerships: {
    edges: [
      {
        node: {
          id: 'p1',
          name: 'Neckar-Verbund',
          members: [{ id: 'pm-1', status: 'ACCEPTED', city: { id: 'c1' } }],
        },
      },
      {
        node: {
          id: 'p2',
          name: 'Bürgerservice digital',
          members: [{ id: 'pm-2', status: 'ACCEPTED', city: { id: 'c1' } }],
        },
      },
      {
        // Only invited: the city may not share with it yet.
        node: {
          id: 'p3',
          name: 'Rems-Murr-Runde',
          members: [{ id: 'pm-3', status: 'INVITED', city: { id: 'c1' } }],
        },
      },
    ],
  },
};

function fakeServer(options: {
  model: () => ReturnType<typeof metadata>;
  update?: (variables: Record<string, unknown>) => unknown;
}) {
  const calls: { operation: string; variables: Record<string, unknown> }[] = [];
  mockGraphqlFetch((operation, variables) => {
    calls.push({ operation, variables });
    if (operation === 'ProcessMetadataDraft') return { data: { processModel: options.model() } };
    if (operation === 'ProcessSharePartnerships') return { data: partnerships };
    if (operation === 'UpdateProcessMetadata' && options.update) {
      return { data: { updateProcessModel: options.update(variables) } };
    }
    throw new Error(`Unexpected operation ${operation}`);
  });
  return calls;
}

async function mountForm() {
  const { plugins } = collabPlugins();
  const wrapper = mount(ProcessMetadataForm, {
    props: { modelId: 'pm1' },
    attachTo: document.body,
    global: { plugins },
  });
  await flushPromises();
  return wrapper;
}

function field(wrapper: Awaited<ReturnType<typeof mountForm>>, label: string) {
  const labelElement = wrapper.findAll('label').find((candidate) => candidate.text() === label);
  const id = labelElement?.attributes('for');
  if (!id) throw new Error(`No field labelled "${label}"`);
  return wrapper.get(`[id="${id}"]`);
}

cleanUpAfterEach();

describe('ProcessMetadataForm', () => {
  it('shows the labelled metadata, and only partnerships the city has joined', async () => {
    fakeServer({ model: () => metadata() });
    const wrapper = await mountForm();

    expect((field(wrapper, 'Titel').element as HTMLInputElement).value).toBe('Gewerbeanmeldung');
    expect(
      (field(wrapper, 'Leistungsschlüssel (LeiKa/FIM)').element as HTMLInputElement).value,
    ).toBe('99050012104000');
    expect((field(wrapper, 'Schlagwörter').element as HTMLInputElement).value).toBe(
      'Gewerbe, Anmeldung',
    );
    const licence = field(wrapper, 'Lizenz').element as HTMLSelectElement;
    expect(licence.selectedOptions[0]?.text).toBe(
      'Datenlizenz Deutschland – Namensnennung – Version 2.0',
    );
    expect(
      (field(wrapper, 'Ausgewählte Kooperationsverbünde').element as HTMLInputElement).checked,
    ).toBe(true);
    const partnershipBoxes = wrapper
      .findAll('fieldset')
      .find((set) => set.get('legend').text() === 'Kooperationsverbünde');
    expect(partnershipBoxes?.findAll('label').map((label) => label.text())).toEqual([
      'Bürgerservice digital',
      'Neckar-Verbund',
    ]);
    expect((field(wrapper, 'Neckar-Verbund').element as HTMLInputElement).checked).toBe(true);
  });

  it('on a version conflict keeps the input, says so in German and offers to load the current version', async () => {
    let current = metadata();
    const calls = fakeServer({
      model: () => current,
      update: () => ({
        __typename: 'VersionConflictError',
        message: 'ProcessModel was changed by someone else meanwhile (now version 2).',
      }),
    });
    const wrapper = await mountForm();
    // Meanwhile someone else renamed it and added a tag.
    current = metadata({ metaVersion: 2, title: 'Gewerbeanmeldung (neu)', tags: ['Gewerbe'] });

    await field(wrapper, 'Titel').setValue('Mein Titel');
    await field(wrapper, 'Beschreibung').setValue('Meine Beschreibung');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(calls.find((call) => call.operation === 'UpdateProcessMetadata')?.variables).toEqual({
      modelId: 'pm1',
      metaVersion: 1,
      title: 'Mein Titel',
      description: 'Meine Beschreibung',
      serviceKey: '99050012104000',
      tags: ['Gewerbe', 'Anmeldung'],
      contactName: 'Olivia Owner',
      contactEmail: 'owner@esslingen.demo',
      licence: 'DL_DE_BY_2_0',
      visibility: 'PARTNERS',
      sharedWithPartnershipIds: ['p1'],
    });
    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain(
      'Jemand anderes hat die Angaben zu diesem Prozessmodell inzwischen geändert.',
    );
    expect(alert.text()).toContain('Inzwischen geändert: Titel, Schlagwörter.');
    expect(document.activeElement).toBe(alert.element);
    expect((field(wrapper, 'Titel').element as HTMLInputElement).value).toBe('Mein Titel');
    expect((field(wrapper, 'Beschreibung').element as HTMLTextAreaElement).value).toBe(
      'Meine Beschreibung',
    );

    await alert.get('button').trigger('click');
    await flushPromises();

    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(wrapper.get('[role="status"]').text()).toBe('Die aktuelle Fassung wurde geladen.');
    const title = field(wrapper, 'Titel').element as HTMLInputElement;
    expect(title.value).toBe('Gewerbeanmeldung (neu)');
    expect(document.activeElement).toBe(title);
    expect(wrapper.emitted('changed')).toBeUndefined();
  });

  it('saves with the current metaVersion once reloaded, and reports success', async () => {
    let current = metadata({ visibility: 'PRIVATE', sharedWith: [] });
    const calls = fakeServer({
      model: () => current,
      update: (variables) => {
        current = metadata({ metaVersion: 2, visibility: 'PUBLIC', sharedWith: [] });
        return {
          __typename: 'MutationUpdateProcessModelSuccess',
          data: { id: 'pm1', ...variables },
        };
      },
    });
    const wrapper = await mountForm();

    await field(wrapper, 'Alle Kommunen').setValue(true);
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(
      calls.find((call) => call.operation === 'UpdateProcessMetadata')?.variables,
    ).toMatchObject({ metaVersion: 1, visibility: 'PUBLIC', sharedWithPartnershipIds: [] });
    expect(wrapper.get('[role="status"]').text()).toBe('Die Angaben wurden gespeichert.');
    expect(wrapper.emitted('changed')).toHaveLength(1);
  });

  it('checks the Leistungsschlüssel and the partnerships before sending', async () => {
    const calls = fakeServer({ model: () => metadata() });
    const wrapper = await mountForm();

    await field(wrapper, 'Leistungsschlüssel (LeiKa/FIM)').setValue('12345');
    await field(wrapper, 'Neckar-Verbund').setValue(false);
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Bitte prüfen Sie: Leistungsschlüssel, Kooperationsverbünde.',
    );
    const serviceKey = field(wrapper, 'Leistungsschlüssel (LeiKa/FIM)');
    expect(serviceKey.attributes('aria-invalid')).toBe('true');
    const describedBy = serviceKey.attributes('aria-describedby')?.split(' ') ?? [];
    expect(wrapper.get(`[id="${describedBy[1]}"]`).text()).toBe(
      'Ein Leistungsschlüssel hat genau 14 Ziffern, z. B. 99050012104000.',
    );
    expect(wrapper.text()).toContain(
      'Wählen Sie mindestens einen Kooperationsverbund, dem Ihre Kommune angehört.',
    );
    expect(calls.map((call) => call.operation)).not.toContain('UpdateProcessMetadata');
  });

  it('shows a read-only summary to viewers who may not edit', async () => {
    fakeServer({ model: () => metadata({ viewerCanEdit: false }) });
    const wrapper = await mountForm();

    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.text()).toContain(
      'Die Angaben pflegen die Prozessverantwortlichen von Esslingen am Neckar.',
    );
    const facts = wrapper.get('dl').text();
    expect(facts).toMatch(/Leistungsschlüssel \(LeiKa\/FIM\)\s*99050012104000/);
    expect(facts).toMatch(/Sichtbarkeit\s*Ausgewählte Kooperationsverbünde \(Neckar-Verbund\)/);
  });
});
