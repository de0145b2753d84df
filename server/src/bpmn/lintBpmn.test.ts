import { describe, expect, it } from 'vitest';
import { BpmnImportError } from './errors.ts';
import { generateBpmnModel } from './fixtures/generateBpmn.ts';
import { bpmnDocument, readFixture } from './fixtures/readFixture.ts';
import { lintBpmn } from './lintBpmn.ts';
import { parseBpmn } from './parseBpmn.ts';

// No end event, an unlabelled task, a disconnected task, no diagram.
const FLAWED = bpmnDocument(`<bpmn:process id="P">
  <bpmn:startEvent id="Start" name="Antrag eingegangen" />
  <bpmn:task id="Task_Unnamed" />
  <bpmn:task id="Task_Lonely" name="Akte anlegen" />
  <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Unnamed" />
</bpmn:process>`);

describe('lintBpmn (bpmnlint recommended rules)', () => {
  it.each(['camunda-modeler', 'signavio', 'bpmn-io'] as const)(
    'finds nothing in the clean %s fixture',
    async (fixture) => {
      expect(await lintBpmn(readFixture(fixture))).toEqual([]);
    },
  );

  it('reports rule, element, message and category', async () => {
    const findings = await lintBpmn(FLAWED);

    expect(findings).toContainEqual({
      rule: 'label-required',
      elementId: 'Task_Unnamed',
      message: 'Element is missing label/name',
      category: 'error',
    });
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'no-disconnected', elementId: 'Task_Lonely' }),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'end-event-required', elementId: 'P', category: 'error' }),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'no-bpmndi', elementId: 'Start' }),
    );
    for (const finding of findings) {
      expect(['error', 'warn']).toContain(finding.category);
      expect(finding.message).not.toBe('');
    }
  });

  it('reports warnings of the recommended set as warn', async () => {
    const xml = readFixture('bpmn-io').replace(
      '<bpmn:parallelGateway id="Gateway_Split">',
      '<bpmn:inclusiveGateway id="Gateway_Split">',
    );
    const findings = await lintBpmn(
      xml.replace(
        '</bpmn:parallelGateway>\n    <bpmn:task id="Activity_Halter"',
        '</bpmn:inclusiveGateway>\n    <bpmn:task id="Activity_Halter"',
      ),
    );
    expect(findings).toContainEqual({
      rule: 'no-inclusive-gateway',
      elementId: 'Gateway_Split',
      message: 'Element type <bpmn:InclusiveGateway> is discouraged',
      category: 'warn',
    });
  });

  it('gives the same findings for XML and for parsed definitions', async () => {
    const { definitions } = await parseBpmn(FLAWED);
    expect(await lintBpmn(definitions)).toEqual(await lintBpmn(FLAWED));
  });

  it('does not carry findings over from earlier runs', async () => {
    // Some bpmnlint rules keep state in the rule instance; a shared linter would report every
    // flow of the second run as a duplicate of the first.
    const xml = generateBpmnModel({ elements: 30 });
    expect(await lintBpmn(xml)).toEqual([]);
    expect(await lintBpmn(xml)).toEqual([]);
  });

  it('finds nothing in the generated 1,000-element model', async () => {
    expect(await lintBpmn(generateBpmnModel({ elements: 1000 }))).toEqual([]);
  });

  it('rejects XML that cannot be imported', async () => {
    await expect(lintBpmn('not xml')).rejects.toBeInstanceOf(BpmnImportError);
  });
});
