import type { VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { svgToPng } from '../../src/components/process/diagramExport.ts';
import ProcessEditor from '../../src/components/process/ProcessEditor.vue';
import {
  blockingAxeViolations,
  createProcessI18n,
  mountInPage,
  SIMPLE_PROCESS,
  shape,
  waitForElement,
} from './support.ts';

type Editor = VueWrapper<InstanceType<typeof ProcessEditor>>;

let mounted: Editor | null = null;

afterEach(() => {
  vi.restoreAllMocks();
  mounted?.unmount();
  mounted = null;
  document.body.innerHTML = '';
});

async function mountEditor(xml = SIMPLE_PROCESS, i18n = createProcessI18n('de')) {
  const { wrapper } = mountInPage(ProcessEditor, { xml, name: 'Testprozess' }, i18n);
  mounted = wrapper as Editor;
  await waitForElement('Task_1');
  return { editor: mounted, i18n };
}

const lastDirty = (editor: Editor) => editor.emitted<[boolean]>('dirty-change')?.at(-1)?.[0];
const appendedTasks = () =>
  [...document.querySelectorAll('.djs-shape[data-element-id^="Activity_"]')].map((node) =>
    node.getAttribute('data-element-id'),
  );

describe('ProcessEditor (bpmn-js in Chromium)', () => {
  it('shows palette, context pad and properties panel in German', async () => {
    await mountEditor();
    const createTask = document.querySelector('.djs-palette [data-action="create.task"]');
    expect(createTask?.getAttribute('aria-label')).toBe('Aufgabe erstellen');
    expect(
      document.querySelector('.djs-palette [data-action="hand-tool"]')?.getAttribute('aria-label'),
    ).toMatch(/^Hand-Werkzeug/);

    await userEvent.click(shape('Task_1') as Element);
    const append = document.querySelector('.djs-context-pad [data-action="append.append-task"]');
    expect(append?.getAttribute('title')).toBe('Aufgabe anhängen');
    await expect
      .poll(() => document.querySelector('.bio-properties-panel-group-header-title')?.textContent)
      .toBe('Allgemein');
    // Only name and documentation are offered; ids stay untouched.
    expect(document.querySelector('#bio-properties-panel-name')).not.toBeNull();
    expect(document.querySelector('#bio-properties-panel-id')).toBeNull();
  });

  it('appends and renames a task, tracks dirty state, undoes back to clean', async () => {
    const { editor } = await mountEditor();
    expect(lastDirty(editor)).toBeUndefined();

    // Append through the context pad, then name the new task in the label editor that opens.
    await userEvent.click(shape('Task_1') as Element);
    await userEvent.click(
      document.querySelector('.djs-context-pad [data-action="append.append-task"]') as Element,
    );
    await expect.poll(appendedTasks).toHaveLength(1);
    await expect.poll(() => document.querySelector('.djs-direct-editing-content')).toBeTruthy();
    await userEvent.keyboard('Unterlagen nachfordern{Enter}');
    await expect.poll(() => lastDirty(editor)).toBe(true);

    // Rename the original task through the properties panel.
    await userEvent.click(shape('Task_1') as Element);
    const nameField = page.getByLabelText('Name', { exact: true });
    await nameField.fill('Antrag vollständig prüfen');

    await expect.poll(() => editor.vm.getXml()).toContain('name="Antrag vollständig prüfen"');
    const xml = await editor.vm.getXml();
    const [newTaskId] = appendedTasks();
    expect(xml).toMatch(new RegExp(`<bpmn:task id="${newTaskId}" name="Unterlagen nachfordern">`));
    expect(document.querySelector('[role="status"].process-editor__status')?.textContent).toContain(
      'Ungespeicherte Änderungen',
    );

    // Undo: once with the toolbar button, then with Ctrl+Z on the canvas.
    const undo = page.getByRole('button', { name: 'Rückgängig' });
    await undo.click();
    await expect.poll(() => editor.vm.getXml()).toContain('name="Antrag prüfen"');
    (document.querySelector('.djs-container svg') as SVGElement).focus();
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect.poll(() => editor.vm.getXml()).not.toContain('Unterlagen nachfordern');
    await undo.click();
    await expect.poll(appendedTasks).toHaveLength(0);
    await expect.poll(() => lastDirty(editor)).toBe(false);
    await expect.element(undo).toBeDisabled();

    // Redo restores the task; saving makes the editor clean at that point.
    await page.getByRole('button', { name: 'Wiederholen' }).click();
    await expect.poll(appendedTasks).toHaveLength(1);
    expect(lastDirty(editor)).toBe(true);
    const saved = await editor.vm.getXml();
    editor.vm.markSaved(saved);
    await expect.poll(() => lastDirty(editor)).toBe(false);
    // Handing the saved XML back as the prop does not re-import (the history stays).
    await editor.setProps({ xml: saved });
    await expect.element(undo).toBeEnabled();
  });

  it('marks changed elements with CSS classes and clears them again', async () => {
    const { editor } = await mountEditor();
    const plan = await editor.vm.addMarkers({
      Task_1: 'changed',
      Flow_1: 'added',
      EndEvent_1: 'moved',
      Task_9: 'removed',
    });
    expect(plan.unknownIds).toEqual(['Task_9']);
    expect(shape('Task_1')?.classList).toContain('amtsweg-change-changed');
    expect(shape('Flow_1')?.classList).toContain('amtsweg-change-added');
    const outline = shape('Task_1')?.querySelector('.djs-visual > rect') as SVGRectElement;
    expect(getComputedStyle(outline).stroke).toBe('rgb(154, 77, 0)');
    expect(getComputedStyle(outline).strokeDasharray).toBe('12px, 4px, 3px, 4px');

    await editor.vm.addMarkers({ StartEvent_1: 'removed' });
    expect(shape('Task_1')?.classList).not.toContain('amtsweg-change-changed');
    expect(shape('StartEvent_1')?.classList).toContain('amtsweg-change-removed');
    await editor.vm.clearMarkers();
    expect(document.querySelector('[class*="amtsweg-change-"]')).toBeNull();
  });

  it('follows the UI language and keeps diagram, unsaved state and markers', async () => {
    const { editor, i18n } = await mountEditor();
    await editor.vm.addMarkers({ StartEvent_1: 'added' });
    await userEvent.click(shape('Task_1') as Element);
    await userEvent.click(
      document.querySelector('.djs-context-pad [data-action="delete"]') as Element,
    );
    await expect.poll(() => lastDirty(editor)).toBe(true);

    i18n.global.locale.value = 'en';
    await expect
      .poll(() =>
        document
          .querySelector('.djs-palette [data-action="create.task"]')
          ?.getAttribute('aria-label'),
      )
      .toBe('Create task');
    await expect.poll(() => shape('StartEvent_1')).toBeTruthy();
    expect(shape('StartEvent_1')?.classList).toContain('amtsweg-change-added');
    expect(shape('Task_1')).toBeNull();
    expect(document.querySelectorAll('.djs-container')).toHaveLength(1);
    expect(lastDirty(editor)).toBe(true);
    await expect.element(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
    expect(document.querySelector('.process-editor__status')?.textContent).toContain('Unsaved');

    i18n.global.locale.value = 'de';
    await expect
      .poll(() =>
        document
          .querySelector('.djs-palette [data-action="create.task"]')
          ?.getAttribute('aria-label'),
      )
      .toBe('Aufgabe erstellen');
  });

  it('reports import warnings in German and import errors as alerts', async () => {
    const { editor } = await mountEditor();
    // bpmn-js logs the element it skips; the test expects exactly that.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = SIMPLE_PROCESS.replace('targetRef="EndEvent_1"', 'targetRef="EndEvent_X"');
    const warnings = await editor.vm.importXml(broken);
    expect(warnings.length).toBeGreaterThan(0);
    expect(editor.emitted('import-warnings')?.at(-1)?.[0]).toEqual(warnings);
    await expect
      .element(page.getByRole('status').filter({ hasText: 'Das Diagramm wurde mit' }))
      .toBeVisible();

    await expect(editor.vm.importXml('<kein-bpmn/>')).rejects.toThrow();
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Das Diagramm konnte nicht geöffnet werden.');
    expect(editor.emitted('error')?.at(-1)?.[0]).toMatchObject({ kind: 'import' });

    await editor.vm.importXml(SIMPLE_PROCESS);
    await expect.element(page.getByRole('alert')).not.toBeInTheDocument();
  });

  it('exports SVG and renders it to PNG', async () => {
    const { editor } = await mountEditor();
    const svg = await editor.vm.getSvg();
    expect(svg).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*Antrag prüfen/);
    const png = await svgToPng(svg);
    expect(png.type).toBe('image/png');
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).toBeGreaterThan(300);
    expect(bitmap.height).toBeGreaterThan(50);
  });

  it('is a labelled region without serious accessibility violations', async () => {
    await mountEditor();
    await expect
      .element(page.getByRole('region', { name: 'Prozessmodell „Testprozess“ bearbeiten' }))
      .toBeVisible();
    for (const name of [
      'Rückgängig',
      'Wiederholen',
      'Als BPMN herunterladen',
      'Als SVG herunterladen',
      'Als PNG herunterladen',
    ]) {
      await expect.element(page.getByRole('button', { name })).toBeInTheDocument();
    }
    const canvas = page.getByRole('application', { name: 'Zeichenfläche des Prozessdiagramms' });
    await expect.element(canvas).toHaveAccessibleDescription(/Tabulatortaste/);
    expect(await blockingAxeViolations()).toEqual([]);

    // Again with an element selected: context pad and properties panel are open.
    await userEvent.click(shape('Task_1') as Element);
    await expect.poll(() => document.querySelector('.djs-context-pad')).toBeTruthy();
    expect(await blockingAxeViolations()).toEqual([]);
  });

  it('destroys the modeler when unmounted', async () => {
    const { editor } = await mountEditor();
    editor.unmount();
    mounted = null;
    expect(document.querySelector('.djs-container')).toBeNull();
    expect(document.querySelector('.bio-properties-panel')).toBeNull();
  });
});
