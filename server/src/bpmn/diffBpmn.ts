/// <reference path="./vendorModules.d.ts" />

import { ChangeHandler, diff } from 'bpmn-js-differ';
import type { ModdleElement } from 'bpmn-moddle';
import { describeValue, isSerializationAttribute, readAttribute } from './diffValues.ts';
import { isModdleElement, normalizeLabel } from './modelFigures.ts';
import { type ParsedBpmn, parseBpmn } from './parseBpmn.ts';

export interface DiffElement {
  elementId: string;
  /** Moddle type, e.g. `bpmn:UserTask`. */
  type: string;
  name: string | null;
}

export interface AttributeChange {
  /** Property path (`name`, `processRef.name`, `$type`) or extension attribute (`camunda:assignee`). */
  name: string;
  /** null when the attribute is not set in that version. */
  oldValue: string | null;
  newValue: string | null;
}

export interface ChangedElement extends DiffElement {
  attributes: AttributeChange[];
}

export interface BpmnDiff {
  added: DiffElement[];
  removed: DiffElement[];
  changed: ChangedElement[];
  /** Elements whose diagram layout (bounds, waypoints) changed. */
  moved: DiffElement[];
}

/**
 * Compares two versions of the same diagram, matching elements by id (it cannot align two
 * independently drawn models). Both texts are validated like uploads and may throw
 * BpmnImportError.
 */
export async function diffBpmn(oldXml: string, newXml: string): Promise<BpmnDiff> {
  const [before, after] = await Promise.all([parseBpmn(oldXml), parseBpmn(newXml)]);
  return diffParsedBpmn(before, after);
}

export function diffParsedBpmn(before: ParsedBpmn, after: ParsedBpmn): BpmnDiff {
  const recorder = diff(before.definitions, after.definitions, new ChangedPropertyRecorder());

  const added = Object.entries(recorder._added).map(([id, element]) =>
    describeElement(id, after.elementsById.get(id) ?? element),
  );
  const removed = Object.entries(recorder._removed).map(([id, element]) =>
    describeElement(id, before.elementsById.get(id) ?? element),
  );
  const addedOrRemoved = new Set([...added, ...removed].map((element) => element.elementId));

  const changed: ChangedElement[] = [];
  const attributeNames = mergeUncomparedProperties(recorder.changedProperties, before, after);
  for (const [id, names] of attributeNames) {
    const oldElement = before.elementsById.get(id);
    const newElement = after.elementsById.get(id);
    if (addedOrRemoved.has(id) || !oldElement || !newElement) continue;
    const attributes: AttributeChange[] = [];
    for (const name of names) {
      const oldValue = readChangedValue(oldElement, name);
      const newValue = readChangedValue(newElement, name);
      if (oldValue === newValue) continue;
      const shownName = name.startsWith(EXTENSION_ATTRIBUTE)
        ? name.slice(EXTENSION_ATTRIBUTE.length)
        : name;
      attributes.push({ name: shownName, oldValue, newValue });
    }
    if (attributes.length > 0) changed.push({ ...describeElement(id, newElement), attributes });
  }

  const moved = Object.entries(recorder._layoutChanged)
    .filter(([id]) => !addedOrRemoved.has(id))
    .map(([id, element]) => describeElement(id, after.elementsById.get(id) ?? element));

  return { added, removed, changed, moved };
}

/**
 * bpmn-js-differ's ChangeHandler, additionally remembering *which* property of a tracked element
 * changed. Upstream passes the values of `changed` swapped and forgets the property when the
 * change lies deeper (inside an extension element, an event definition, a condition); we only
 * keep the property names and read both values from the models ourselves.
 */
class ChangedPropertyRecorder extends ChangeHandler {
  readonly changedProperties = new Map<string, Set<string>>();

  override changed(
    model: ModdleElement,
    property: string,
    newValue?: unknown,
    oldValue?: unknown,
  ): void {
    super.changed(model, property, newValue, oldValue);
    this.record(model, property);
  }

  override added(model: ModdleElement, property: string, element: ModdleElement, index: number) {
    super.added(model, property, element, index);
    if (!this.trackedOf(element)) this.record(model, property);
  }

  override removed(model: ModdleElement, property: string, element: ModdleElement, index: number) {
    super.removed(model, property, element, index);
    if (!this.trackedOf(element)) this.record(model, property);
  }

  private trackedOf(element: unknown) {
    return isModdleElement(element) ? this._isTracked(element) || undefined : undefined;
  }

  /** Attributes the change to the nearest tracked ancestor's property that contains it. */
  private record(model: ModdleElement, property: string): void {
    let owner: ModdleElement | undefined = model;
    let path: string | undefined = property;
    while (owner && path !== undefined && !isDiagramInterchange(owner)) {
      const tracked = this.trackedOf(owner);
      if (tracked) {
        const id = tracked.element.id;
        if (!id) return;
        const names = this.changedProperties.get(id) ?? new Set<string>();
        names.add(tracked.property + path.replace(/\[\d+\]$/, ''));
        this.changedProperties.set(id, names);
        return;
      }
      const parent: ModdleElement | undefined = owner.$parent;
      path = parent && propertyHolding(parent, owner);
      owner = parent;
    }
  }
}

// bpmn-js-differ compares neither attributes outside the BPMN schema (camunda:assignee, kept in
// `$attrs`) nor many-valued references (a lane's flowNodeRef: a task moved to another lane). We
// compare those for every element present in both versions.
const EXTENSION_ATTRIBUTE = '$attrs.';
// Derived from the sequence flows, whose own changes are reported.
const DERIVED_REFERENCES = new Set(['incoming', 'outgoing']);

function mergeUncomparedProperties(
  changedProperties: ReadonlyMap<string, ReadonlySet<string>>,
  before: ParsedBpmn,
  after: ParsedBpmn,
): Map<string, Set<string>> {
  const merged = new Map([...changedProperties].map(([id, names]) => [id, new Set(names)]));
  const mark = (id: string, name: string) => {
    const names = merged.get(id) ?? new Set<string>();
    names.add(name);
    merged.set(id, names);
  };
  for (const [id, newElement] of after.elementsById) {
    const oldElement = before.elementsById.get(id);
    if (!oldElement || !isSemanticElement(newElement) || oldElement.$type !== newElement.$type) {
      continue;
    }
    const attributeNames = new Set([
      ...Object.keys(oldElement.$attrs),
      ...Object.keys(newElement.$attrs),
    ]);
    for (const name of attributeNames) {
      if (isSerializationAttribute(name)) continue;
      if (oldElement.$attrs[name] !== newElement.$attrs[name]) mark(id, EXTENSION_ATTRIBUTE + name);
    }
    for (const property of newElement.$descriptor.properties) {
      if (!property.isMany || !property.isReference || DERIVED_REFERENCES.has(property.name)) {
        continue;
      }
      if (readAttribute(oldElement, property.name) !== readAttribute(newElement, property.name)) {
        mark(id, property.name);
      }
    }
  }
  return merged;
}

function readChangedValue(element: ModdleElement, name: string): string | null {
  return name.startsWith(EXTENSION_ATTRIBUTE)
    ? describeValue(element.$attrs[name.slice(EXTENSION_ATTRIBUTE.length)])
    : readAttribute(element, name);
}

function describeElement(id: string, element: ModdleElement): DiffElement {
  return { elementId: id, type: element.$type, name: normalizeLabel(element.name) || null };
}

function propertyHolding(parent: ModdleElement, child: ModdleElement): string | undefined {
  const names = parent.$descriptor.isGeneric
    ? Object.keys(parent)
    : parent.$descriptor.properties.map((property) => property.name);
  return names.find((name) => {
    const value = parent[name];
    return value === child || (Array.isArray(value) && value.includes(child));
  });
}

function isDiagramInterchange(element: ModdleElement): boolean {
  return /^(bpmndi|di|dc):/.test(element.$type);
}

function isSemanticElement(element: ModdleElement): boolean {
  return element.$type.startsWith('bpmn:') && element.$type !== 'bpmn:Definitions';
}
