import type { GraphNode, ProcessGraph, StepKind } from './types.ts';

/** BPMN flow node types the engine reads, by moddle type name. */
export const KIND_BY_TYPE: Record<string, StepKind> = {
  'bpmn:Task': 'TASK',
  'bpmn:UserTask': 'USER_TASK',
  'bpmn:ManualTask': 'MANUAL_TASK',
  'bpmn:ServiceTask': 'SERVICE_TASK',
  'bpmn:SendTask': 'SEND_TASK',
  'bpmn:ReceiveTask': 'RECEIVE_TASK',
  'bpmn:ScriptTask': 'SCRIPT_TASK',
  'bpmn:BusinessRuleTask': 'BUSINESS_RULE_TASK',
  'bpmn:SubProcess': 'SUB_PROCESS',
  'bpmn:AdHocSubProcess': 'SUB_PROCESS',
  'bpmn:Transaction': 'SUB_PROCESS',
  'bpmn:CallActivity': 'CALL_ACTIVITY',
  'bpmn:StartEvent': 'START_EVENT',
  'bpmn:IntermediateCatchEvent': 'INTERMEDIATE_EVENT',
  'bpmn:IntermediateThrowEvent': 'INTERMEDIATE_EVENT',
  'bpmn:BoundaryEvent': 'INTERMEDIATE_EVENT',
  'bpmn:EndEvent': 'END_EVENT',
  'bpmn:ExclusiveGateway': 'GATEWAY',
  'bpmn:InclusiveGateway': 'GATEWAY',
  'bpmn:ParallelGateway': 'GATEWAY',
  'bpmn:EventBasedGateway': 'GATEWAY',
  'bpmn:ComplexGateway': 'GATEWAY',
};

const ACTIVITY_KINDS: ReadonlySet<StepKind> = new Set([
  'TASK',
  'USER_TASK',
  'MANUAL_TASK',
  'SERVICE_TASK',
  'SEND_TASK',
  'RECEIVE_TASK',
  'SCRIPT_TASK',
  'BUSINESS_RULE_TASK',
  'SUB_PROCESS',
  'CALL_ACTIVITY',
]);

export function isActivity(node: GraphNode): boolean {
  return ACTIVITY_KINDS.has(node.kind);
}

/** The nodes the engine matches: activities, and events only where a label says what happens. */
export function matchableSteps(graph: ProcessGraph): GraphNode[] {
  return graph.nodes.filter(
    (node) => isActivity(node) || (node.kind !== 'GATEWAY' && node.label.trim() !== ''),
  );
}
