import type { ProcessGraph } from '@amtsweg/shared/matching';
import { type BpmnImportWarning, type LintFinding, lintBpmn, parseBpmn } from '../bpmn/index.ts';
import { matchingDataOf } from '../comparison/processGraphs.ts';

/**
 * What a stored version keeps besides the XML: figures, labels, warnings, lint findings, and the
 * matching engine's graph and step terms (computed from the same parse, so a save parses once).
 */
export interface AnalysedVersion {
  xml: string;
  activityCount: number;
  eventCount: number;
  gatewayCount: number;
  laneCount: number;
  elementCount: number;
  activityLabels: string[];
  warnings: BpmnImportWarning[];
  lintFindings: LintFinding[];
  graph: ProcessGraph;
  /** For `ProcessModel.stepTerms` when this becomes the newest version. */
  stepTerms: string[];
  /** The engine's MATCHING_DATA_VERSION, stored with graph and stepTerms. */
  matchingDataVersion: number;
}

/**
 * Parses, validates and lints BPMN XML and derives what matching needs, before anything is stored.
 * @throws {BpmnImportError} when the file cannot be accepted.
 */
export async function analyseBpmn(xml: string): Promise<AnalysedVersion> {
  const parsed = await parseBpmn(xml);
  const lintFindings = await lintBpmn(parsed.definitions);
  const { figures } = parsed;
  return {
    xml,
    activityCount: figures.activities,
    eventCount: figures.events,
    gatewayCount: figures.gateways,
    laneCount: figures.lanes,
    elementCount: figures.elementCount,
    activityLabels: parsed.activityLabels,
    warnings: parsed.warnings,
    lintFindings,
    ...matchingDataOf(parsed.definitions),
  };
}
