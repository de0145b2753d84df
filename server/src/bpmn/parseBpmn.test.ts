import { describe, expect, it } from 'vitest';
import { BPMN_LIMITS, BpmnImportError, type BpmnImportErrorReason } from './errors.ts';
import { generateBpmnModel } from './fixtures/generateBpmn.ts';
import { bpmnDocument, readFixture } from './fixtures/readFixture.ts';
import { parseBpmn } from './parseBpmn.ts';

async function importError(xml: string): Promise<BpmnImportError> {
  const error = await parseBpmn(xml).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(BpmnImportError);
  return error as BpmnImportError;
}

async function expectRejected(xml: string, reason: BpmnImportErrorReason) {
  const error = await importError(xml);
  expect(error.reason).toBe(reason);
  expect(error.message.length).toBeGreaterThan(20);
  return error;
}

const SIMPLE_PROCESS = `<bpmn:process id="Process_1">
  <bpmn:startEvent id="Start" name="Antrag eingegangen" />
</bpmn:process>`;

describe('parseBpmn on exports of common tools', () => {
  it('reads a Camunda Modeler export with camunda: extensions and a diagram', async () => {
    const parsed = await parseBpmn(readFixture('camunda-modeler'));

    expect(parsed.definitions.$type).toBe('bpmn:Definitions');
    expect(parsed.figures).toEqual({
      activities: 5,
      events: 5,
      gateways: 1,
      lanes: 0,
      elementCount: 25,
    });
    expect(parsed.activityLabels).toEqual([
      'Antrag auf Vollständigkeit prüfen',
      'Unterlagen nachfordern',
      'Wohngeld berechnen',
      'Bescheid erstellen',
      'Vorgang an Teamleitung eskalieren',
    ]);
    expect(parsed.hasDiagram).toBe(true);
    // Extension attributes of an unregistered namespace are kept, not warned about.
    expect(parsed.warnings).toEqual([]);
    expect(parsed.elementsById.get('Task_Pruefen')?.$attrs['camunda:assignee']).toBe(
      `\${sachbearbeiter}`,
    );
  });

  it('reads a Signavio export: default namespace, pools, lanes and a black-box pool', async () => {
    const parsed = await parseBpmn(readFixture('signavio'));

    expect(parsed.figures).toEqual({
      activities: 4,
      events: 3,
      gateways: 1,
      lanes: 2,
      elementCount: 25,
    });
    expect(parsed.activityLabels).toEqual([
      'Meldedaten prüfen',
      'Rückfrage stellen',
      'Anmeldung freigeben',
      'Meldebestätigung versenden',
    ]);
    expect(parsed.hasDiagram).toBe(true);
    expect(parsed.warnings).toEqual([]);
  });

  it('reads a bpmn.io export with a sub-process, a call activity and colours', async () => {
    const parsed = await parseBpmn(readFixture('bpmn-io'));

    expect(parsed.figures).toEqual({
      activities: 4,
      events: 5,
      gateways: 2,
      lanes: 0,
      elementCount: 26,
    });
    expect(parsed.activityLabels).toEqual([
      'Halterdaten erfassen',
      'Steuerbescheid erstellen',
      'Hundemarke ausgeben',
      'Marke zuordnen',
    ]);
    expect(parsed.hasDiagram).toBe(true);
  });

  it('collapses line breaks in labels and lists each activity name once', async () => {
    const parsed = await parseBpmn(
      bpmnDocument(`<bpmn:process id="P">
  <bpmn:task id="A" name="Antrag&#10;prüfen" />
  <bpmn:userTask id="B" name="  Antrag   prüfen " />
  <bpmn:task id="C" />
</bpmn:process>`),
    );
    expect(parsed.activityLabels).toEqual(['Antrag prüfen']);
    expect(parsed.figures.activities).toBe(3);
  });

  it('reports a model without bpmndi as having no diagram', async () => {
    const parsed = await parseBpmn(bpmnDocument(SIMPLE_PROCESS));
    expect(parsed.hasDiagram).toBe(false);
    expect(parsed.figures.events).toBe(1);
  });

  it('accepts a byte order mark before the XML declaration', async () => {
    const parsed = await parseBpmn(`\uFEFF${bpmnDocument(SIMPLE_PROCESS)}`);
    expect(parsed.figures.elementCount).toBe(2);
  });

  it('keeps import warnings instead of rejecting, with element ids where known', async () => {
    const parsed = await parseBpmn(
      bpmnDocument(`<bpmn:process id="P">
  <bpmn:task id="T" name="Prüfen" priority="hoch" />
  <bpmn:fancyTask id="X" />
  <bpmn:sequenceFlow id="F" sourceRef="T" targetRef="Missing" />
</bpmn:process>`),
    );

    expect(parsed.warnings).toEqual([
      { message: 'unknown attribute <priority>', elementId: 'T' },
      {
        message: 'Skipped <bpmn:fancyTask>: unknown type <bpmn:FancyTask> (line 5, column 3)',
      },
      { message: 'unresolved reference <Missing>', elementId: 'F' },
    ]);
    expect(parsed.figures.activities).toBe(1);
  });

  it('parses a generated 1,000-element model', async () => {
    const xml = generateBpmnModel({ elements: 1000 });
    const parsed = await parseBpmn(xml);

    expect(parsed.figures).toEqual({
      activities: 495,
      events: 2,
      gateways: 0,
      lanes: 2,
      elementCount: 1000,
    });
    expect(parsed.activityLabels).toHaveLength(495);
    expect(parsed.hasDiagram).toBe(true);
    expect(parsed.warnings).toEqual([]);
  });
});

describe('parseBpmn rejects files a user has to fix', () => {
  it('TOO_LARGE: more than 5 MB, checked before parsing', async () => {
    const padding = 'x'.repeat(BPMN_LIMITS.maxBytes);
    const xml =
      bpmnDocument(`<bpmn:process id="P"><bpmn:documentation>${padding}</bpmn:documentation>
</bpmn:process>`);
    const error = await expectRejected(xml, 'TOO_LARGE');
    expect(error.details).toEqual({ limit: 5 * 1024 * 1024, actual: Buffer.byteLength(xml) });
  });

  it('TOO_LARGE counts UTF-8 bytes, not characters', async () => {
    // 2.7 million umlauts: below the limit in characters, above it in bytes.
    const padding = 'ü'.repeat(2_700_000);
    const xml =
      bpmnDocument(`<bpmn:process id="P"><bpmn:documentation>${padding}</bpmn:documentation>
</bpmn:process>`);
    expect(xml.length).toBeLessThan(BPMN_LIMITS.maxBytes);
    const error = await expectRejected(xml, 'TOO_LARGE');
    expect(error.details.actual).toBeGreaterThan(BPMN_LIMITS.maxBytes);
  });

  it('TOO_LARGE is checked before anything else', async () => {
    const error = await expectRejected(
      `<!DOCTYPE x>${' '.repeat(BPMN_LIMITS.maxBytes)}`,
      'TOO_LARGE',
    );
    expect(error.details.limit).toBe(BPMN_LIMITS.maxBytes);
  });

  it('NOT_XML: plain text', async () => {
    const error = await expectRejected('Prozess: Antrag prüfen, dann Bescheid senden', 'NOT_XML');
    expect(error.message).toContain('not well-formed XML');
  });

  it('NOT_XML: broken markup, with the position of the problem', async () => {
    const xml = bpmnDocument(`<bpmn:process id="P">
  <bpmn:task id="T">
</bpmn:process>`);
    const error = await expectRejected(xml, 'NOT_XML');
    expect(error.details).toMatchObject({ line: 5, column: 1 });
    expect(error.message).toContain('closing tag mismatch (line 5, column 1)');
  });

  it('NOT_XML: a control character XML forbids, such as NUL in a label', async () => {
    const xml = bpmnDocument(`<bpmn:process id="P">
  <bpmn:task id="T" name="Antrag\u0000prüfen" />
</bpmn:process>`);
    const error = await expectRejected(xml, 'NOT_XML');
    expect(error.message).toContain('character U+0000');
    expect(error.details).toMatchObject({ line: 4, column: 33 });
    // Tabs and line breaks are ordinary XML.
    await expect(parseBpmn(xml.replace('\u0000', '\t'))).resolves.toBeDefined();
  });

  it('NOT_XML: forbidden characters written as references, and lone surrogates', async () => {
    for (const [label, name] of [
      ['a&#x0;b', 'U+0000'],
      ['a&#1;b', 'U+0001'],
      ['a&#xD800;b', 'U+D800'],
      ['a&#xFFFF;b', 'U+FFFF'],
      ['a&#x110000;b', 'U+110000'],
      ['a\uD800b', 'U+D800'],
    ]) {
      const xml = bpmnDocument(
        `<bpmn:process id="P"><bpmn:task id="T" name="${label}" /></bpmn:process>`,
      );
      const error = await expectRejected(xml, 'NOT_XML');
      expect(error.message).toContain(name);
    }
    // Ordinary references and a proper surrogate pair (an emoji) are fine.
    const fine = bpmnDocument(
      '<bpmn:process id="P"><bpmn:task id="T" name="&#xE4;&#228;&#x1F600;\uD83D\uDE00" /></bpmn:process>',
    );
    await expect(parseBpmn(fine)).resolves.toBeDefined();
  });

  it('NOT_XML: an empty file', async () => {
    await expectRejected('', 'NOT_XML');
  });

  it('NOT_BPMN: well-formed XML of another kind', async () => {
    const error = await expectRejected(
      '<svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>',
      'NOT_BPMN',
    );
    expect(error.details.rootElement).toBe('svg');
    expect(error.message).toContain('http://www.omg.org/spec/BPMN/20100524/MODEL');
  });

  it('NOT_BPMN: definitions in a namespace other than BPMN 2.0 MODEL', async () => {
    const xml = `<definitions xmlns="http://www.omg.org/spec/BPMN/20100501/MODEL">
  <process id="P"><startEvent id="S" /></process>
</definitions>`;
    const error = await expectRejected(xml, 'NOT_BPMN');
    expect(error.details.rootElement).toBe('definitions');
  });

  it('DTD_FORBIDDEN: a document type declaration', async () => {
    const xml = bpmnDocument(SIMPLE_PROCESS).replace(
      '<bpmn:definitions',
      '<!DOCTYPE bpmn:definitions>\n<bpmn:definitions',
    );
    await expectRejected(xml, 'DTD_FORBIDDEN');
  });

  it('DTD_FORBIDDEN: entity declarations (billion laughs)', async () => {
    const xml = bpmnDocument(SIMPLE_PROCESS.replace('Antrag eingegangen', '&lol2;')).replace(
      '<bpmn:definitions',
      `<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
]>
<bpmn:definitions`,
    );
    await expectRejected(xml, 'DTD_FORBIDDEN');
  });

  it('TOO_MANY_ELEMENTS: more than 10,000 model elements', async () => {
    const xml = generateBpmnModel({ elements: BPMN_LIMITS.maxElements + 1, withDiagram: false });
    const error = await expectRejected(xml, 'TOO_MANY_ELEMENTS');
    expect(error.details).toEqual({ limit: 10_000, actual: 10_001 });
    expect(error.message).toContain('10,001');
  });

  it('accepts exactly 10,000 model elements', async () => {
    const xml = generateBpmnModel({ elements: BPMN_LIMITS.maxElements, withDiagram: false });
    const parsed = await parseBpmn(xml);
    expect(parsed.figures.elementCount).toBe(10_000);
  });

  it('TOO_DEEPLY_NESTED: sub-processes nested more than 100 levels deep', async () => {
    // definitions > process > 100 sub-processes > task: the task sits 102 levels down.
    const open = Array.from({ length: 100 }, (_, i) => `<bpmn:subProcess id="Sub_${i}">`).join('');
    const xml = bpmnDocument(
      `<bpmn:process id="P">${open}<bpmn:task id="T" />${'</bpmn:subProcess>'.repeat(100)}</bpmn:process>`,
    );
    const error = await expectRejected(xml, 'TOO_DEEPLY_NESTED');
    expect(error.details).toEqual({ limit: 100, actual: 102 });
  });

  it('TOO_DEEPLY_NESTED: also counts extension content', async () => {
    const open = '<x:group>'.repeat(120);
    const xml = bpmnDocument(
      `<bpmn:process id="P"><bpmn:extensionElements>${open}${'</x:group>'.repeat(120)}</bpmn:extensionElements></bpmn:process>`,
      ' xmlns:x="http://example.org/vendor"',
    );
    await expectRejected(xml, 'TOO_DEEPLY_NESTED');
  });

  it('accepts realistic nesting', async () => {
    const open = Array.from({ length: 20 }, (_, i) => `<bpmn:subProcess id="Sub_${i}">`).join('');
    const xml = bpmnDocument(
      `<bpmn:process id="P">${open}<bpmn:task id="T" />${'</bpmn:subProcess>'.repeat(20)}</bpmn:process>`,
    );
    expect((await parseBpmn(xml)).figures.activities).toBe(21);
  });

  it('NO_PROCESS: definitions without any process', async () => {
    await expectRejected(
      bpmnDocument('<bpmn:message id="Message_1" name="Antrag" />'),
      'NO_PROCESS',
    );
  });

  it('NO_PROCESS: a collaboration whose pools reference no process', async () => {
    // A process exists, but the collaboration only shows collapsed (black-box) pools.
    const xml = bpmnDocument(`<bpmn:collaboration id="Collaboration_1">
  <bpmn:participant id="Pool_Buerger" name="Bürger" />
  <bpmn:participant id="Pool_Amt" name="Bürgeramt" />
</bpmn:collaboration>
${SIMPLE_PROCESS}`);
    const error = await expectRejected(xml, 'NO_PROCESS');
    expect(error.message).toContain('Collaboration_1');
  });

  it('accepts a collaboration in which one pool holds the process', async () => {
    const xml = bpmnDocument(`<bpmn:collaboration id="Collaboration_1">
  <bpmn:participant id="Pool_Buerger" name="Bürger" />
  <bpmn:participant id="Pool_Amt" name="Bürgeramt" processRef="Process_1" />
</bpmn:collaboration>
${SIMPLE_PROCESS}`);
    const parsed = await parseBpmn(xml);
    expect(parsed.figures.elementCount).toBe(5);
  });
});
