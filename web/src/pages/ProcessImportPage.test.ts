import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouterView } from 'vue-router';
import { useSession } from '../composables/useSession.ts';
import { mockGraphqlFetch } from '../testing/graphqlFetchMock.ts';
import { mountWithApp } from '../testing/mountWithApp.ts';

const owner = {
  id: 'u1',
  displayName: 'Olivia Owner',
  email: 'owner@esslingen.demo',
  isGlobalAdmin: false,
  memberships: [
    { id: 'm1', role: 'PROCESS_OWNER', city: { id: 'c1', name: 'Esslingen am Neckar', slug: 'e' } },
    { id: 'm2', role: 'COORDINATOR', city: { id: 'c2', name: 'Ludwigsburg', slug: 'l' } },
  ],
};

const partnerships = {
  partnerships: {
    edges: [
      {
        node: {
          id: 'p1',
          name: 'Digitalisierungsverbund Neckar',
          members: [
            { id: 'pm1', status: 'ACCEPTED', city: { id: 'c1' } },
            { id: 'pm2', status: 'ACCEPTED', city: { id: 'c2' } },
          ],
        },
      },
      {
        node: {
          id: 'p2',
          name: 'Bürgerservice Esslingen – Erkelenz',
          members: [{ id: 'pm3', status: 'INVITED', city: { id: 'c1' } }],
        },
      },
    ],
  },
};

const BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D">
  <bpmn:process id="P" name="Hundesteuer-Anmeldung"/>
</bpmn:definitions>`;

afterEach(() => {
  vi.unstubAllGlobals();
  useSession().forget();
  document.body.innerHTML = '';
});

async function openPage(respond: Parameters<typeof mockGraphqlFetch>[0]) {
  const fetchMock = mockGraphqlFetch(respond);
  await useSession().refresh();
  const mounted = await mountWithApp(RouterView, '/prozesse/neu');
  await flushPromises();
  return { ...mounted, fetchMock };
}

type Wrapper = Awaited<ReturnType<typeof openPage>>['wrapper'];

async function chooseFile(wrapper: Wrapper, file: File): Promise<void> {
  const input = wrapper.get<HTMLInputElement>('#process-import-file');
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
  await input.trigger('change');
  // FileReader answers in a later task.
  await vi.waitFor(() => {
    if (wrapper.get('#process-import-file-status').text().includes('gelesen')) {
      throw new Error('still reading');
    }
  });
  await flushPromises();
}

function description(wrapper: Wrapper, selector: string): string {
  const ids = wrapper.get(selector).attributes('aria-describedby') ?? '';
  return ids
    .split(' ')
    .filter(Boolean)
    .map((id) => wrapper.get(`#${id}`).text())
    .join(' ');
}

describe('ProcessImportPage', () => {
  it('offers the cities the user owns processes in and the partnerships the city has joined', async () => {
    const { wrapper } = await openPage((operation) =>
      operation === 'Me' ? { data: { me: owner } } : { data: partnerships },
    );

    expect(wrapper.get('h1').text()).toBe('Prozessmodell importieren');
    expect(wrapper.get('label[for="process-import-file"]').text()).toBe('BPMN-Datei');
    expect(wrapper.findAll('#process-import-city option').map((o) => o.text())).toEqual([
      'Esslingen am Neckar',
    ]);
    expect(wrapper.find('#process-import-partnership-p1').exists()).toBe(false);

    await wrapper.get('#process-import-visibility-PARTNERS').setValue(true);
    const group = wrapper.get('fieldset fieldset');
    expect(group.get('legend').text()).toBe('Kooperationsverbünde');
    expect(group.findAll('label').map((label) => label.text())).toEqual([
      'Digitalisierungsverbund Neckar',
    ]);
  });

  it('suggests the title from the process name and keeps every input when the server refuses the file', async () => {
    const { wrapper, fetchMock } = await openPage((operation) => {
      if (operation === 'Me') return { data: { me: owner } };
      if (operation === 'ProcessImportModel') {
        return {
          data: {
            importProcessModel: {
              __typename: 'BpmnImportError',
              message: 'The file is not well-formed XML.',
              reason: 'NOT_XML',
              limit: null,
              actual: null,
              line: 3,
            },
          },
        };
      }
      return { data: partnerships };
    });

    await chooseFile(wrapper, new File([BPMN], 'hundesteuer.bpmn', { type: 'application/xml' }));
    const title = wrapper.get<HTMLInputElement>('#process-import-title');
    expect(title.element.value).toBe('Hundesteuer-Anmeldung');
    expect(wrapper.get('#process-import-file-status').text()).toMatch(
      /^Ausgewählt: hundesteuer\.bpmn \(\d+ Byte\)$/,
    );
    await title.setValue('Hundesteuer Esslingen');
    await wrapper.get('#process-import-tags').setValue('Steuern, Hund');
    await wrapper.get('#process-import-service-key').setValue('99 017 008 000 000');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const [, init] = fetchMock.mock.calls.find(([, request]) =>
      String(request?.body).includes('ProcessImportModel'),
    ) ?? [undefined, undefined];
    expect(JSON.parse(String(init?.body)).variables).toEqual({
      cityId: 'c1',
      xml: BPMN,
      title: 'Hundesteuer Esslingen',
      serviceKey: '99017008000000',
      tags: ['Steuern', 'Hund'],
      licence: 'INTERNAL_USE_ONLY',
      visibility: 'PRIVATE',
      sharedWithPartnershipIds: [],
    });

    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toBe(
      'Die Datei ist keine gültige XML-Datei (Fehler in Zeile 3). Exportieren Sie das Modell in Ihrem Modellierungswerkzeug erneut im Format BPMN 2.0 und wählen Sie diese Datei aus.',
    );
    expect(document.activeElement).toBe(alert.element);
    expect(title.element.value).toBe('Hundesteuer Esslingen');
    expect(wrapper.get<HTMLInputElement>('#process-import-tags').element.value).toBe(
      'Steuern, Hund',
    );
    expect(wrapper.get('#process-import-file').attributes('aria-invalid')).toBe('true');
    expect(description(wrapper, '#process-import-file')).toContain('(Fehler in Zeile 3)');
  });

  it('refuses a file over 5 MB before reading it, in the server’s words', async () => {
    const { wrapper, fetchMock } = await openPage((operation) =>
      operation === 'Me' ? { data: { me: owner } } : { data: partnerships },
    );
    const big = new File(['<x/>'], 'riesig.bpmn');
    Object.defineProperty(big, 'size', { value: 6.2 * 1024 * 1024 });
    await chooseFile(wrapper, big);

    const tooLarge =
      'Die Datei ist 6,2 MB groß, BPMN-Dateien dürfen höchstens 5 MB groß sein. Entfernen Sie eingebettete Inhalte wie Bilder oder teilen Sie das Modell in mehrere Modelle auf.';
    expect(wrapper.get('#process-import-file-status').text()).toBe(tooLarge);
    expect(wrapper.get<HTMLInputElement>('#process-import-title').element.value).toBe('');

    const requests = fetchMock.mock.calls.length;
    await wrapper.get('#process-import-title').setValue('Riesiges Modell');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(fetchMock.mock.calls.length).toBe(requests);
    expect(wrapper.get('[role="alert"]').text()).toBe(tooLarge);
  });

  it('names the fields to correct before sending anything', async () => {
    const { wrapper, fetchMock } = await openPage((operation) =>
      operation === 'Me' ? { data: { me: owner } } : { data: partnerships },
    );
    const requests = fetchMock.mock.calls.length;
    await wrapper.get('#process-import-service-key').setValue('12345');
    await wrapper.get('#process-import-contact-email').setValue('steueramt');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(fetchMock.mock.calls.length).toBe(requests);
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Bitte prüfen Sie: BPMN-Datei, Titel, Leistungsschlüssel, E-Mail-Adresse der Ansprechperson.',
    );
    expect(description(wrapper, '#process-import-service-key')).toMatch(
      /^Geben Sie den Leistungsschlüssel mit genau 14 Ziffern ein/,
    );
    expect(wrapper.get('#process-import-file-status').text()).toBe(
      'Wählen Sie eine BPMN-Datei (.bpmn oder .xml) aus.',
    );
  });
});
