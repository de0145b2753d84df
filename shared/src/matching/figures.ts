import { findMediaBreaks } from './mediaBreaks.ts';
import { isActivity } from './steps.ts';
import type { ProcessFigures, ProcessGraph } from './types.ts';

/** Back edges of a depth-first search: each closes one loop of the sequence flow. */
function countBackEdges(graph: ProcessGraph): number {
  const successors = new Map<string, string[]>();
  for (const [source, target] of graph.flows) {
    const list = successors.get(source);
    if (list) list.push(target);
    else successors.set(source, [target]);
  }
  const state = new Map<string, 'open' | 'done'>();
  let backEdges = 0;
  // Iterative, so a 10,000-step model cannot overflow the call stack.
  for (const node of graph.nodes) {
    if (state.has(node.id)) continue;
    const stack: Array<{ id: string; next: number }> = [{ id: node.id, next: 0 }];
    state.set(node.id, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { id: string; next: number };
      const targets = successors.get(top.id) ?? [];
      if (top.next >= targets.length) {
        state.set(top.id, 'done');
        stack.pop();
        continue;
      }
      const target = targets[top.next++] as string;
      const seen = state.get(target);
      if (seen === 'open') backEdges++;
      else if (seen === undefined) {
        state.set(target, 'open');
        stack.push({ id: target, next: 0 });
      }
    }
  }
  return backEdges;
}

/** Key figures of one model, for the side-by-side view of two cities' procedures. */
export function processFigures(graph: ProcessGraph): ProcessFigures {
  const laneOf = new Map(graph.nodes.map((node) => [node.id, node.lane]));
  const crossesLanes = ([source, target]: [string, string]) => {
    const from = laneOf.get(source);
    const to = laneOf.get(target);
    return from != null && to != null && from !== to;
  };
  const count = (kind: string) => graph.nodes.filter((node) => node.kind === kind).length;
  return {
    activities: graph.nodes.filter(isActivity).length,
    userTasks: count('USER_TASK'),
    manualTasks: count('MANUAL_TASK'),
    serviceTasks: count('SERVICE_TASK'),
    lanes: new Set(graph.lanes).size,
    handOffs: graph.flows.filter(crossesLanes).length + graph.messageFlows.length,
    gateways: count('GATEWAY'),
    loops: countBackEdges(graph),
    mediaBreaks: findMediaBreaks(graph),
  };
}
