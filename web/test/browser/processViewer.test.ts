import type { VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import ProcessDiffLegend from '../../src/components/process/ProcessDiffLegend.vue';
import ProcessViewer from '../../src/components/process/ProcessViewer.vue';
import {
  blockingAxeViolations,
  mountInPage,
  SIMPLE_PROCESS,
  shape,
  waitForElement,
} from './support.ts';

type Viewer = VueWrapper<InstanceType<typeof ProcessViewer>>;

const wrappers: VueWrapper[] = [];

afterEach(() => {
  for (const wrapper of wrappers.splice(0)) wrapper.unmount();
  document.body.innerHTML = '';
});

async function mountViewer(props: Record<string, unknown>) {
  const { wrapper } = mountInPage(ProcessViewer, props);
  wrappers.push(wrapper);
  await waitForElement('Task_1');
  return wrapper as Viewer;
}

describe('ProcessViewer (bpmn-js in Chromium)', () => {
  it('shows the diagram read-only, with change markers from the prop', async () => {
    const viewer = await mountViewer({
      xml: SIMPLE_PROCESS,
      name: 'Testprozess',
      changes: { Task_1: 'changed', Flow_2: 'removed' },
    });
    expect(document.querySelector('.djs-palette')).toBeNull();
    expect(document.querySelector('.bio-properties-panel')).toBeNull();
    expect(shape('Task_1')?.classList).toContain('amtsweg-change-changed');
    expect(shape('Flow_2')?.classList).toContain('amtsweg-change-removed');

    await viewer.setProps({ changes: { StartEvent_1: 'added' } });
    await expect
      .poll(() => shape('StartEvent_1')?.classList.contains('amtsweg-change-added'))
      .toBe(true);
    expect(shape('Task_1')?.classList).not.toContain('amtsweg-change-changed');

    await viewer.setProps({ changes: undefined });
    await expect.poll(() => document.querySelector('[class*="amtsweg-change-"]')).toBeNull();

    await viewer.vm.addMarkers({ EndEvent_1: 'moved' });
    expect(shape('EndEvent_1')?.classList).toContain('amtsweg-change-moved');
    await viewer.vm.clearMarkers();
    expect(shape('EndEvent_1')?.classList).not.toContain('amtsweg-change-moved');
  });

  it('zooms with its buttons and exports SVG', async () => {
    const viewer = await mountViewer({ xml: SIMPLE_PROCESS });
    const viewport = () =>
      document.querySelector('.djs-container .viewport')?.getAttribute('transform');
    const before = viewport();
    await page.getByRole('button', { name: 'Vergrößern' }).click();
    await expect.poll(viewport).not.toBe(before);
    await page.getByRole('button', { name: 'Ganzes Diagramm zeigen' }).click();
    await expect.poll(viewport).toBe(before);
    expect(await viewer.vm.getSvg()).toContain('Antrag prüfen');
  });

  it('is a labelled region, together with the legend free of serious axe violations', async () => {
    await mountViewer({ xml: SIMPLE_PROCESS, name: 'Testprozess', changes: { Task_1: 'added' } });
    wrappers.push(mountInPage(ProcessDiffLegend, {}).wrapper);
    await expect
      .element(page.getByRole('region', { name: 'Prozessdiagramm „Testprozess“' }))
      .toBeVisible();
    await expect
      .element(page.getByRole('list', { name: 'Legende der Änderungen' }))
      .toHaveTextContent(/Hinzugefügt.*Entfernt.*Geändert.*Verschoben/);
    expect(await blockingAxeViolations()).toEqual([]);
  });
});
