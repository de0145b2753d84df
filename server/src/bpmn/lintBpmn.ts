/// <reference path="./vendorModules.d.ts" />
import { createRequire } from 'node:module';
import type { ModdleElement } from 'bpmn-moddle';
import { type LintConfig, Linter, type LintResolver, type LintRuleFactory } from 'bpmnlint';
import { isModdleElement } from './modelFigures.ts';
import { parseBpmn } from './parseBpmn.ts';

export interface LintFinding {
  /** bpmnlint rule name, e.g. `label-required`. */
  rule: string;
  elementId?: string;
  message: string;
  category: 'error' | 'warn';
}

// bpmnlint is CommonJS and resolves rules by module name at run time. Its NodeResolver looks
// packages up relative to process.cwd(), which differs between server, tests and bench; we resolve
// exactly bpmnlint's `recommended` set from this file instead, so no other rule can be loaded.
const requireHere = createRequire(import.meta.url);
const recommended = requireHere('bpmnlint/config/recommended') as LintConfig;
const recommendedRuleNames = new Set(Object.keys(recommended.rules ?? {}));

const recommendedOnly: LintResolver = {
  resolveRule(pkg, ruleName) {
    if (pkg !== 'bpmnlint' || !recommendedRuleNames.has(ruleName)) {
      throw new Error(`bpmnlint rule ${pkg}/${ruleName} is not in the recommended set`);
    }
    return requireHere(`bpmnlint/rules/${ruleName}`) as LintRuleFactory;
  },
  resolveConfig(pkg, configName) {
    if (pkg !== 'bpmnlint' || configName !== 'recommended') {
      throw new Error(`bpmnlint config ${pkg}:${configName} is not available`);
    }
    return recommended;
  },
};

/**
 * Checks a model against bpmnlint's recommended rules (modelling errors and smells).
 * Accepts the definitions from {@link parseBpmn} or XML, which is parsed (and may throw
 * BpmnImportError) first.
 */
export async function lintBpmn(model: ModdleElement | string): Promise<LintFinding[]> {
  const definitions = isModdleElement(model) ? model : (await parseBpmn(model)).definitions;
  // A fresh linter per run: it caches rule instances, and some rules (no-duplicate-sequence-flows,
  // no-disconnected …) collect state in their instance, so a shared one reports phantom findings
  // from earlier models. Only the rule modules are cached (by require).
  const linter = new Linter({ resolver: recommendedOnly });
  const results = await linter.lint(definitions, { extends: 'bpmnlint:recommended' });
  const findings: LintFinding[] = [];
  for (const [rule, reports] of Object.entries(results)) {
    for (const report of reports) {
      if (report.category === 'off') continue;
      const finding: LintFinding = {
        rule,
        message: report.message,
        // A crashed rule ('rule-error') must not pass as a clean model; 'info' is unused by the
        // recommended set.
        category: report.category === 'warn' || report.category === 'info' ? 'warn' : 'error',
      };
      if (report.id) finding.elementId = report.id;
      findings.push(finding);
    }
  }
  return findings;
}
