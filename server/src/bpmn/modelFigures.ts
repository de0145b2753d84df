/// <reference path="./vendorModules.d.ts" />
import type { ModdleElement } from 'bpmn-moddle';

export interface BpmnFigures {
  /** Tasks of all kinds, sub-processes (incl. transactions, ad-hoc) and call activities. */
  activities: number;
  events: number;
  gateways: number;
  lanes: number;
  /** Semantic model elements: instances of bpmn:BaseElement below the definitions. */
  elementCount: number;
}

export interface ModelSummary {
  figures: BpmnFigures;
  /** Distinct activity names in document order, whitespace collapsed. */
  activityLabels: string[];
}

const PRIMITIVE_TYPES = new Set(['String', 'Boolean', 'Integer', 'Real']);

// Diagram interchange and vendor extensions are not part of the process model we count.
const SKIPPED_PROPERTIES = new Set(['diagrams', 'extensionElements']);

export function isModdleElement(value: unknown): value is ModdleElement {
  return typeof value === 'object' && value !== null && '$type' in value && '$descriptor' in value;
}

/**
 * Visits the semantic elements below `root` depth-first in document order (root excluded).
 * Iterative, so absurdly deep nesting cannot overflow the call stack.
 */
export function forEachSemanticElement(
  root: ModdleElement,
  visit: (element: ModdleElement) => void,
): void {
  const stack: ModdleElement[] = [...containedChildren(root)].reverse();
  for (let element = stack.pop(); element !== undefined; element = stack.pop()) {
    visit(element);
    const children = containedChildren(element);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
}

function containedChildren(element: ModdleElement): ModdleElement[] {
  const descriptor = element.$descriptor;
  if (descriptor.isGeneric) return [];
  const children: ModdleElement[] = [];
  for (const property of descriptor.properties) {
    if (
      property.isAttr ||
      property.isReference ||
      PRIMITIVE_TYPES.has(property.type) ||
      SKIPPED_PROPERTIES.has(property.name)
    ) {
      continue;
    }
    const value = element[property.name];
    for (const child of Array.isArray(value) ? value : [value]) {
      if (isModdleElement(child)) children.push(child);
    }
  }
  return children;
}

/**
 * Deepest element nesting below `root` over the whole tree: semantic model, extension content and
 * diagram interchange. Iterative, so any depth can be measured.
 */
export function nestingDepth(root: ModdleElement): number {
  let deepest = 0;
  const stack: [ModdleElement, number][] = [[root, 0]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [element, depth] = entry;
    deepest = Math.max(deepest, depth);
    for (const child of allChildren(element)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function allChildren(element: ModdleElement): ModdleElement[] {
  const values = element.$descriptor.isGeneric
    ? Object.values(element)
    : element.$descriptor.properties
        .filter((property) => !property.isReference && !PRIMITIVE_TYPES.has(property.type))
        .map((property) => element[property.name]);
  return values.flat().filter(isModdleElement);
}

export function normalizeLabel(name: unknown): string {
  return typeof name === 'string' ? name.replace(/\s+/g, ' ').trim() : '';
}

export function summarizeModel(definitions: ModdleElement): ModelSummary {
  const figures: BpmnFigures = { activities: 0, events: 0, gateways: 0, lanes: 0, elementCount: 0 };
  const labels = new Set<string>();
  forEachSemanticElement(definitions, (element) => {
    if (!element.$instanceOf('bpmn:BaseElement')) return;
    figures.elementCount++;
    if (element.$instanceOf('bpmn:Activity')) {
      figures.activities++;
      const label = normalizeLabel(element.name);
      if (label) labels.add(label);
    } else if (element.$instanceOf('bpmn:Event')) {
      figures.events++;
    } else if (element.$instanceOf('bpmn:Gateway')) {
      figures.gateways++;
    } else if (element.$instanceOf('bpmn:Lane')) {
      figures.lanes++;
    }
  });
  return { figures, activityLabels: [...labels] };
}
