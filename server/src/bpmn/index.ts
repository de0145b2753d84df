export {
  type AttributeChange,
  type BpmnDiff,
  type ChangedElement,
  type DiffElement,
  diffBpmn,
  diffParsedBpmn,
} from './diffBpmn.ts';
export {
  BPMN_LIMITS,
  BPMN_MODEL_NAMESPACE,
  BpmnImportError,
  type BpmnImportErrorDetails,
  BpmnImportErrorReason,
} from './errors.ts';
export { type LintFinding, lintBpmn } from './lintBpmn.ts';
export type { BpmnFigures } from './modelFigures.ts';
export { type BpmnImportWarning, type ParsedBpmn, parseBpmn } from './parseBpmn.ts';
