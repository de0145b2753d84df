// The process model page with bpmn-js replaced by stand-ins (it needs a real browser; the e2e
// spec processEditing.spec.ts covers the real editor). Checks saving, the version conflict and the
// version comparison as the user sees them.
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, type PropType } from 'vue';
import { createMemoryHistory, RouterView } from 'vue-router';
import type { ElementChanges } from '../components/process/diffMarkers.ts';
import { useSession } from '../composables/useSession.ts';
import { createAppI18n } from '../i18n/index.ts';
import { createAppRouter } from '../router/index.ts';
import { mockGraphqlFetch } from '../testing/graphqlFetchMock.ts';

const MODEL_ID = btoa('ProcessModel:3f1c2a9e-0000-4000-8000-000000000001');

/** What the stand-in editor holds: the diagram and how the page treated it. */
const editorState = {
  xml: '',
  imports: [] as string[],
  saved: [] as (string | undefined)[],
  emitDirty: (_dirty: boolean) => {},
};

const FakeEditor = defineComponent({
  props: { xml: { type: String, required: true }, name: String },
  emits: ['dirty-change', 'import-warnings', 'error'],
  setup(props, { emit, expose, slots }) {
    editorState.xml = props.xml;
    editorState.imports.push(props.xml);
    editorState.emitDirty = (dirty) => emit('dirty-change', dirty);
    expose({
      getXml: async () => editorState.xml,
      markSaved: (xml?: string) => {
        editorState.saved.push(xml);
        emit('dirty-change', false);
      },
      importXml: async (xml: string) => {
        editorState.xml = xml;
        editorState.imports.push(xml);
        emit('dirty-change', false);
        return [];
      },
    });
    return () => h('section', { class: 'fake-editor' }, slots.actions?.());
  },
});

const FakeViewer = defineComponent({
  props: {
    xml: { type: String, required: true },
    name: String,
    changes: Object as PropType<ElementChanges>,
  },
  setup(props, { expose, slots }) {
    expose({ getSvg: async () => '<svg/>' });
    return () =>
      h(
        'section',
        {
          class: 'fake-viewer',
          'aria-label': props.name,
          'data-xml': props.xml,
          'data-changes': JSON.stringify(props.changes ?? {}),
        },
        [slots.actions?.(), slots.legend?.()],
      );
  },
});

/** The user edits the diagram in the editor. */
function edit(xml: string): void {
  editorState.xml = xml;
  editorState.emitDirty(true);
}

const ownerUser = {
  id: 'u1',
  displayName: 'Olga Owner',
  email: 'owner@esslingen.demo',
  isGlobalAdmin: false,
  memberships: [
    { id: 'm1', role: 'PROCESS_OWNER', city: { id: 'c1', name: 'Esslingen am Neckar', slug: 'e' } },
  ],
};

function version(number: number, xml = `<bpmn>v${number}</bpmn>`, authorName = 'Olga Owner') {
  return {
    id: `v${number}`,
    number,
    xml,
    authorName,
    createdAt: `2026-11-${String(20 + number).padStart(2, '0')}T12:00:00.000Z`,
    message: number === 1 ? 'Import' : '',
    activityCount: 6 + number,
    warnings: [],
    lintFindings: [
      {
        rule: 'label-required',
        category: 'error',
        elementId: 'Gateway_1',
        message: 'Element is missing label/name',
      },
    ],
  };
}

/** A fake API for one model; `stored` are its versions, oldest first. */
function api(options: { viewerCanEdit?: boolean; model?: 'missing' } = {}) {
  const stored = [version(1)];
  const requests: { operation: string; variables: Record<string, unknown> }[] = [];
  const model = () => ({
    id: MODEL_ID,
    title: 'Gewerbeanmeldung',
    description: 'Anmeldung eines Gewerbes nach § 14 GewO.',
    status: 'DRAFT',
    licence: 'DL_DE_BY_2_0',
    visibility: 'PARTNERS',
    serviceKey: '99050012104000',
    tags: ['Gewerbe', 'Wirtschaft'],
    viewerCanEdit: options.viewerCanEdit ?? true,
    latestVersionNumber: stored.length,
    city: { id: 'c1', name: 'Esslingen am Neckar' },
    latestVersion: stored.at(-1),
    versions: {
      totalCount: stored.length,
      edges: [...stored].reverse().map(({ xml: _xml, warnings, lintFindings, ...node }) => ({
        node,
      })),
    },
  });
  mockGraphqlFetch((operation, variables) => {
    requests.push({ operation, variables });
    if (operation === 'Me') return { data: { me: ownerUser } };
    if (operation === 'ProcessPageModel') {
      return { data: { processModel: options.model === 'missing' ? null : model() } };
    }
    if (operation === 'ProcessPageSaveVersion') {
      const latest = stored.at(-1) ?? version(1);
      if (variables.baseVersion !== latest.number) {
        return {
          data: {
            saveProcessVersion: {
              __typename: 'ProcessVersionConflict',
              message: 'newer version',
              currentVersion: latest.number,
              latestVersion: latest,
            },
          },
        };
      }
      const saved = { ...version(latest.number + 1, String(variables.xml)), lintFindings: [] };
      saved.message = String(variables.message ?? '');
      stored.push(saved);
      return {
        data: {
          saveProcessVersion: { __typename: 'MutationSaveProcessVersionSuccess', data: saved },
        },
      };
    }
    if (operation === 'ProcessPageVersionDiff') {
      const from = stored.find((v) => v.id === variables.fromVersionId);
      const to = stored.find((v) => v.id === variables.toVersionId);
      return {
        data: {
          processVersionDiff: {
            __typename: 'QueryProcessVersionDiffSuccess',
            data: {
              from,
              to,
              added: [
                { elementId: 'Activity_1', type: 'bpmn:Task', name: 'Unterlagen nachfordern' },
              ],
              removed: [{ elementId: 'Task_Alt', type: 'bpmn:UserTask', name: null }],
              changed: [
                {
                  elementId: 'Task_1',
                  type: 'bpmn:UserTask',
                  name: 'Antrag vollständig prüfen',
                  attributes: [
                    {
                      name: 'name',
                      oldValue: 'Antrag prüfen',
                      newValue: 'Antrag vollständig prüfen',
                    },
                  ],
                },
              ],
              moved: [{ elementId: 'EndEvent_1', type: 'bpmn:EndEvent', name: 'Erledigt' }],
            },
          },
        },
      };
    }
    throw new Error(`unexpected operation ${operation}`);
  });
  return {
    requests,
    /** Someone else saves a version meanwhile. */
    saveElsewhere(xml: string) {
      stored.push(version(stored.length + 1, xml, 'Berta Beispiel'));
    },
    operations: () => requests.map((request) => request.operation),
  };
}

async function openPage(path = `/prozesse/${MODEL_ID}`) {
  await useSession().refresh();
  const router = createAppRouter(useSession(), createMemoryHistory());
  await router.push(path);
  await router.isReady();
  const wrapper = mount(RouterView, {
    attachTo: document.body,
    global: {
      plugins: [createAppI18n('de'), router],
      stubs: {
        ProcessEditor: FakeEditor,
        ProcessViewer: FakeViewer,
        // The collaboration panels load their own data and have tests of their own.
        ProcessReviewPanel: true,
        ProcessCommentsPanel: true,
        ProcessAdoptionPanel: true,
        ProcessMetadataForm: true,
        SimilarProcessesPanel: true,
      },
    },
  });
  await flushPromises();
  return { wrapper, router };
}

function button(wrapper: Awaited<ReturnType<typeof openPage>>['wrapper'], name: string) {
  const found = wrapper.findAll('button').find((candidate) => candidate.text() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  useSession().forget();
  document.body.innerHTML = '';
  editorState.imports = [];
  editorState.saved = [];
});

describe('ProcessModelPage', () => {
  it('shows the facts of the model, its findings and versions', async () => {
    api();
    const { wrapper } = await openPage();

    expect(wrapper.get('h1').text()).toBe('Gewerbeanmeldung');
    const facts = wrapper.get('dl').text();
    expect(facts).toMatch(/Kommune\s*Esslingen am Neckar/);
    expect(facts).toMatch(/Status\s*Entwurf/);
    expect(facts).toMatch(/Version\s*Version 1 vom 21\.11\.2026/);
    expect(facts).toMatch(/Leistungsschlüssel\s*99050012104000/);
    expect(facts).toMatch(/Lizenz\s*Datenlizenz Deutschland – Namensnennung – Version 2\.0/);
    expect(facts).toMatch(/Sichtbarkeit\s*Eigene Kommune und ausgewählte Kooperationsverbünde/);
    expect(facts).toMatch(/Schlagwörter\s*Gewerbe\s*Wirtschaft/);

    const findings = wrapper.get('aside');
    expect(findings.get('h3').text()).toBe('Hinweise zu Version 1');
    expect(findings.text()).toMatch(/Fehler:\s+Element is missing label\/name/);
    expect(findings.text()).toMatch(/Element Gateway_1 ·\s+Regel label-required/);

    const rows = wrapper.findAll('tbody tr').map((row) => row.text());
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(
      /^1\s*Olga Owner\s*21\.11\.2026, \d\d:\d\d\s*Import\s*7\s*BPMN herunterladen$/,
    );
    expect(wrapper.text()).toContain('Es gibt erst eine Version.');
  });

  it('saves the edited diagram as the next version with its note', async () => {
    const server = api();
    const { wrapper } = await openPage();
    expect(wrapper.find('.fake-viewer').exists()).toBe(false);
    const save = button(wrapper, 'Speichern');
    expect(save.attributes('disabled')).toBeDefined();

    edit('<bpmn>mit neuer Aufgabe</bpmn>');
    await flushPromises();
    expect(save.attributes('disabled')).toBeUndefined();
    await wrapper.get('input[type="text"]').setValue('Aufgabe ergänzt');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(
      server.requests.find((r) => r.operation === 'ProcessPageSaveVersion')?.variables,
    ).toEqual({
      modelId: MODEL_ID,
      baseVersion: 1,
      xml: '<bpmn>mit neuer Aufgabe</bpmn>',
      message: 'Aufgabe ergänzt',
    });
    expect(wrapper.get('[role="status"]').text()).toBe('Version 2 gespeichert.');
    expect(editorState.saved).toEqual(['<bpmn>mit neuer Aufgabe</bpmn>']);
    // The editor keeps its diagram (and undo history): nothing was imported again.
    expect(editorState.imports).toEqual(['<bpmn>v1</bpmn>']);
    expect((wrapper.get('input[type="text"]').element as HTMLInputElement).value).toBe('');
    expect(wrapper.text()).toContain('Ihre Änderungen beruhen auf Version 2.');
    expect(wrapper.get('aside h3').text()).toBe('Hinweise zu Version 2');
    // The version list was reloaded.
    const rows = wrapper.findAll('tbody tr').map((row) => row.text());
    expect(rows[0]).toMatch(/^2\s*Olga Owner.*Aufgabe ergänzt/);
    expect(rows).toHaveLength(2);
  });

  it('on a conflict keeps the diagram, shows the newer version with its changes, saves on top', async () => {
    const server = api();
    const { wrapper } = await openPage();
    server.saveElsewhere('<bpmn>von Berta</bpmn>');

    edit('<bpmn>meine Fassung</bpmn>');
    await flushPromises();
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toMatch(
      /^Inzwischen hat jemand Version 2 gespeichert \(Berta Beispiel, 22\.11\.2026, \d\d:\d\d\)\. Ihre Fassung wurde nicht gespeichert, sie bleibt aber im Editor erhalten\./,
    );
    expect(document.activeElement).toBe(alert.element);
    expect(editorState.saved).toEqual([]);
    expect(editorState.imports).toEqual(['<bpmn>v1</bpmn>']);

    // The newer version, read-only, with the changes since version 1 listed and marked.
    expect(wrapper.findAll('h3').map((heading) => heading.text())).toContain('Neuere Version 2');
    expect(wrapper.text()).toContain('Änderungen von Version 1 zu Version 2');
    const added = wrapper.get('ul[aria-labelledby$="-added"]');
    expect(added.text()).toMatch(/Unterlagen nachfordern\s*Aufgabe · Activity_1/);
    const changed = wrapper.get('ul[aria-labelledby$="-changed"]');
    expect(changed.text()).toContain('Name: „Antrag prüfen“ → „Antrag vollständig prüfen“');
    expect(wrapper.get('ul[aria-labelledby$="-removed"]').text()).toMatch(/ohne Namen/);
    const viewer = wrapper.get('.fake-viewer');
    expect(viewer.attributes('data-xml')).toBe('<bpmn>von Berta</bpmn>');
    expect(JSON.parse(viewer.attributes('data-changes') ?? '{}')).toEqual({
      Activity_1: 'added',
      Task_1: 'changed',
      EndEvent_1: 'moved',
    });
    expect(viewer.text()).toContain('Legende der Änderungen');
    expect(
      server.requests.find((r) => r.operation === 'ProcessPageVersionDiff')?.variables,
    ).toEqual({ fromVersionId: 'v1', toVersionId: 'v2' });

    await button(wrapper, 'Meine Fassung als Version 3 speichern').trigger('click');
    await flushPromises();

    const saves = server.requests.filter((r) => r.operation === 'ProcessPageSaveVersion');
    expect(saves.map((r) => r.variables.baseVersion)).toEqual([1, 2]);
    expect(saves[1]?.variables.xml).toBe('<bpmn>meine Fassung</bpmn>');
    expect(wrapper.get('[role="status"]').text()).toBe('Version 3 gespeichert.');
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(wrapper.find('.fake-viewer').exists()).toBe(false);
    expect(wrapper.findAll('tbody tr').map((row) => row.find('th').text())).toEqual([
      '3',
      '2',
      '1',
    ]);
  });

  it('loads the newest version instead, after the user confirms', async () => {
    const server = api();
    const { wrapper } = await openPage();
    server.saveElsewhere('<bpmn>von Berta</bpmn>');
    edit('<bpmn>meine Fassung</bpmn>');
    await flushPromises();
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const confirm = vi
      .spyOn(window, 'confirm')
      .mockReturnValueOnce(false)
      .mockReturnValueOnce(true);

    await button(wrapper, 'Neueste Version laden').trigger('click');
    await flushPromises();
    expect(confirm).toHaveBeenCalledWith(
      'Wenn Sie die neueste Version laden, gehen Ihre ungespeicherten Änderungen verloren. Neueste Version laden?',
    );
    expect(editorState.xml).toBe('<bpmn>meine Fassung</bpmn>');

    await button(wrapper, 'Neueste Version laden').trigger('click');
    await flushPromises();
    expect(editorState.imports.at(-1)).toBe('<bpmn>von Berta</bpmn>');
    expect(wrapper.get('[role="status"]').text()).toBe('Version 2 wurde geladen.');
    expect(wrapper.text()).toContain('Ihre Änderungen beruhen auf Version 2.');
    expect(wrapper.find('.fake-viewer').exists()).toBe(false);
  });

  it('asks before leaving with unsaved changes', async () => {
    api();
    const { wrapper, router } = await openPage();
    edit('<bpmn>ungespeichert</bpmn>');
    await flushPromises();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);

    await router.push('/kommunen').catch(() => {});
    await flushPromises();

    expect(confirm).toHaveBeenCalledOnce();
    expect(router.currentRoute.value.path).toBe(`/prozesse/${MODEL_ID}`);
    expect(wrapper.find('.fake-editor').exists()).toBe(true);
  });

  it('asks as well before opening another model from this page', async () => {
    api();
    const { router } = await openPage();
    edit('<bpmn>ungespeichert</bpmn>');
    await flushPromises();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const other = btoa('ProcessModel:3f1c2a9e-0000-4000-8000-000000000002');

    await router.push(`/prozesse/${other}`).catch(() => {});

    expect(confirm).toHaveBeenCalledOnce();
    expect(router.currentRoute.value.params.id).toBe(MODEL_ID);
  });

  it('compares two versions: lists and both diagrams with their markers', async () => {
    const server = api();
    server.saveElsewhere('<bpmn>v2</bpmn>');
    const { wrapper } = await openPage();
    expect(
      wrapper
        .get('select')
        .findAll('option')
        .map((option) => option.text()),
    ).toEqual(['Version 2', 'Version 1']);

    await button(wrapper, 'Vergleichen').trigger('click');
    await flushPromises();

    const heading = wrapper.get('h2[tabindex="-1"]');
    expect(heading.text()).toBe('Vergleich von Version 1 mit Version 2');
    expect(document.activeElement).toBe(heading.element);
    expect(wrapper.get('ul[aria-labelledby$="-added"]').text()).toContain('Unterlagen nachfordern');
    const [before, after] = wrapper.findAll('.fake-viewer');
    expect(before?.attributes('aria-label')).toBe('Gewerbeanmeldung – Version 1 (vorher)');
    expect(JSON.parse(before?.attributes('data-changes') ?? '{}')).toEqual({
      Task_Alt: 'removed',
      Task_1: 'changed',
    });
    expect(after?.attributes('data-xml')).toBe('<bpmn>v2</bpmn>');
    expect(after?.text()).toContain('Als PNG herunterladen');

    await button(wrapper, 'Vergleich schließen').trigger('click');
    expect(wrapper.find('h2[tabindex="-1"]').exists()).toBe(false);
  });

  it('shows the diagram read-only to someone who may not edit it', async () => {
    api({ viewerCanEdit: false });
    const { wrapper } = await openPage();

    expect(wrapper.find('.fake-editor').exists()).toBe(false);
    expect(wrapper.get('.fake-viewer').attributes('data-xml')).toBe('<bpmn>v1</bpmn>');
    expect(wrapper.text()).toContain(
      'Dieses Prozessmodell bearbeiten die Prozessverantwortlichen von Esslingen am Neckar.',
    );
    expect(wrapper.findAll('button').map((b) => b.text())).not.toContain('Speichern');
    expect(wrapper.get('.fake-viewer').text()).toContain('Als SVG herunterladen');
  });

  it('says so when the model does not exist for the viewer', async () => {
    api({ model: 'missing' });
    const { wrapper } = await openPage();

    expect(wrapper.get('h1').text()).toBe('Prozessmodell');
    expect(wrapper.text()).toContain('Dieses Prozessmodell gibt es nicht');
  });

  it('does not ask the API about an address that cannot name a model', async () => {
    const server = api();
    const { wrapper } = await openPage('/prozesse/kein-modell');

    expect(wrapper.text()).toContain('Dieses Prozessmodell gibt es nicht');
    expect(server.operations()).toEqual(['Me']);
  });
});
