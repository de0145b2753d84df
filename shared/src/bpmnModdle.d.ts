// Types for bpmn-moddle, which ships types only under `bpmn-moddle/types` (not for its main
// entry). Kept in shared because both the matching engine here and the server parse BPMN with it;
// one declaration, since two declarations of one module do not merge.

declare module 'bpmn-moddle' {
  export interface ModdlePropertyDescriptor {
    name: string;
    type: string;
    isMany?: boolean;
    isReference?: boolean;
    isAttr?: boolean;
    isVirtual?: boolean;
  }

  export interface ModdleTypeDescriptor {
    isGeneric?: boolean;
    properties: ModdlePropertyDescriptor[];
    propertiesByName: Record<string, ModdlePropertyDescriptor | undefined>;
  }

  /** Any element of a parsed model; BPMN properties are read by name (`element.name`). */
  export interface ModdleElement {
    readonly $type: string;
    readonly $descriptor: ModdleTypeDescriptor;
    /** Attributes outside the BPMN schema (`camunda:assignee`, `xmlns:*` …). */
    readonly $attrs: Record<string, string>;
    $parent?: ModdleElement;
    $instanceOf(type: string): boolean;
    id?: string;
    [property: string]: unknown;
  }

  export interface ModdleImportWarning {
    message: string;
    element?: ModdleElement;
    property?: string;
    value?: unknown;
    error?: Error;
  }

  export interface ModdleParseResult {
    rootElement: ModdleElement;
    elementsById: Record<string, ModdleElement | undefined>;
    references: unknown[];
    warnings: ModdleImportWarning[];
  }

  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: Record<string, unknown>);
    fromXML(xml: string, options?: Record<string, unknown>): Promise<ModdleParseResult>;
    toXML(element: ModdleElement, options?: { format?: boolean }): Promise<{ xml: string }>;
  }
}
