import { flushPromises, mount } from '@vue/test-utils';
import axe from 'axe-core';
import { expect } from 'vitest';
import type { Component } from 'vue';
import { createProcessI18n, type ProcessI18n } from '../../src/testing/processI18n.ts';
import '../../src/styles/main.css';

export { createProcessI18n };

let mountCount = 0;

export function mountInPage(
  component: Component,
  props: Record<string, unknown>,
  i18n: ProcessI18n = createProcessI18n(),
) {
  // Inside one <main>, as on an app page (axe checks landmarks).
  const main =
    document.querySelector('main') ?? document.body.appendChild(document.createElement('main'));
  const host = document.createElement('div');
  host.style.width = '1200px';
  main.append(host);
  // Separate apps on one page: each needs its own prefix for useId().
  mountCount += 1;
  const wrapper = mount(component, {
    attachTo: host,
    props,
    global: { plugins: [i18n], config: { idPrefix: `app${mountCount}` } },
  });
  return { wrapper, i18n, host };
}

export function shape(elementId: string): SVGGElement | null {
  return document.querySelector<SVGGElement>(`.djs-element[data-element-id="${elementId}"]`);
}

export async function waitForElement(elementId: string): Promise<SVGGElement> {
  await expect.poll(() => shape(elementId), { timeout: 10_000 }).toBeTruthy();
  await flushPromises();
  return shape(elementId) as SVGGElement;
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Serious and critical WCAG 2.1 A/AA violations, as the e2e suite counts them. */
export async function blockingAxeViolations(root: Element = document.body) {
  const results = await axe.run(root, { runOnly: { type: 'tag', values: WCAG_TAGS } });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

/** Start → "Antrag prüfen" → end, in one process. */
export const SIMPLE_PROCESS = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
  xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
  id="Definitions_1" targetNamespace="https://amtsweg.example/bpmn">
  <bpmn:process id="Process_1" name="Testprozess" isExecutable="false">
    <bpmn:startEvent id="StartEvent_1" name="Antrag eingegangen">
      <bpmn:outgoing>Flow_1</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:task id="Task_1" name="Antrag prüfen">
      <bpmn:incoming>Flow_1</bpmn:incoming>
      <bpmn:outgoing>Flow_2</bpmn:outgoing>
    </bpmn:task>
    <bpmn:endEvent id="EndEvent_1" name="Erledigt">
      <bpmn:incoming>Flow_2</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_1" />
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_1" targetRef="EndEvent_1" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_1">
    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="Process_1">
      <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1">
        <dc:Bounds x="152" y="102" width="36" height="36" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_1_di" bpmnElement="Task_1">
        <dc:Bounds x="250" y="80" width="100" height="80" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="EndEvent_1_di" bpmnElement="EndEvent_1">
        <dc:Bounds x="412" y="102" width="36" height="36" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1">
        <di:waypoint x="188" y="120" />
        <di:waypoint x="250" y="120" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2">
        <di:waypoint x="350" y="120" />
        <di:waypoint x="412" y="120" />
      </bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
