// The comparison page with bpmn-js replaced by a stand-in viewer (the browser test
// test/browser/comparisonViewer.test.ts and e2e/tests/comparison.spec.ts use the real one).
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, type PropType } from 'vue';
import { createMemoryHistory, RouterView } from 'vue-router';
import {
  LEFT_VERSION_ID,
  RIGHT_VERSION_ID,
  readable,
  sampleComparison,
  sampleVariants,
} from '../components/comparison/comparisonTesting.ts';
import type { DiagramDecorations } from '../components/process/diagramDecorations.ts';
import { useSession } from '../composables/useSession.ts';
import { createAppI18n, loadLocaleMessages } from '../i18n/index.ts';
import { createAppRouter } from '../router/index.ts';
import { mockGraphqlFetch } from '../testing/graphqlFetchMock.ts';

/** Stand-in viewers by their XML; `hover` plays the pointer entering an element, `select` a click. */
const viewers = new Map<
  string,
  { hover(elementId: string | null): void; select(elementId: string | null): void }
>();

const FakeViewer = defineComponent({
  props: {
    xml: { type: String, required: true },
    name: String,
    decorations: Object as PropType<DiagramDecorations>,
    highlighted: Array as PropType<readonly string[]>,
  },
  emits: ['element-hover', 'selection-change'],
  setup(props, { emit }) {
    viewers.set(props.xml, {
      hover: (elementId) => emit('element-hover', elementId),
      select: (elementId) => emit('selection-change', elementId),
    });
    return () =>
      h('section', {
        class: 'fake-viewer',
        'aria-label': props.name,
        'data-xml': props.xml,
        'data-badges': (props.decorations?.badges ?? [])
          .map((badge) => `${badge.elementId}=${badge.text}`)
          .join(' '),
        'data-highlighted': (props.highlighted ?? []).join(' '),
      });
  },
});

const user = {
  id: 'u1',
  displayName: 'Olga Owner',
  email: 'owner@esslingen.demo',
  isGlobalAdmin: false,
  memberships: [],
};

function api(answer: (operation: string, variables: Record<string, unknown>) => unknown) {
  return mockGraphqlFetch((operation, variables) => {
    if (operation === 'Me') return { data: { me: user } };
    const data = answer(operation, variables);
    if (data === undefined) throw new Error(`unexpected operation ${operation}`);
    return { data };
  });
}

async function openPage(path: string, locale: 'de' | 'en' = 'de') {
  const i18n = createAppI18n(locale);
  await loadLocaleMessages(i18n.global, locale);
  await useSession().refresh();
  const router = createAppRouter(useSession(), createMemoryHistory());
  await router.push(path);
  await router.isReady();
  const wrapper = mount(RouterView, {
    attachTo: document.body,
    global: { plugins: [i18n, router], stubs: { ProcessViewer: FakeViewer } },
  });
  await flushPromises();
  return wrapper;
}

const comparisonPath = `/prozesse/vergleich?links=${encodeURIComponent(LEFT_VERSION_ID)}&rechts=${encodeURIComponent(RIGHT_VERSION_ID)}`;

afterEach(() => {
  vi.unstubAllGlobals();
  useSession().forget();
  document.body.innerHTML = '';
  viewers.clear();
});

describe('ProcessComparisonPage', () => {
  it('shows both models, the similarity, the figures, the diagrams and the step table', async () => {
    const fetchMock = api((operation) =>
      operation === 'ProcessComparison'
        ? {
            compareProcesses: {
              __typename: 'QueryCompareProcessesSuccess',
              data: sampleComparison(),
            },
          }
        : undefined,
    );
    const wrapper = await openPage(comparisonPath);
    const request = JSON.parse(String(fetchMock.mock.calls.at(-1)?.[1]?.body));
    expect(request.variables).toEqual({
      leftVersionId: LEFT_VERSION_ID,
      rightVersionId: RIGHT_VERSION_ID,
    });

    expect(wrapper.get('h1').text()).toBe(
      'Gewerbeanmeldung (Esslingen am Neckar) im Vergleich mit Gewerbe anmelden (Ettlingen)',
    );
    const header = readable(wrapper.get('.comparison-models').element);
    expect(header).toContain('Links Esslingen am Neckar Gewerbeanmeldung Version 3');
    expect(header).toContain('Rechts Ettlingen Gewerbe anmelden Version 1');
    expect(header).toContain('Ähnlichkeit 73 %');
    expect(header).toContain('4 Schritte einander zugeordnet, 1 nur links, 1 nur rechts.');
    const variants = wrapper.findAll('a').filter((a) => a.text().startsWith('Variantenvergleich'));
    expect(variants.map((a) => a.attributes('href'))).toEqual([
      '/leistungen/99050012104000/varianten',
    ]);

    expect(wrapper.findAll('h2').map((h2) => h2.text())).toEqual([
      'Kennzahlen',
      'Diagramme',
      'Schritte im Vergleich',
    ]);
    const [left, right] = wrapper.findAll('.fake-viewer');
    expect(left?.attributes('aria-label')).toBe('Gewerbeanmeldung (Esslingen am Neckar)');
    expect(left?.attributes('data-badges')).toBe('StartEvent_1=1 Task_Erfassen=2 Task_Pruefen=3');
    expect(right?.attributes('data-badges')).toBe(
      'Start_A=1 Task_Aufnehmen=2 Task_Pruefen=3 Task_Gebuehr=3',
    );
  });

  it('highlights the counterparts of a hovered step, and the pair of a focused table row', async () => {
    api(() => ({
      compareProcesses: { __typename: 'QueryCompareProcessesSuccess', data: sampleComparison() },
    }));
    const wrapper = await openPage(comparisonPath);
    const highlighted = () =>
      wrapper.findAll('.fake-viewer').map((viewer) => viewer.attributes('data-highlighted'));

    viewers.get('<bpmn>left</bpmn>')?.hover('Task_Pruefen');
    await flushPromises();
    expect(highlighted()).toEqual(['Task_Pruefen', 'Task_Pruefen Task_Gebuehr']);
    expect(wrapper.findAll('tr.comparison-steps__row--active')).toHaveLength(2);

    viewers.get('<bpmn>right</bpmn>')?.hover('Task_Online');
    await flushPromises();
    expect(highlighted()).toEqual(['', '']);

    await wrapper.findAll('tbody button')[1]?.trigger('focus');
    expect(highlighted()).toEqual(['Task_Erfassen', 'Task_Aufnehmen']);
    await wrapper.findAll('tbody button')[1]?.trigger('blur');

    // A click (or tap) keeps a pair highlighted until something else is clicked.
    viewers.get('<bpmn>right</bpmn>')?.select('Start_A');
    viewers.get('<bpmn>right</bpmn>')?.hover(null);
    await flushPromises();
    expect(highlighted()).toEqual(['StartEvent_1', 'Start_A']);
    viewers.get('<bpmn>left</bpmn>')?.select(null);
    await flushPromises();
    expect(highlighted()).toEqual(['', '']);
  });

  it('speaks English too, reasons included', async () => {
    api(() => ({
      compareProcesses: { __typename: 'QueryCompareProcessesSuccess', data: sampleComparison() },
    }));
    const wrapper = await openPage(comparisonPath, 'en');
    expect(wrapper.get('h1').text()).toBe(
      'Gewerbeanmeldung (Esslingen am Neckar) compared with Gewerbe anmelden (Ettlingen)',
    );
    expect(wrapper.findAll('h2').map((h2) => h2.text())).toEqual([
      'Key figures',
      'Diagrams',
      'Steps compared',
    ]);
    expect(readable(wrapper.get('.comparison-models').element)).toContain('Similarity 73%');
    expect(
      wrapper
        .findAll('tbody tr')
        .some((row) => row.text().includes('synonyms: erfassen, aufnehmen; same role')),
    ).toBe(true);
  });

  it('says when a version is not there or not visible', async () => {
    api(() => ({
      compareProcesses: { __typename: 'NotFoundError', message: 'Not found', entity: 'x' },
    }));
    const wrapper = await openPage(comparisonPath);
    expect(wrapper.text()).toContain(
      'Mindestens eines der beiden Prozessmodelle wurde nicht gefunden oder ist für Ihre Kommune nicht sichtbar.',
    );
  });

  it('does not ask the API about ids that cannot be versions', async () => {
    const fetchMock = api(() => undefined);
    const wrapper = await openPage('/prozesse/vergleich?links=abc&rechts=def');
    expect(wrapper.text()).toContain('nicht gefunden oder ist für Ihre Kommune nicht sichtbar');
    expect(fetchMock.mock.calls.map((call) => String(call[1]?.body))).not.toContainEqual(
      expect.stringContaining('compareProcesses'),
    );
  });

  it('explains how to start a comparison when the address names no versions', async () => {
    api(() => undefined);
    const wrapper = await openPage('/prozesse/vergleich');
    expect(wrapper.text()).toContain('Wählen Sie zwei Prozessmodelle zum Vergleichen');
  });
});

describe('ServiceVariantsPage', () => {
  it('shows the heat map and the outliers of a service', async () => {
    const fetchMock = api((operation) =>
      operation === 'ServiceVariants'
        ? { serviceVariants: { __typename: 'QueryServiceVariantsSuccess', data: sampleVariants() } }
        : undefined,
    );
    const wrapper = await openPage('/leistungen/99050012104000/varianten');
    const request = JSON.parse(String(fetchMock.mock.calls.at(-1)?.[1]?.body));
    expect(request.variables).toEqual({ serviceKey: '99050012104000' });
    expect(wrapper.get('h1').text()).toBe('Variantenvergleich');
    expect(wrapper.findAll('h2').map((h2) => h2.text())).toEqual([
      'Schritte nach Kommunen',
      'Besonderheiten einzelner Kommunen',
    ]);
    expect(wrapper.findAll('tbody tr')).toHaveLength(2);
  });

  it('rejects a key that is not 14 digits without asking the API', async () => {
    const fetchMock = api(() => undefined);
    const wrapper = await openPage('/leistungen/12345/varianten');
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Der Leistungsschlüssel „12345“ ist ungültig. Ein Leistungsschlüssel (LeiKa/FIM) besteht aus genau 14 Ziffern.',
    );
    expect(fetchMock.mock.calls.map((call) => String(call[1]?.body))).not.toContainEqual(
      expect.stringContaining('serviceVariants'),
    );
  });

  it("shows the API's validation error as an invalid key too", async () => {
    api(() => ({
      serviceVariants: {
        __typename: 'ValidationError',
        message: 'Invalid',
        fieldErrors: [{ path: 'serviceKey', message: 'Must be 14 digits' }],
      },
    }));
    const wrapper = await openPage('/leistungen/99999999999999/varianten');
    expect(wrapper.get('[role="alert"]').text()).toContain('ist ungültig');
  });
});
