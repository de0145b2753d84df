/** Limits applied to every uploaded BPMN file. */
export const BPMN_LIMITS = {
  /** UTF-8 bytes of the XML text (5 MiB). */
  maxBytes: 5 * 1024 * 1024,
  /** Semantic model elements (instances of bpmn:BaseElement, diagram interchange excluded). */
  maxElements: 10_000,
  /**
   * Element nesting below the root, extensions and diagram included. Real models stay far below
   * (sub-process in sub-process, extension elements); bpmnlint and bpmn-js-differ recurse and run
   * out of stack from roughly 2,000 levels.
   */
  maxDepth: 100,
} as const;

export const BPMN_MODEL_NAMESPACE = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

export const BpmnImportErrorReason = {
  TOO_LARGE: 'TOO_LARGE',
  NOT_XML: 'NOT_XML',
  NOT_BPMN: 'NOT_BPMN',
  DTD_FORBIDDEN: 'DTD_FORBIDDEN',
  TOO_MANY_ELEMENTS: 'TOO_MANY_ELEMENTS',
  TOO_DEEPLY_NESTED: 'TOO_DEEPLY_NESTED',
  NO_PROCESS: 'NO_PROCESS',
} as const;

export type BpmnImportErrorReason =
  (typeof BpmnImportErrorReason)[keyof typeof BpmnImportErrorReason];

export interface BpmnImportErrorDetails {
  /** The limit that was exceeded (bytes, elements or nesting levels). */
  limit?: number;
  /** The measured value (bytes, elements or nesting levels). */
  actual?: number;
  /** 1-based position of an XML syntax error. */
  line?: number;
  column?: number;
  /** The parser's own words, for support; the message is what users read. */
  parserMessage?: string;
  /** Qualified name of the root element that was found instead of bpmn:definitions. */
  rootElement?: string;
}

/** A BPMN upload was refused; `reason` tells the user what to fix. */
export class BpmnImportError extends Error {
  override readonly name = 'BpmnImportError';

  constructor(
    readonly reason: BpmnImportErrorReason,
    message: string,
    readonly details: BpmnImportErrorDetails = {},
  ) {
    super(message);
  }
}
