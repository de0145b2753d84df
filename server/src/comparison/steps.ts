import type { ProcessGraph } from '@amtsweg/shared/matching';
import type { ProcessStep } from './types.ts';

/** Looks up the engine's element ids in a graph; an id the graph lacks becomes a bare step. */
export function stepFinder(graph: ProcessGraph): (elementId: string) => ProcessStep {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  return (elementId) => {
    const node = byId.get(elementId);
    return node
      ? { elementId, label: node.label, kind: node.kind, lane: node.lane }
      : { elementId, label: '', kind: 'TASK', lane: null };
  };
}
