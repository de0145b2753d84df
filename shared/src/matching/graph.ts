/// <reference path="./vendorModules.d.ts" />
import { BpmnModdle } from 'bpmn-moddle';
import { KIND_BY_TYPE } from './steps.ts';
import type { GraphDataObject, GraphNode, ProcessGraph, StepKind } from './types.ts';

/** Thrown when a text is not a readable BPMN 2.0 model. */
export class ProcessGraphError extends Error {
  override readonly name = 'ProcessGraphError';
}

/** The parts of a bpmn-moddle element this module reads. */
interface Element {
  $type: string;
  id?: string;
  name?: string;
  [property: string]: unknown;
}

interface ModdleReader {
  fromXML(xml: string): Promise<{ rootElement: Element }>;
}

let reader: ModdleReader | undefined;

/** Parses BPMN 2.0 XML; throws ProcessGraphError for anything that is not a BPMN model. */
export async function readProcessGraph(xml: string): Promise<ProcessGraph> {
  if (typeof xml !== 'string' || xml.trim() === '') {
    throw new ProcessGraphError('The file is empty; expected a BPMN 2.0 XML model.');
  }
  // Signavio and other Windows tools write a byte-order mark that the XML reader rejects.
  const text = xml.replace(/^\uFEFF/, '').trimStart();
  if (!text.startsWith('<')) {
    throw new ProcessGraphError('The file is not XML; expected a BPMN 2.0 XML model.');
  }
  reader ??= new BpmnModdle() as ModdleReader;
  let root: Element;
  try {
    root = (await reader.fromXML(text)).rootElement;
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ProcessGraphError(`The file is not a readable BPMN 2.0 model: ${detail}`);
  }
  return graphFromDefinitions(root);
}

function asElement(value: unknown): Element | undefined {
  return typeof value === 'object' && value !== null && '$type' in value
    ? (value as Element)
    : undefined;
}

function children(element: Element, property: string): Element[] {
  const value = element[property];
  if (!Array.isArray(value)) return [];
  return value.map(asElement).filter((child): child is Element => child !== undefined);
}

function refId(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return asElement(value)?.id;
}

const collapse = (text: unknown) =>
  typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '';

function documentationOf(element: Element): string | undefined {
  const text = children(element, 'documentation')
    .map((doc) => collapse(doc.text))
    .filter(Boolean)
    .join(' ');
  return text || undefined;
}

/** Builds the graph from a parsed bpmn-moddle `bpmn:Definitions` root. */
export function graphFromDefinitions(definitions: unknown): ProcessGraph {
  const root = asElement(definitions);
  if (root?.$type !== 'bpmn:Definitions') {
    throw new ProcessGraphError('The file is XML but not a BPMN 2.0 model (no bpmn:definitions).');
  }
  const graph: ProcessGraph = {
    nodes: [],
    flows: [],
    messageFlows: [],
    lanes: [],
    dataObjects: [],
  };
  const rootElements = children(root, 'rootElements');
  const processes = rootElements.filter((e) => e.$type === 'bpmn:Process');
  const poolNames = new Map<string, string>();
  for (const collaboration of rootElements.filter((e) => e.$type === 'bpmn:Collaboration')) {
    for (const participant of children(collaboration, 'participants')) {
      const processId = refId(participant.processRef);
      if (processId && participant.name) poolNames.set(processId, collapse(participant.name));
    }
    for (const flow of children(collaboration, 'messageFlows')) {
      const source = refId(flow.sourceRef);
      const target = refId(flow.targetRef);
      if (source && target) graph.messageFlows.push([source, target]);
    }
  }
  if (processes.length === 0) {
    throw new ProcessGraphError('The BPMN file contains no process.');
  }

  const laneOf = new Map<string, string>();
  const laneNames = new Set<string>();
  const dataObjects = new Map<string, GraphDataObject>();
  for (const process of processes) {
    const pool = poolNames.get(process.id ?? '') ?? collapse(process.name);
    collectLanes(process, pool, laneOf, laneNames);
    if (children(process, 'laneSets').length === 0 && pool) laneNames.add(pool);
    collectFlowElements(process, pool, laneOf, graph, dataObjects);
  }
  markMessageEvents(graph);
  graph.lanes = [...laneNames];
  graph.dataObjects = [...dataObjects.values()];
  return graph;
}

const THROWING = new Set(['bpmn:IntermediateThrowEvent', 'bpmn:EndEvent']);
const EVENT_KINDS = new Set<StepKind>(['START_EVENT', 'INTERMEDIATE_EVENT', 'END_EVENT']);

/** Events at either end of a message flow send or receive even without a message definition. */
function markMessageEvents(graph: ProcessGraph) {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  for (const [source, target] of graph.messageFlows) {
    const sender = byId.get(source);
    const receiver = byId.get(target);
    if (sender && EVENT_KINDS.has(sender.kind)) sender.message ??= 'SEND';
    if (receiver && EVENT_KINDS.has(receiver.kind)) receiver.message ??= 'RECEIVE';
  }
}

function collectLanes(
  container: Element,
  pool: string,
  laneOf: Map<string, string>,
  laneNames: Set<string>,
) {
  const visit = (lanes: Element[], outer: string) => {
    for (const lane of lanes) {
      // Unnamed lanes (common in Signavio exports) stand for the pool's role.
      const name = collapse(lane.name) || outer;
      if (name) laneNames.add(name);
      for (const ref of (lane.flowNodeRef as unknown[] | undefined) ?? []) {
        const id = refId(ref);
        if (id) laneOf.set(id, name);
      }
      for (const childSet of [asElement(lane.childLaneSet)].filter(Boolean) as Element[]) {
        visit(children(childSet, 'lanes'), name);
      }
    }
  };
  for (const laneSet of children(container, 'laneSets')) visit(children(laneSet, 'lanes'), pool);
}

function collectFlowElements(
  container: Element,
  pool: string,
  laneOf: Map<string, string>,
  graph: ProcessGraph,
  dataObjects: Map<string, GraphDataObject>,
) {
  const dataObject = (ref: unknown) => {
    const element = asElement(ref);
    const id = element?.id;
    if (!element || !id) return undefined;
    let entry = dataObjects.get(id);
    if (!entry) {
      entry = { id, label: collapse(element.name), readBy: [], writtenBy: [] };
      dataObjects.set(id, entry);
    }
    return entry;
  };

  for (const element of children(container, 'flowElements')) {
    const id = element.id;
    if (!id) continue;
    if (element.$type === 'bpmn:SequenceFlow') {
      const source = refId(element.sourceRef);
      const target = refId(element.targetRef);
      if (source && target) graph.flows.push([source, target]);
      continue;
    }
    if (
      element.$type === 'bpmn:DataObjectReference' ||
      element.$type === 'bpmn:DataStoreReference'
    ) {
      dataObject(element);
      continue;
    }
    const kind = KIND_BY_TYPE[element.$type];
    if (!kind) continue;
    const lane = laneOf.get(id) ?? laneOf.get(refId(container.id) ?? '') ?? (pool || null);
    if (kind === 'SUB_PROCESS') {
      laneOf.set(id, lane ?? '');
      collectLanes(element, lane ?? pool, laneOf, new Set());
    }
    const node: GraphNode = { id, label: collapse(element.name), kind, type: element.$type, lane };
    const documentation = documentationOf(element);
    if (documentation) node.documentation = documentation;
    const isMessage = children(element, 'eventDefinitions').some(
      (definition) => definition.$type === 'bpmn:MessageEventDefinition',
    );
    if (isMessage) node.message = THROWING.has(element.$type) ? 'SEND' : 'RECEIVE';
    graph.nodes.push(node);

    // A boundary event continues the activity it is attached to.
    const host = refId(element.attachedToRef);
    if (host) graph.flows.push([host, id]);

    for (const input of children(element, 'dataInputAssociations')) {
      for (const source of (input.sourceRef as unknown[] | undefined) ?? []) {
        dataObject(source)?.readBy.push(id);
      }
    }
    for (const output of children(element, 'dataOutputAssociations')) {
      dataObject(output.targetRef)?.writtenBy.push(id);
    }
    if (kind === 'SUB_PROCESS') {
      collectFlowElements(element, lane ?? pool, laneOf, graph, dataObjects);
    }
  }
}
