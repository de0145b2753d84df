// The editor's Vue wiring with bpmn-js replaced (bpmn-js itself needs a real browser: see
// web/test/browser). Checks lifecycle, listener pairing, dirty tracking and language switching.
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProcessI18n } from '../../testing/processI18n.ts';
import ProcessEditor from './ProcessEditor.vue';
import type { ProcessModelerOptions } from './processModeler.ts';

type Listener = (event: { trigger?: string }) => void;

class FakeModeler {
  readonly listeners = new Map<string, Set<Listener>>();
  readonly container = document.createElement('div');
  destroyed = false;
  xml = '';
  readonly stack = {
    _stackIdx: -1,
    size: 0,
    canUndo: () => this.stack._stackIdx >= 0,
    canRedo: () => this.stack._stackIdx < this.stack.size - 1,
    undo: () => this.move(-1, 'undo'),
    redo: () => this.move(1, 'redo'),
  };

  constructor(readonly options: ProcessModelerOptions) {
    this.container.append(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
    options.container.append(this.container);
  }

  get(name: string): unknown {
    if (name === 'commandStack') return this.stack;
    if (name === 'canvas') {
      return {
        zoom: () => 1,
        viewbox: () => ({ x: 0, y: 0, width: 100, height: 100 }),
        getContainer: () => this.container,
      };
    }
    throw new Error(`no service ${name}`);
  }

  on(event: string, listener: Listener) {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)?.add(listener);
  }

  off(event: string, listener: Listener) {
    this.listeners.get(event)?.delete(listener);
  }

  listenerCount() {
    return [...this.listeners.values()].reduce((sum, set) => sum + set.size, 0);
  }

  async importXML(xml: string) {
    if (xml.includes('kaputt')) throw new Error('unparsable content');
    this.xml = xml;
    this.stack._stackIdx = -1;
    this.stack.size = 0;
    return { warnings: xml.includes('warnung') ? [{ message: 'unresolved reference <X>' }] : [] };
  }

  async saveXML() {
    return { xml: `${this.xml}<!-- ${this.stack._stackIdx} -->` };
  }

  async saveSVG() {
    return { svg: '<svg/>' };
  }

  destroy() {
    this.destroyed = true;
    this.container.remove();
  }

  /** A modeling command, as bpmn-js would run it. */
  execute() {
    this.stack._stackIdx += 1;
    this.stack.size = this.stack._stackIdx + 1;
    this.fire('execute');
  }

  private move(step: number, trigger: string) {
    this.stack._stackIdx += step;
    this.fire(trigger);
  }

  private fire(trigger: string) {
    for (const listener of this.listeners.get('commandStack.changed') ?? []) listener({ trigger });
  }
}

const modelers = vi.hoisted(() => ({ created: [] as FakeModeler[], fail: false }));

vi.mock('./processModeler.ts', () => ({
  createProcessModeler: (options: ProcessModelerOptions) => {
    if (modelers.fail) throw new Error('chunk failed to load');
    const modeler = new FakeModeler(options);
    modelers.created.push(modeler);
    return modeler;
  },
}));

async function mountEditor(xml = '<definitions/>') {
  const i18n = createProcessI18n('de');
  const wrapper = mount(ProcessEditor, {
    props: { xml, name: 'Gewerbeanmeldung' },
    attachTo: document.body,
    global: { plugins: [i18n] },
  });
  await vi.waitFor(() => expect(modelers.created.at(-1)?.xml).toBe(xml));
  await flushPromises();
  return { wrapper, i18n, modeler: modelers.created.at(-1) as FakeModeler };
}

afterEach(() => {
  modelers.created.length = 0;
  modelers.fail = false;
  document.body.innerHTML = '';
});

describe('ProcessEditor with a replaced modeler', () => {
  it('creates the modeler on mount and destroys it, listeners removed, on unmount', async () => {
    const { wrapper, modeler } = await mountEditor();
    expect(modeler.options.locale).toBe('de');
    expect(modeler.listenerCount()).toBeGreaterThan(0);
    wrapper.unmount();
    expect(modeler.destroyed).toBe(true);
    expect(modeler.listenerCount()).toBe(0);
  });

  it('emits dirty-change from the command stack and enables undo and redo', async () => {
    const { wrapper, modeler } = await mountEditor();
    const undo = wrapper.get('button[aria-keyshortcuts="Control+Z"]');
    const redo = wrapper.get('button[aria-keyshortcuts="Control+Y"]');
    expect(undo.attributes('disabled')).toBeDefined();

    modeler.execute();
    await flushPromises();
    expect(wrapper.emitted('dirty-change')).toEqual([[true]]);
    expect(wrapper.get('[role="status"].process-editor__status').text()).toBe(
      'Ungespeicherte Änderungen',
    );

    await undo.trigger('click');
    expect(wrapper.emitted('dirty-change')).toEqual([[true], [false]]);
    expect(redo.attributes('disabled')).toBeUndefined();
    await redo.trigger('click');
    expect(wrapper.emitted('dirty-change')?.at(-1)).toEqual([true]);
  });

  it('marks exactly the saved XML as saved, even if editing went on meanwhile', async () => {
    const { wrapper, modeler } = await mountEditor();
    modeler.execute();
    const saved = await wrapper.vm.getXml();
    modeler.execute();
    wrapper.vm.markSaved(saved);
    await flushPromises();
    expect(wrapper.emitted('dirty-change')?.at(-1)).toEqual([true]);
    modeler.stack.undo();
    await flushPromises();
    expect(wrapper.emitted('dirty-change')?.at(-1)).toEqual([false]);
  });

  it('shows import warnings and import errors in German', async () => {
    const { wrapper } = await mountEditor('<definitions/><!-- warnung -->');
    expect(wrapper.emitted('import-warnings')?.at(-1)?.[0]).toEqual([
      { message: 'unresolved reference <X>' },
    ]);
    expect(wrapper.text()).toContain('Das Diagramm wurde mit einem Hinweis geladen.');

    await wrapper.setProps({ xml: 'kaputt' });
    await vi.waitFor(() => expect(wrapper.emitted('error')).toHaveLength(1));
    expect(wrapper.emitted('error')?.[0]?.[0]).toMatchObject({ kind: 'import' });
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Das Diagramm konnte nicht geöffnet werden. Die Datei ist kein gültiges BPMN-2.0-Diagramm.',
    );
  });

  it('re-creates the modeler for another language, keeping the diagram and unsaved state', async () => {
    const { wrapper, modeler, i18n } = await mountEditor('<definitions id="a"/>');
    modeler.execute();
    await flushPromises();

    i18n.global.locale.value = 'en';
    await vi.waitFor(() => expect(modelers.created).toHaveLength(2));
    const next = modelers.created[1] as FakeModeler;
    await vi.waitFor(() => expect(next.xml).toBe('<definitions id="a"/><!-- 0 -->'));
    await flushPromises();

    expect(next.options.locale).toBe('en');
    expect(modeler.destroyed).toBe(true);
    expect(modeler.listenerCount()).toBe(0);
    expect(wrapper.emitted('dirty-change')).toEqual([[true]]);
    expect(wrapper.get('[role="status"].process-editor__status').text()).toBe('Unsaved changes');
    expect(document.querySelectorAll('svg[role="application"]')).toHaveLength(1);
  });

  it('reports a modeler that fails to load', async () => {
    modelers.fail = true;
    const wrapper = mount(ProcessEditor, {
      props: { xml: '<definitions/>' },
      global: { plugins: [createProcessI18n('de')] },
    });
    await vi.waitFor(() =>
      expect(wrapper.emitted('error')?.[0]?.[0]).toMatchObject({ kind: 'load' }),
    );
    expect(wrapper.get('[role="alert"]').text()).toContain('konnte nicht geladen werden');
    wrapper.unmount();
  });
});
