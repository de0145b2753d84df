// Sample API answers of the comparison screens for unit tests: Esslingen's and Ettlingen's
// Gewerbeanmeldung, with a split step (one step of Esslingen matches two of Ettlingen).
import type { ProcessComparison } from '../../composables/useProcessComparison.ts';
import type { ServiceVariantMap } from '../../composables/useServiceVariants.ts';
import type { SimilarProcess } from '../../composables/useSimilarProcesses.ts';

export const LEFT_VERSION_ID = btoa('ProcessVersion:00000000-0000-4000-8000-00000000000a');
export const RIGHT_VERSION_ID = btoa('ProcessVersion:00000000-0000-4000-8000-00000000000b');
export const ESSLINGEN_MODEL_ID = btoa('ProcessModel:00000000-0000-4000-8000-000000000001');
export const ETTLINGEN_MODEL_ID = btoa('ProcessModel:00000000-0000-4000-8000-000000000002');
export const GUETERSLOH_MODEL_ID = btoa('ProcessModel:00000000-0000-4000-8000-000000000003');

const esslingen = { id: 'c-es', name: 'Esslingen am Neckar' };
const ettlingen = { id: 'c-et', name: 'Ettlingen' };
const guetersloh = { id: 'c-gt', name: 'Gütersloh' };

const step = (
  elementId: string,
  label: string,
  kind: ProcessComparison['onlyLeft'][number]['kind'] = 'USER_TASK',
  lane: string | null = 'Gewerbeamt',
) => ({ elementId, label, kind, lane });

export function sampleComparison(): ProcessComparison {
  return {
    left: {
      id: LEFT_VERSION_ID,
      number: 3,
      xml: '<bpmn>left</bpmn>',
      processModel: {
        id: ESSLINGEN_MODEL_ID,
        title: 'Gewerbeanmeldung',
        serviceKey: '99050012104000',
        city: esslingen,
      },
    },
    right: {
      id: RIGHT_VERSION_ID,
      number: 1,
      xml: '<bpmn>right</bpmn>',
      processModel: {
        id: ETTLINGEN_MODEL_ID,
        title: 'Gewerbe anmelden',
        serviceKey: '99050012104000',
        city: ettlingen,
      },
    },
    similarity: 0.734,
    matches: [
      {
        left: step('StartEvent_1', 'Anmeldung eingegangen', 'START_EVENT', null),
        right: step('Start_A', 'Anmeldung eingegangen', 'START_EVENT', null),
        score: 1,
        reason: 'Identical label.',
        reasons: [{ code: 'IDENTICAL_LABEL', terms: [] }],
      },
      {
        left: step('Task_Erfassen', 'Antrag erfassen'),
        right: step('Task_Aufnehmen', 'Antrag aufnehmen'),
        score: 0.86,
        reason: 'Synonyms: erfassen, aufnehmen; same lane.',
        reasons: [
          { code: 'SYNONYMS', terms: ['erfassen', 'aufnehmen'] },
          { code: 'SAME_LANE', terms: [] },
        ],
      },
      {
        left: step('Task_Pruefen', 'Antrag prüfen und Gebühr festsetzen'),
        right: step('Task_Pruefen', 'Antrag prüfen'),
        score: 0.71,
        reason: 'Split step.',
        reasons: [
          { code: 'SPLIT_STEP', terms: [] },
          { code: 'SAME_WORDS', terms: ['Antrag', 'prüfen'] },
        ],
      },
      {
        left: step('Task_Pruefen', 'Antrag prüfen und Gebühr festsetzen'),
        right: step('Task_Gebuehr', 'Gebühr festsetzen'),
        score: 0.64,
        reason: 'Split step.',
        reasons: [{ code: 'SPLIT_STEP', terms: [] }],
      },
    ],
    onlyLeft: [step('Task_Scannen', 'Formular einscannen', 'MANUAL_TASK', 'Poststelle')],
    onlyRight: [step('Task_Online', 'Online-Antrag übernehmen', 'SERVICE_TASK', null)],
    leftFigures: {
      activities: 4,
      userTasks: 2,
      manualTasks: 1,
      serviceTasks: 0,
      lanes: 2,
      handOffs: 1,
      gateways: 1,
      loops: 0,
      mediaBreaks: [{ elementId: 'Task_Scannen', label: 'Formular einscannen', medium: 'SCAN' }],
    },
    rightFigures: {
      activities: 4,
      userTasks: 2,
      manualTasks: 0,
      serviceTasks: 1,
      lanes: 1,
      handOffs: 0,
      gateways: 0,
      loops: 1,
      mediaBreaks: [],
    },
  };
}

export function sampleSimilarProcesses(): SimilarProcess[] {
  return [
    {
      model: { id: ETTLINGEN_MODEL_ID, title: 'Gewerbe anmelden', city: ettlingen },
      version: { id: RIGHT_VERSION_ID, number: 1 },
      similarity: 0.734,
      sameService: true,
      matchedSteps: 4,
    },
    {
      model: { id: GUETERSLOH_MODEL_ID, title: 'Hundesteuer-Anmeldung', city: guetersloh },
      version: { id: btoa('ProcessVersion:00000000-0000-4000-8000-00000000000c'), number: 2 },
      similarity: 0.21,
      sameService: false,
      matchedSteps: 1,
    },
  ];
}

export function sampleVariants(): ServiceVariantMap {
  const es = { id: ESSLINGEN_MODEL_ID, title: 'Gewerbeanmeldung', city: esslingen };
  const et = { id: ETTLINGEN_MODEL_ID, title: 'Gewerbe anmelden', city: ettlingen };
  const gt = { id: GUETERSLOH_MODEL_ID, title: 'Gewerbeanmeldung', city: guetersloh };
  return {
    serviceKey: '99050012104000',
    models: [
      { model: es, version: { id: 'v-es', number: 3 }, outliers: [] },
      { model: et, version: { id: 'v-et', number: 1 }, outliers: [] },
      {
        model: gt,
        version: { id: 'v-gt', number: 2 },
        outliers: [step('Task_Gewerbeaufsicht', 'Gewerbeaufsicht informieren')],
      },
    ],
    steps: [
      {
        label: 'Antrag prüfen',
        cityCount: 3,
        occurrences: [
          { model: { id: es.id }, elementId: 'Task_Pruefen', label: 'Antrag prüfen' },
          { model: { id: et.id }, elementId: 'Task_Pruefen', label: 'Antrag prüfen' },
          { model: { id: gt.id }, elementId: 'Task_P', label: 'Anmeldung prüfen' },
        ],
      },
      {
        label: 'Formular einscannen',
        cityCount: 1,
        occurrences: [
          { model: { id: es.id }, elementId: 'Task_Scannen', label: 'Formular einscannen' },
        ],
      },
    ],
  };
}

/** The text of an element as read aloud: its text pieces separated by single spaces. */
export function readable(element: Element): string {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  while (walker.nextNode()) parts.push(walker.currentNode.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
