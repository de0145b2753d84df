/// <reference path="../../../shared/src/bpmnModdle.d.ts" />
// Minimal declarations for the BPMN libraries we use (bpmn-moddle's are in shared/, beside the
// matching engine that uses it too); bpmnlint and bpmn-js-differ ship none.
// Files that import these modules reference this file, so packages that compile our sources
// (bench) see the declarations too.

declare module 'bpmnlint' {
  import type { ModdleElement } from 'bpmn-moddle';

  export type LintRuleSetting = 'off' | 'warn' | 'error' | 'info' | 0 | 1 | 2 | 3;

  export interface LintConfig {
    extends?: string | string[];
    rules?: Record<string, LintRuleSetting | [LintRuleSetting, unknown]>;
  }

  export interface LintRuleDefinition {
    meta?: { documentation?: { url?: string } };
    check: unknown;
  }

  export type LintRuleFactory = (ruleOptions?: unknown) => LintRuleDefinition;

  export interface LintResolver {
    resolveRule(pkg: string, ruleName: string): LintRuleFactory | Promise<LintRuleFactory>;
    resolveConfig(pkg: string, configName: string): LintConfig | Promise<LintConfig>;
  }

  export interface LintReport {
    id?: string;
    message: string;
    path?: string[];
    category: 'off' | 'warn' | 'error' | 'info' | 'rule-error';
  }

  export class Linter {
    constructor(options: { config?: LintConfig; resolver: LintResolver });
    lint(moddleRoot: ModdleElement, config?: LintConfig): Promise<Record<string, LintReport[]>>;
  }
}

declare module 'bpmn-js-differ' {
  import type { ModdleElement } from 'bpmn-moddle';

  export interface TrackedElement {
    element: ModdleElement;
    /** Prefix for property paths, `processRef.` when a process is tracked via its pool. */
    property: string;
  }

  export class ChangeHandler {
    _added: Record<string, ModdleElement>;
    _removed: Record<string, ModdleElement>;
    _layoutChanged: Record<string, ModdleElement>;
    _changed: Record<string, { model: ModdleElement; attrs: Record<string, unknown> }>;
    _isTracked(element: ModdleElement): TrackedElement | false | undefined;
    // Upstream passes (newValue, oldValue) the wrong way round: values arrive swapped.
    changed(model: ModdleElement, property: string, newValue?: unknown, oldValue?: unknown): void;
    added(model: ModdleElement, property: string, element: ModdleElement, index: number): void;
    removed(model: ModdleElement, property: string, element: ModdleElement, index: number): void;
  }

  export function diff<H extends ChangeHandler = ChangeHandler>(
    oldDefinitions: ModdleElement,
    newDefinitions: ModdleElement,
    handler?: H,
  ): H;
}
