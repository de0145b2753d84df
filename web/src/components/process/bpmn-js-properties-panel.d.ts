// bpmn-js-properties-panel ships no type declarations; these are the parts we use.
declare module 'bpmn-js-properties-panel' {
  /** A didi module declaration, as bpmn-js's `additionalModules` takes it. */
  type ModuleDeclaration = Readonly<Record<string, unknown>>;

  export const BpmnPropertiesPanelModule: ModuleDeclaration;
  export const BpmnPropertiesProviderModule: ModuleDeclaration;
}
