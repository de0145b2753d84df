import { describe, expect, it } from 'vitest';
import { graphFromDefinitions, ProcessGraphError, readProcessGraph } from './graph.ts';

const collaboration = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
  <collaboration id="c">
    <participant id="pCitizen" name="Bürger" processRef="citizen"/>
    <participant id="pOffice" name="Bürgeramt" processRef="office"/>
    <messageFlow id="m1" sourceRef="send" targetRef="received"/>
  </collaboration>
  <process id="citizen">
    <startEvent id="s"/>
    <task id="send" name="Antrag   stellen"><documentation>per Post</documentation></task>
    <sequenceFlow id="f1" sourceRef="s" targetRef="send"/>
  </process>
  <process id="office">
    <laneSet id="ls">
      <lane id="l1" name="Sachbearbeitung"><flowNodeRef>received</flowNodeRef><flowNodeRef>sub</flowNodeRef></lane>
    </laneSet>
    <startEvent id="received" name="Antrag eingegangen"/>
    <subProcess id="sub" name="Antrag bearbeiten">
      <userTask id="inner" name="Antrag prüfen"/>
    </subProcess>
    <boundaryEvent id="timer" name="Frist abgelaufen" attachedToRef="sub"/>
    <sequenceFlow id="f2" sourceRef="received" targetRef="sub"/>
  </process>
</definitions>`;

describe('readProcessGraph', () => {
  it('reads pools, lanes, sub-processes, boundary events and message flows', async () => {
    const graph = await readProcessGraph(collaboration);
    const byId = new Map(graph.nodes.map((node) => [node.id, node]));
    expect(byId.get('send')).toMatchObject({
      label: 'Antrag stellen',
      kind: 'TASK',
      lane: 'Bürger',
      documentation: 'per Post',
    });
    expect(byId.get('inner')).toMatchObject({ kind: 'USER_TASK', lane: 'Sachbearbeitung' });
    expect(byId.get('received')).toMatchObject({ kind: 'START_EVENT', message: 'RECEIVE' });
    expect(graph.lanes.sort()).toEqual(['Bürger', 'Sachbearbeitung']);
    expect(graph.messageFlows).toEqual([['send', 'received']]);
    expect(graph.flows).toContainEqual(['sub', 'timer']);
  });

  it('accepts a byte-order mark', async () => {
    const graph = await readProcessGraph(`\uFEFF${collaboration}`);
    expect(graph.nodes.length).toBeGreaterThan(0);
  });

  it.each([
    ['', /empty/],
    ['hello', /not XML/],
    ['<html><body/></html>', /not a readable BPMN 2.0 model/],
    ['<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"/>', /no process/],
  ])('rejects %j with a clear message', async (text, message) => {
    const attempt = readProcessGraph(text);
    await expect(attempt).rejects.toBeInstanceOf(ProcessGraphError);
    await expect(attempt).rejects.toThrow(message);
  });

  it('rejects a root that is not bpmn:Definitions', () => {
    expect(() => graphFromDefinitions({ $type: 'bpmn:Process' })).toThrow(ProcessGraphError);
  });
});
