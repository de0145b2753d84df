import { type BpmnImportWarning, type LintFinding, lintBpmn, parseBpmn } from '../bpmn/index.ts';

/** What a stored version keeps besides the XML: figures, labels, warnings, lint findings. */
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
}

/**
 * Parses, validates and lints BPMN XML before anything is stored.
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
  };
}
