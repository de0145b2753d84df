import { describe, expect, it } from 'vitest';
import { bpmnXml } from './bpmnForTests.ts';
import { processFigures } from './figures.ts';
import { readProcessGraph } from './graph.ts';
import { mediaIn } from './mediaBreaks.ts';

// A permit procedure: the citizen applies on paper, the office scans, checks (with a correction
// loop back to the citizen) and decides; the decision goes out by post.
const permit = bpmnXml({
  lanes: {
    Bürger: ['start', 'apply', 'supplement'],
    Sachbearbeitung: ['scan', 'check', 'complete', 'decide', 'send', 'end'],
    Kasse: ['fee'],
  },
  nodes: [
    ['start', 'startEvent'],
    ['apply', 'manualTask', 'Papierformular ausfüllen und unterschreiben'],
    ['scan', 'task', 'Antrag einscannen'],
    ['check', 'userTask', 'Antrag prüfen'],
    ['complete', 'exclusiveGateway', 'Vollständig?'],
    ['supplement', 'userTask', 'Unterlagen nachreichen'],
    ['fee', 'serviceTask', 'Gebühr buchen'],
    ['decide', 'userTask', 'Bescheid erstellen'],
    ['send', 'sendTask', 'Bescheid per Post versenden'],
    ['end', 'endEvent'],
  ],
  flows: [
    ['start', 'apply'],
    ['apply', 'scan'],
    ['scan', 'check'],
    ['check', 'complete'],
    ['complete', 'supplement'],
    ['supplement', 'check'],
    ['complete', 'fee'],
    ['fee', 'decide'],
    ['decide', 'send'],
    ['send', 'end'],
  ],
  extra: `<dataObjectReference id="fax" name="Vollmacht (Fax)" dataObjectRef="faxData"/>
    <dataObject id="faxData"/>`,
});

describe('processFigures', () => {
  it('counts activities by kind, lanes, hand-offs, gateways and loops', async () => {
    const figures = processFigures(await readProcessGraph(permit));
    expect(figures).toMatchObject({
      activities: 7,
      userTasks: 3,
      manualTasks: 1,
      serviceTasks: 1,
      lanes: 3,
      gateways: 1,
      loops: 1,
    });
    // apply→scan, complete→supplement, supplement→check, complete→fee, fee→decide
    expect(figures.handOffs).toBe(5);
  });

  it('finds media breaks in steps and data objects', async () => {
    const { mediaBreaks } = processFigures(await readProcessGraph(permit));
    const found = mediaBreaks.map((entry) => `${entry.elementId}:${entry.medium}`).sort();
    expect(found).toEqual(['apply:PAPER', 'fax:FAX', 'scan:SCAN', 'send:POST']);
    expect(mediaBreaks.find((entry) => entry.elementId === 'send')?.label).toBe(
      'Bescheid per Post versenden',
    );
  });
});

describe('media wording', () => {
  it('recognises German wording', () => {
    expect(mediaIn('Brief ausdrucken')).toEqual(['POST', 'PAPER']);
    expect(mediaIn('Antragsteller spricht persönlich vor')).toEqual(['IN_PERSON']);
    expect(mediaIn('Rückfrage per E-Mail')).toEqual(['EMAIL']);
    expect(mediaIn('Telefonisch nachfragen')).toEqual(['PHONE']);
  });

  it('recognises English wording and keeps e-mail apart from mail', () => {
    expect(mediaIn('Print and sign the form')).toEqual(['PAPER']);
    expect(mediaIn('Send letter by mail')).toEqual(['POST']);
    expect(mediaIn('Send confirmation e-mail')).toEqual(['EMAIL']);
    expect(mediaIn('Scan documents')).toEqual(['SCAN']);
  });

  it('does not flag digital steps', () => {
    expect(mediaIn('Antrag im Fachverfahren prüfen')).toEqual([]);
    expect(mediaIn('Fill in online form')).toEqual([]);
  });
});
