import { describe, expect, it } from 'vitest';
import { diffBpmn } from './diffBpmn.ts';
import { BpmnImportError } from './errors.ts';
import { readFixture } from './fixtures/readFixture.ts';

const expression = (name: string) => `\${${name}}`;

function replaceAll(xml: string, replacements: [string, string][]): string {
  return replacements.reduce((result, [from, to]) => {
    expect(result).toContain(from);
    return result.replace(from, to);
  }, xml);
}

describe('diffBpmn between two versions of one diagram', () => {
  // v2: Task_A renamed, Task_C removed, Task_D added in its place, Task_B moved down,
  // Flow_3 now leads to Task_D, Flow_4 replaced by Flow_5.
  it('reports added, removed, renamed and moved elements', async () => {
    const diff = await diffBpmn(readFixture('diff-v1'), readFixture('diff-v2'));

    expect(diff.added).toEqual([
      { elementId: 'Task_D', type: 'bpmn:Task', name: 'Gebühr erheben' },
      { elementId: 'Flow_5', type: 'bpmn:SequenceFlow', name: null },
    ]);
    expect(diff.removed).toEqual([
      { elementId: 'Task_C', type: 'bpmn:Task', name: 'Akte archivieren' },
      { elementId: 'Flow_4', type: 'bpmn:SequenceFlow', name: null },
    ]);
    expect(diff.changed).toEqual([
      {
        elementId: 'Task_A',
        type: 'bpmn:Task',
        name: 'Antrag auf Vollständigkeit prüfen',
        // Old value first: bpmn-js-differ itself hands these over swapped.
        attributes: [
          {
            name: 'name',
            oldValue: 'Antrag prüfen',
            newValue: 'Antrag auf Vollständigkeit prüfen',
          },
        ],
      },
      {
        elementId: 'Flow_3',
        type: 'bpmn:SequenceFlow',
        name: null,
        attributes: [{ name: 'targetRef', oldValue: 'Task_C', newValue: 'Task_D' }],
      },
    ]);
    expect(diff.moved).toContainEqual({
      elementId: 'Task_B',
      type: 'bpmn:Task',
      name: 'Gewerbeschein erstellen',
    });
    // Its connections were re-routed; nothing else moved.
    expect(diff.moved.map((element) => element.elementId).sort()).toEqual([
      'Flow_2',
      'Flow_3',
      'Task_B',
    ]);
  });

  it('reports the reverse changes when comparing the other way round', async () => {
    const diff = await diffBpmn(readFixture('diff-v2'), readFixture('diff-v1'));

    expect(diff.added.map((element) => element.elementId)).toEqual(['Task_C', 'Flow_4']);
    expect(diff.removed.map((element) => element.elementId)).toEqual(['Task_D', 'Flow_5']);
    expect(diff.changed[0]).toEqual({
      elementId: 'Task_A',
      type: 'bpmn:Task',
      name: 'Antrag prüfen',
      attributes: [
        { name: 'name', oldValue: 'Antrag auf Vollständigkeit prüfen', newValue: 'Antrag prüfen' },
      ],
    });
  });

  it('finds no difference between a model and itself', async () => {
    const xml = readFixture('camunda-modeler');
    expect(await diffBpmn(xml, xml)).toEqual({ added: [], removed: [], changed: [], moved: [] });
  });

  it('reports changes bpmn-js-differ misses or leaves without values', async () => {
    const before = readFixture('camunda-modeler');
    const after = replaceAll(before, [
      // an attribute outside the BPMN schema
      [
        `camunda:assignee="${expression('sachbearbeiter')}"`,
        `camunda:assignee="${expression('teamleitung')}"`,
      ],
      // inside an event definition
      ['tFormalExpression">P14D<', 'tFormalExpression">P21D<'],
      // a condition
      [
        `${expression('vollstaendig')}</bpmn:conditionExpression>`,
        `${expression('vollstaendig &amp;&amp; geprueft')}</bpmn:conditionExpression>`,
      ],
      // inside an extension element
      ['name="frist">P14D<', 'name="frist">P28D<'],
      // the element type
      ['<bpmn:userTask id="Task_Bescheid"', '<bpmn:manualTask id="Task_Bescheid"'],
      ['</bpmn:userTask>\n    <bpmn:boundaryEvent', '</bpmn:manualTask>\n    <bpmn:boundaryEvent'],
    ]);

    const diff = await diffBpmn(before, after);
    const changes = Object.fromEntries(
      diff.changed.map((element) => [element.elementId, element.attributes]),
    );

    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(changes.Task_Pruefen).toContainEqual({
      name: 'camunda:assignee',
      oldValue: expression('sachbearbeiter'),
      newValue: expression('teamleitung'),
    });
    const extension = changes.Task_Pruefen?.find((change) => change.name === 'extensionElements');
    expect(extension?.oldValue).toContain('"$body":"P14D"');
    expect(extension?.newValue).toContain('"$body":"P28D"');
    expect(changes.Event_Frist).toEqual([
      {
        name: 'eventDefinitions',
        oldValue:
          '[{"$type":"bpmn:TimerEventDefinition","id":"TimerEventDefinition_Frist","timeDuration":"P14D"}]',
        newValue:
          '[{"$type":"bpmn:TimerEventDefinition","id":"TimerEventDefinition_Frist","timeDuration":"P21D"}]',
      },
    ]);
    expect(changes.Flow_Ja).toEqual([
      {
        name: 'conditionExpression',
        oldValue: expression('vollstaendig'),
        newValue: expression('vollstaendig && geprueft'),
      },
    ]);
    expect(changes.Task_Bescheid).toEqual([
      { name: '$type', oldValue: 'bpmn:UserTask', newValue: 'bpmn:ManualTask' },
    ]);
    expect(Object.keys(changes).sort()).toEqual([
      'Event_Frist',
      'Flow_Ja',
      'Task_Bescheid',
      'Task_Pruefen',
    ]);
  });

  it('reports process, lane and pool changes in a collaboration', async () => {
    const before = readFixture('signavio');
    const after = replaceAll(before, [
      ['name="Wohnsitz anmelden"', 'name="Wohnsitz an- oder ummelden"'],
      ['name="Teamleitung"', 'name="Amtsleitung"'],
      // the send task moves from the first lane to the second
      ['<flowNodeRef>sid-TASK-VERSENDEN</flowNodeRef>\n', ''],
      [
        '<flowNodeRef>sid-TASK-FREIGEBEN</flowNodeRef>',
        '<flowNodeRef>sid-TASK-FREIGEBEN</flowNodeRef><flowNodeRef>sid-TASK-VERSENDEN</flowNodeRef>',
      ],
    ]);

    const diff = await diffBpmn(before, after);

    expect(diff.changed).toContainEqual({
      elementId: 'sid-POOL-AMT',
      type: 'bpmn:Participant',
      name: 'Bürgeramt Musterstadt',
      attributes: [
        {
          name: 'processRef.name',
          oldValue: 'Wohnsitz anmelden',
          newValue: 'Wohnsitz an- oder ummelden',
        },
      ],
    });
    expect(diff.changed).toContainEqual({
      elementId: 'sid-LANE-TL',
      type: 'bpmn:Lane',
      name: 'Amtsleitung',
      attributes: [
        { name: 'name', oldValue: 'Teamleitung', newValue: 'Amtsleitung' },
        {
          name: 'flowNodeRef',
          oldValue: 'sid-TASK-FREIGEBEN',
          newValue: 'sid-TASK-FREIGEBEN, sid-TASK-VERSENDEN',
        },
      ],
    });
    const firstLane = diff.changed.find((element) => element.elementId === 'sid-LANE-SB');
    expect(firstLane?.attributes[0]?.oldValue).toContain('sid-TASK-VERSENDEN');
    expect(firstLane?.attributes[0]?.newValue).not.toContain('sid-TASK-VERSENDEN');
  });

  it('validates both versions like an upload', async () => {
    await expect(diffBpmn(readFixture('diff-v1'), '<nope')).rejects.toBeInstanceOf(BpmnImportError);
  });
});
