/**
 * The matching engine's data model. Everything here is plain JSON so a graph can be stored in the
 * database (precomputed at save time) and the engine runs unchanged in Node and in the browser.
 */

/** What kind of flow node a step is; the BPMN type is kept alongside for display. */
export const STEP_KINDS = [
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
  'START_EVENT',
  'INTERMEDIATE_EVENT',
  'END_EVENT',
  'GATEWAY',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export interface GraphNode {
  /** The BPMN element id, unique within one model. */
  id: string;
  /** Name as written in the model, whitespace collapsed; '' when unnamed. */
  label: string;
  kind: StepKind;
  /** The BPMN type, e.g. 'bpmn:UserTask'. */
  type: string;
  /** Name of the innermost lane holding the node, or of its pool when there are no lanes. */
  lane: string | null;
  /** Documentation text of the element, if any (media-break detection reads it too). */
  documentation?: string;
  /**
   * For events only: whether the event receives or sends a message (message event definition or
   * message flow). 'Accepted' as a catching message event means 'receive acceptance'.
   */
  message?: 'RECEIVE' | 'SEND';
}

export interface GraphDataObject {
  id: string;
  label: string;
  /** Activities reading (input) or writing (output) this data object / data store. */
  readBy: string[];
  writtenBy: string[];
}

/** A BPMN model reduced to what matching and figures need. */
export interface ProcessGraph {
  /** Activities, events and gateways of all processes (sub-process contents included). */
  nodes: GraphNode[];
  /** Sequence flows as [sourceId, targetId], and message flows between pools. */
  flows: Array<[string, string]>;
  messageFlows: Array<[string, string]>;
  lanes: string[];
  dataObjects: GraphDataObject[];
}

/** Why two steps were matched, for the SPA to phrase in German or English. */
export const MATCH_REASON_CODES = [
  'IDENTICAL_LABEL',
  'SAME_WORDS',
  'SYNONYMS',
  'SHARED_WORDS',
  'SAME_NEIGHBOURS',
  'SAME_LANE',
  'SAME_POSITION',
  'SPLIT_STEP',
] as const;
export type MatchReasonCode = (typeof MATCH_REASON_CODES)[number];

export interface MatchReason {
  code: MatchReasonCode;
  /** The words (as written) that support this reason, e.g. ['prüfen', 'Prüfung']. */
  terms: string[];
}

export interface StepMatch {
  left: string;
  right: string;
  /** In [0, 1]. */
  score: number;
  /** Short English sentence, e.g. "same verb and object after stemming: 'Antrag prüfen' ~ 'Prüfung des Antrags'". */
  reason: string;
  reasons: MatchReason[];
}

export const MEDIA = ['PAPER', 'POST', 'FAX', 'EMAIL', 'SCAN', 'PHONE', 'IN_PERSON'] as const;
export type Medium = (typeof MEDIA)[number];

export interface MediaBreak {
  /** The activity or data object that moves the case between paper/post/… and digital. */
  elementId: string;
  label: string;
  medium: Medium;
}

export interface ProcessFigures {
  activities: number;
  userTasks: number;
  manualTasks: number;
  serviceTasks: number;
  /** Distinct lanes (roles). */
  lanes: number;
  /** Sequence flows whose source and target lie in different lanes, plus message flows. */
  handOffs: number;
  gateways: number;
  /** Cycles in the sequence-flow graph (back edges). */
  loops: number;
  mediaBreaks: MediaBreak[];
}

export interface ProcessComparison {
  /** One-to-one by default; a step split in two on one side appears in two matches. */
  matches: StepMatch[];
  /** Activities (and labelled events) of the left model without counterpart. */
  onlyLeft: string[];
  onlyRight: string[];
  /** Overall similarity of the two models in [0, 1]. */
  similarity: number;
  left: ProcessFigures;
  right: ProcessFigures;
}
