/// <reference path="./vendorModules.d.ts" />
import type { ModdleElement } from 'bpmn-moddle';
import { isModdleElement } from './modelFigures.ts';

// Elements bpmn-js-differ reports as added/removed/changed on their own (its ChangeHandler's
// tracked types). Inside another element's value they are shown by id only.
const SEPARATELY_DIFFED_TYPES = [
  'bpmn:FlowElement',
  'bpmn:Participant',
  'bpmn:Collaboration',
  'bpmn:MessageFlow',
  'bpmn:Lane',
  'bpmn:DataAssociation',
  'bpmn:Process',
];

type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

/**
 * Reads a property path as reported by bpmn-js-differ (`name`, `$type`, `processRef.name`) and
 * returns it as display text: references as the referenced id, contained elements as compact JSON,
 * absent values as null.
 */
export function readAttribute(element: ModdleElement, path: string): string | null {
  let owner: unknown = element;
  let isReference = false;
  for (const segment of path.split('.')) {
    if (!isModdleElement(owner)) return null;
    isReference = Boolean(owner.$descriptor.propertiesByName[segment]?.isReference);
    owner = segment === '$type' ? owner.$type : owner[segment];
  }
  return describeValue(owner, isReference);
}

export function describeValue(value: unknown, isReference = false): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    const parts = value.map((item) => (isReference ? referenceOf(item) : toPlain(item)));
    if (!parts.every((part) => typeof part === 'string')) return JSON.stringify(parts);
    // The order of references (a lane's flowNodeRef) carries no meaning; tools reorder them.
    return (isReference ? parts.sort() : parts).join(', ');
  }
  const plain = isReference ? referenceOf(value) : toPlain(value);
  return typeof plain === 'string' ? plain : JSON.stringify(plain);
}

function referenceOf(value: unknown): Plain {
  if (isModdleElement(value)) return value.id ?? value.$type;
  return toPlain(value);
}

function toPlain(value: unknown): Plain {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (!isModdleElement(value)) return null;

  if (value.id && SEPARATELY_DIFFED_TYPES.some((type) => value.$instanceOf(type))) {
    // A data object is a flow element the differ does not track itself.
    if (!value.$instanceOf('bpmn:DataObject')) return value.id;
  }
  const plain = value.$descriptor.isGeneric ? genericToPlain(value) : typedToPlain(value);
  // Texts and expressions read best as their content alone.
  const keys = Object.keys(plain);
  if (
    value.$type === 'bpmn:Documentation' &&
    keys.every((key) => key === '$type' || key === 'text')
  ) {
    return plain.text ?? '';
  }
  if (
    value.$instanceOf('bpmn:Expression') &&
    keys.every((key) => key === '$type' || key === 'body')
  ) {
    return plain.body ?? '';
  }
  return plain;
}

function typedToPlain(element: ModdleElement): { [key: string]: Plain } {
  const plain: { [key: string]: Plain } = { $type: element.$type };
  for (const property of element.$descriptor.properties) {
    if (property.isVirtual) continue;
    const value = element[property.name];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    if (property.isReference) {
      plain[property.name] = Array.isArray(value) ? value.map(referenceOf) : referenceOf(value);
    } else {
      plain[property.name] = toPlain(value);
    }
  }
  for (const [name, value] of Object.entries(element.$attrs)) {
    if (!isSerializationAttribute(name)) plain[name] = value;
  }
  return plain;
}

// Generic elements (unknown extensions such as camunda:inputOutput) keep attributes, text
// ($body) and children ($children) as own properties.
function genericToPlain(element: ModdleElement): { [key: string]: Plain } {
  const plain: { [key: string]: Plain } = { $type: element.$type };
  for (const [name, value] of Object.entries(element)) {
    if (name !== '$type' && !isSerializationAttribute(name)) plain[name] = toPlain(value);
  }
  return plain;
}

/** Namespace declarations and xsi:type say how the XML was written, not what it models. */
export function isSerializationAttribute(attributeName: string): boolean {
  return (
    attributeName === 'xmlns' || attributeName.startsWith('xmlns:') || attributeName === 'xsi:type'
  );
}
