// The read-only viewer with the step-pair decorations of a process comparison: markers and number
// badges on the real bpmn-js canvas, emphasis of counterparts, and hover events.
import '../../src/components/comparison/comparisonMarkers.css';
import type { VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { pairDecorations, pairSteps } from '../../src/components/comparison/stepPairs.ts';
import ProcessViewer from '../../src/components/process/ProcessViewer.vue';
import {
  blockingAxeViolations,
  mountInPage,
  SIMPLE_PROCESS,
  shape,
  waitForElement,
} from './support.ts';

const wrappers: VueWrapper[] = [];

afterEach(() => {
  for (const wrapper of wrappers.splice(0)) wrapper.unmount();
  document.body.innerHTML = '';
});

const step = (elementId: string) => ({ elementId });
// Start and end event are matched; the task has no counterpart (and a badge for an unknown id is
// skipped, as when the comparison names an element of another version).
const pairing = pairSteps([
  { left: step('StartEvent_1'), right: step('Start_X') },
  { left: step('EndEvent_1'), right: step('End_X') },
  { left: step('Missing_1'), right: step('Other_X') },
]);
const decorations = pairDecorations(pairing, 'left', [step('Task_1')]);

function badge(elementId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(
    `.djs-overlays[data-container-id="${elementId}"] .amtsweg-diagram-badge`,
  );
}

async function mountViewer(props: Record<string, unknown>) {
  const { wrapper } = mountInPage(ProcessViewer, props);
  wrappers.push(wrapper);
  await waitForElement('Task_1');
  await expect.poll(() => badge('StartEvent_1')).toBeTruthy();
  return wrapper as VueWrapper<InstanceType<typeof ProcessViewer>>;
}

describe('ProcessViewer with comparison decorations (bpmn-js in Chromium)', () => {
  it('colours and numbers the paired steps and marks the unmatched one', async () => {
    await mountViewer({ xml: SIMPLE_PROCESS, name: 'Testprozess', decorations });
    expect(shape('StartEvent_1')?.classList).toContain('amtsweg-pair--0');
    expect(shape('EndEvent_1')?.classList).toContain('amtsweg-pair--1');
    expect(shape('Task_1')?.classList).toContain('amtsweg-unmatched');
    expect(badge('StartEvent_1')?.textContent).toBe('1');
    expect(badge('EndEvent_1')?.textContent).toBe('2');
    expect(badge('Task_1')).toBeNull();

    const outline = shape('StartEvent_1')?.querySelector('.djs-visual > :first-child');
    expect(getComputedStyle(outline as Element).stroke).toBe('rgb(31, 95, 168)');
    const dashed = shape('Task_1')?.querySelector('.djs-visual > :first-child');
    expect(getComputedStyle(dashed as Element).strokeDasharray).toBe('6px, 4px');
    expect(getComputedStyle(badge('EndEvent_1') as Element).backgroundColor).toBe(
      'rgb(161, 76, 0)',
    );
    expect(await blockingAxeViolations()).toEqual([]);
  });

  it('emphasises the highlighted elements and repaints when the decorations change', async () => {
    const viewer = await mountViewer({ xml: SIMPLE_PROCESS, decorations, highlighted: [] });
    await viewer.setProps({ highlighted: ['EndEvent_1'] });
    await expect
      .poll(() => shape('EndEvent_1')?.classList.contains('amtsweg-highlighted'))
      .toBe(true);
    expect(badge('EndEvent_1')?.classList).toContain('amtsweg-highlighted');

    await viewer.setProps({ highlighted: ['StartEvent_1'] });
    await expect
      .poll(() => shape('EndEvent_1')?.classList.contains('amtsweg-highlighted'))
      .toBe(false);
    expect(shape('StartEvent_1')?.classList).toContain('amtsweg-highlighted');

    await viewer.setProps({ decorations: { markers: new Map(), badges: [] } });
    await expect.poll(() => badge('StartEvent_1')).toBeNull();
    expect(shape('Task_1')?.classList).not.toContain('amtsweg-unmatched');
    expect(shape('EndEvent_1')?.classList).not.toContain('amtsweg-pair--1');
  });

  it('reports the element under the pointer, and when the pointer leaves it', async () => {
    const viewer = await mountViewer({ xml: SIMPLE_PROCESS, decorations });
    const hit = shape('Task_1')?.querySelector('.djs-hit') as Element;
    hit.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    hit.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
    // The real pointer may rest over the canvas (the process itself) before: only the last count.
    expect(viewer.emitted('element-hover')?.slice(-2)).toEqual([['Task_1'], [null]]);
  });
});
