import type { ProcessGraph } from './types.ts';

/** Where the steps sit in their model: relative position and nearest labelled neighbours. */
export interface StepContext {
  /** 0 at the start, 1 at the end (shortest flow distance from a start, normalised). */
  position: number[];
  /** Indices (into the step list) of the nearest steps before / after each step. */
  before: number[][];
  after: number[][];
}

/**
 * `steps` are the node ids being matched. Gateways and unlabelled events are looked through, so
 * 'A → XOR → B' makes A and B neighbours. Message flows count as flow: a hand-off to another pool
 * is the next step of the case.
 */
export function stepContext(graph: ProcessGraph, steps: readonly string[]): StepContext {
  const successors = new Map<string, string[]>();
  const predecessors = new Map<string, string[]>();
  const link = (map: Map<string, string[]>, from: string, to: string) => {
    const list = map.get(from);
    if (list) list.push(to);
    else map.set(from, [to]);
  };
  for (const [source, target] of [...graph.flows, ...graph.messageFlows]) {
    link(successors, source, target);
    link(predecessors, target, source);
  }
  const stepIndex = new Map(steps.map((id, index) => [id, index]));

  const distance = new Map<string, number>();
  const queue: string[] = [];
  for (const node of graph.nodes) {
    if (!predecessors.has(node.id) || node.kind === 'START_EVENT') {
      distance.set(node.id, 0);
      queue.push(node.id);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    const next = (distance.get(id) ?? 0) + 1;
    for (const successor of successors.get(id) ?? []) {
      if (!distance.has(successor)) {
        distance.set(successor, next);
        queue.push(successor);
      }
    }
  }
  const longest = Math.max(1, ...distance.values());
  const position = steps.map((id) => (distance.get(id) ?? longest / 2) / longest);

  const nearest = (start: string, map: Map<string, string[]>) => {
    const found = new Set<number>();
    const seen = new Set([start]);
    let frontier = map.get(start) ?? [];
    // Three hops through gateways and unlabelled events is enough to reach the next real step.
    for (let hop = 0; hop < 3 && frontier.length > 0; hop++) {
      const next: string[] = [];
      for (const id of frontier) {
        if (seen.has(id)) continue;
        seen.add(id);
        const index = stepIndex.get(id);
        if (index !== undefined) found.add(index);
        else next.push(...(map.get(id) ?? []));
      }
      frontier = next;
    }
    return [...found];
  };
  return {
    position,
    before: steps.map((id) => nearest(id, predecessors)),
    after: steps.map((id) => nearest(id, successors)),
  };
}
