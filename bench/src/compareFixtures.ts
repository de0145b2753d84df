// Generated process graphs for timing the matching engine: German administrative wording, lanes,
// gateways and loops, and a second city's variant of the same procedure (synonyms, compounds,
// split steps, inserted and dropped steps) so the engine does real work.
import type { GraphNode, ProcessGraph, StepKind } from '../../shared/src/matching/types.ts';

const VERBS = [
  ['prüfen', 'kontrollieren'],
  ['erfassen', 'eintragen'],
  ['versenden', 'verschicken'],
  ['erstellen', 'anfertigen'],
  ['genehmigen', 'bewilligen'],
  ['ablehnen', 'zurückweisen'],
  ['anfordern', 'nachfordern'],
  ['weiterleiten', 'übergeben'],
  ['archivieren', 'ablegen'],
  ['bezahlen', 'entrichten'],
  ['unterschreiben', 'unterzeichnen'],
  ['bewerten', 'beurteilen'],
] as const;
const OBJECTS = [
  'Antrag',
  'Unterlagen',
  'Bescheid',
  'Gebühr',
  'Nachweis',
  'Gewerbeanmeldung',
  'Meldebescheinigung',
  'Personalausweis',
  'Widerspruch',
  'Stellungnahme',
  'Akte',
  'Rechnung',
  'Vollmacht',
  'Baugenehmigung',
  'Führungszeugnis',
];
const QUALIFIERS = ['', '', 'vollständig', 'elektronisch', 'per Post', 'im Fachverfahren'];
const LANES = ['Bürger', 'Bürgerbüro', 'Sachbearbeitung', 'Kasse', 'Amtsleitung'];
const KINDS: StepKind[] = ['USER_TASK', 'USER_TASK', 'TASK', 'MANUAL_TASK', 'SERVICE_TASK'];

/** Deterministic pseudo-random numbers (mulberry32), so every run times the same graphs. */
export function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Step {
  verb: number;
  object: string;
  qualifier: string;
  lane: string;
  kind: StepKind;
}

function pick<T>(next: () => number, values: readonly T[]): T {
  return values[Math.floor(next() * values.length)] as T;
}

function toGraph(steps: Step[], next: () => number, wording: (step: Step) => string): ProcessGraph {
  const nodes: GraphNode[] = [
    {
      id: 'start',
      label: '',
      kind: 'START_EVENT',
      type: 'bpmn:StartEvent',
      lane: LANES[0] ?? null,
    },
  ];
  const flows: Array<[string, string]> = [];
  let previous = 'start';
  steps.forEach((step, index) => {
    const id = `step${index}`;
    nodes.push({
      id,
      label: wording(step),
      kind: step.kind,
      type: `bpmn:${step.kind}`,
      lane: step.lane,
    });
    // Every 12th step decides: either continue or loop back a few steps (a correction loop).
    if (index % 12 === 11) {
      const gateway = `gateway${index}`;
      nodes.push({
        id: gateway,
        label: 'vollständig?',
        kind: 'GATEWAY',
        type: 'bpmn:ExclusiveGateway',
        lane: step.lane,
      });
      flows.push([previous, gateway], [gateway, id], [gateway, `step${Math.max(0, index - 3)}`]);
    } else {
      flows.push([previous, id]);
    }
    previous = id;
  });
  nodes.push({
    id: 'end',
    label: 'Vorgang abgeschlossen',
    kind: 'END_EVENT',
    type: 'bpmn:EndEvent',
    lane: LANES[2] ?? null,
  });
  flows.push([previous, 'end']);
  void next;
  return { nodes, flows, messageFlows: [], lanes: [...LANES], dataObjects: [] };
}

/** Two cities' versions of one procedure with about `activities` steps each. */
export function generateComparablePair(activities: number, seed = 1): [ProcessGraph, ProcessGraph] {
  const next = random(seed);
  const steps: Step[] = Array.from({ length: activities }, () => ({
    verb: Math.floor(next() * VERBS.length),
    object: pick(next, OBJECTS),
    qualifier: pick(next, QUALIFIERS),
    lane: pick(next, LANES),
    kind: pick(next, KINDS),
  }));
  const left = toGraph(steps, next, (step) =>
    `${step.object} ${step.qualifier} ${VERBS[step.verb]?.[0]}`.replace(/\s+/g, ' '),
  );

  // The other city: one step in ten dropped, one in ten added, synonyms and a noun style.
  const variant: Step[] = [];
  for (const step of steps) {
    const roll = next();
    if (roll < 0.1) continue;
    variant.push(step);
    if (roll > 0.9) variant.push({ ...step, verb: Math.floor(next() * VERBS.length) });
  }
  const right = toGraph(variant, next, (step) => {
    const verb = VERBS[step.verb]?.[next() < 0.5 ? 1 : 0] ?? '';
    return next() < 0.3
      ? `${step.object} ${verb} (${step.qualifier || 'Sachbearbeitung'})`
      : `${verb} ${step.object} ${step.qualifier}`.trim();
  });
  return [left, right];
}
