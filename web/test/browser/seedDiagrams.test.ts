// The demo data's process models must open without warnings in the editor.
import { afterEach, describe, expect, it } from 'vitest';
import anwohnerparkausweis from '../../../server/src/seed/bpmn/anwohnerparkausweis.bpmn?raw';
import gewerbeanmeldung from '../../../server/src/seed/bpmn/gewerbeanmeldung.bpmn?raw';
import hundesteuerAnmeldung from '../../../server/src/seed/bpmn/hundesteuer-anmeldung.bpmn?raw';
import ProcessEditor from '../../src/components/process/ProcessEditor.vue';
import { mountInPage, waitForElement } from './support.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

describe.each([
  ['gewerbeanmeldung.bpmn', gewerbeanmeldung],
  ['anwohnerparkausweis.bpmn', anwohnerparkausweis],
  ['hundesteuer-anmeldung.bpmn', hundesteuerAnmeldung],
])('seed diagram %s', (_file, xml) => {
  it('imports cleanly, with lanes for citizen and office and a media break', async () => {
    const { wrapper } = mountInPage(ProcessEditor, { xml });
    try {
      await waitForElement('Lane_Buerger');
      await expect.poll(() => wrapper.emitted('import-warnings')).toBeTruthy();
      expect(wrapper.emitted('import-warnings')?.at(-1)?.[0]).toEqual([]);
      expect(wrapper.emitted('error')).toBeUndefined();

      const lanes = [...document.querySelectorAll('.djs-shape[data-element-id^="Lane_"]')];
      expect(lanes).toHaveLength(xml.match(/<bpmn:lane /g)?.length ?? 0);
      expect(lanes.length).toBeGreaterThanOrEqual(2);
      expect(document.body.textContent).toContain('Bürgerin/Bürger');
      expect(document.body.textContent).toMatch(/per Post/);
      expect(
        document.querySelector('[data-element-id="TextAnnotation_Medienbruch"]'),
      ).not.toBeNull();

      // Every flow node sits inside the pool.
      const pool = document
        .querySelector('.djs-shape[data-element-id^="Participant_"]')
        ?.getBoundingClientRect();
      for (const node of document.querySelectorAll('.djs-shape[data-element-id*="Task_"]')) {
        const box = node.getBoundingClientRect();
        expect(box.left).toBeGreaterThanOrEqual(pool?.left ?? Number.NaN);
        expect(box.right).toBeLessThanOrEqual(pool?.right ?? Number.NaN);
      }
    } finally {
      wrapper.unmount();
    }
  });
});

// Every demo model, including the other cities' variants, opens cleanly and draws its lanes.
const allSeedDiagrams = import.meta.glob<string>('../../../server/src/seed/bpmn/*.bpmn', {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe.each(Object.entries(allSeedDiagrams))('seed diagram %s', (_file, xml) => {
  it('imports without warnings and draws every lane', async () => {
    const { wrapper } = mountInPage(ProcessEditor, { xml });
    try {
      await expect.poll(() => wrapper.emitted('import-warnings')).toBeTruthy();
      expect(wrapper.emitted('import-warnings')?.at(-1)?.[0]).toEqual([]);
      expect(wrapper.emitted('error')).toBeUndefined();
      const laneIds = [...xml.matchAll(/<bpmn:lane id="([^"]+)"/g)].map((match) => match[1]);
      expect(laneIds.length).toBeGreaterThanOrEqual(2);
      for (const id of laneIds) {
        await waitForElement(id ?? '');
      }
    } finally {
      wrapper.unmount();
    }
  });
});
