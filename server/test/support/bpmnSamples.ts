/** Builds a small, valid BPMN 2.0 document with a diagram: start → tasks … → end. */
export function linearProcess(taskNames: string[], processId = 'Process_1'): string {
  const ids = taskNames.map((_, i) => `Task_${i + 1}`);
  const nodes = ['StartEvent_1', ...ids, 'EndEvent_1'];
  const flows = nodes
    .slice(1)
    .map((target, i) => ({ id: `Flow_${i + 1}`, source: nodes[i], target }));
  const x = (i: number) => 100 + i * 150;
  const shape = (id: string, i: number, w: number, h: number) =>
    `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${x(i)}" y="${100 - h / 2}" width="${w}" height="${h}" /></bpmndi:BPMNShape>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="${processId}" isExecutable="false">
    <bpmn:startEvent id="StartEvent_1" name="Antrag eingegangen" />
${taskNames.map((name, i) => `    <bpmn:task id="${ids[i]}" name="${name}" />`).join('\n')}
    <bpmn:endEvent id="EndEvent_1" name="Bescheid versandt" />
${flows.map((f) => `    <bpmn:sequenceFlow id="${f.id}" sourceRef="${f.source}" targetRef="${f.target}" />`).join('\n')}
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="${processId}">
${nodes
  .map((id, i) => (id.startsWith('Task') ? shape(id, i, 100, 80) : shape(id, i, 36, 36)))
  .join('\n')}
${flows
  .map(
    (f, i) =>
      `<bpmndi:BPMNEdge id="${f.id}_di" bpmnElement="${f.id}"><di:waypoint x="${x(i) + 50}" y="100" /><di:waypoint x="${x(i + 1)}" y="100" /></bpmndi:BPMNEdge>`,
  )
  .join('\n')}
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}
