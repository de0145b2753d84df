// Builds small BPMN 2.0 files for the engine's tests, so each test shows its model in a few lines.

export interface TestModel {
  /**
   * [id, BPMN element name without prefix, label, inner XML]; e.g. ['t1', 'userTask', 'Antrag
   * prüfen'] or ['e1', 'intermediateCatchEvent', 'Bescheid erhalten', '<messageEventDefinition/>'].
   */
  nodes: Array<[string, string, string?, string?]>;
  /** Sequence flows [source, target]. */
  flows?: Array<[string, string]>;
  /** Lane name → ids of the nodes in it. */
  lanes?: Record<string, string[]>;
  /** Extra XML inside the process (data objects, associations…). */
  extra?: string;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function bpmnXml(model: TestModel): string {
  const lanes = Object.entries(model.lanes ?? {})
    .map(
      ([name, ids], index) =>
        `<lane id="lane${index}" name="${escapeXml(name)}">${ids
          .map((id) => `<flowNodeRef>${id}</flowNodeRef>`)
          .join('')}</lane>`,
    )
    .join('');
  const nodes = model.nodes
    .map(([id, type, name, inner]) => {
      const attributes = `id="${id}"${name ? ` name="${escapeXml(name)}"` : ''}`;
      return inner ? `<${type} ${attributes}>${inner}</${type}>` : `<${type} ${attributes}/>`;
    })
    .join('\n');
  const flows = (model.flows ?? [])
    .map(
      ([source, target], index) =>
        `<sequenceFlow id="flow${index}" sourceRef="${source}" targetRef="${target}"/>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="definitions" targetNamespace="http://example.org/test">
  <process id="process">
    ${lanes ? `<laneSet id="laneSet">${lanes}</laneSet>` : ''}
    ${nodes}
    ${flows}
    ${model.extra ?? ''}
  </process>
</definitions>`;
}

/** A chain start → nodes in order → end, the most common shape in the tests. */
export function chain(labels: string[], type = 'task'): TestModel {
  const nodes: TestModel['nodes'] = labels.map((label, index) => [`s${index + 1}`, type, label]);
  const ids = ['start', ...nodes.map(([id]) => id), 'end'];
  return {
    nodes: [['start', 'startEvent'], ...nodes, ['end', 'endEvent']],
    flows: ids.slice(1).map((id, index) => [ids[index] as string, id]),
  };
}
