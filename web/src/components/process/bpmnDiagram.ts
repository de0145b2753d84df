// What the editor and the viewer share: the bpmn-js services they use (as narrow interfaces, so
// this file does not pull bpmn-js into a chunk), import warnings and change markers.
import {
  type ElementChanges,
  MARKER_CLASSES,
  type MarkerPlan,
  planMarkers,
} from './diffMarkers.ts';

export interface Viewbox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CanvasService {
  viewbox(box?: Viewbox): Viewbox;
  addMarker(elementId: string, className: string): void;
  removeMarker(elementId: string, className: string): void;
  zoom(level?: 'fit-viewport' | number, center?: 'auto'): number;
  getContainer(): HTMLElement;
}

export interface ElementRegistryService {
  get(elementId: string): unknown;
  getAll(): { id: string }[];
}

/** The part of a bpmn-js Viewer or Modeler both components use. */
export interface BpmnDiagram {
  importXML(xml: string): Promise<{ warnings: unknown[] }>;
  saveXML(options?: { format?: boolean }): Promise<{ xml?: string }>;
  saveSVG(): Promise<{ svg: string }>;
  get<T>(name: string): T;
  on(event: string, callback: (event: never) => unknown): void;
  off(event: string, callback: (event: never) => unknown): void;
  destroy(): void;
}

/** A problem bpmn-js reported while reading a diagram; the import still succeeded. */
export interface ImportWarning {
  message: string;
  elementId?: string;
}

function idOf(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'id' in value && typeof value.id === 'string') {
    return value.id;
  }
  return undefined;
}

/** bpmn-js reports warnings as errors or plain objects with `element`/`context.element`. */
export function normalizeImportWarnings(warnings: readonly unknown[]): ImportWarning[] {
  return warnings.map((warning) => {
    if (!warning || typeof warning !== 'object') return { message: String(warning) };
    const record = warning as { message?: unknown; element?: unknown; context?: unknown };
    const context = record.context as { element?: unknown } | undefined;
    const elementId = idOf(record.element) ?? idOf(context?.element);
    const message = typeof record.message === 'string' ? record.message : String(warning);
    return elementId ? { message, elementId } : { message };
  });
}

/** Replaces all change markers of `diagram` with those for `changes`. */
export function showChangeMarkers(diagram: BpmnDiagram, changes: ElementChanges): MarkerPlan {
  removeChangeMarkers(diagram);
  const canvas = diagram.get<CanvasService>('canvas');
  const registry = diagram.get<ElementRegistryService>('elementRegistry');
  const plan = planMarkers(changes, (elementId) => Boolean(registry.get(elementId)));
  for (const { elementId, className } of plan.markers) canvas.addMarker(elementId, className);
  return plan;
}

export function removeChangeMarkers(diagram: BpmnDiagram): void {
  const canvas = diagram.get<CanvasService>('canvas');
  for (const element of diagram.get<ElementRegistryService>('elementRegistry').getAll()) {
    for (const className of MARKER_CLASSES) canvas.removeMarker(element.id, className);
  }
}

/**
 * Names the focusable drawing area for assistive technology. bpmn-js binds its keyboard shortcuts
 * to this SVG element, so it acts as one application widget described by the help text.
 */
export function labelCanvas(diagram: BpmnDiagram, label: string, describedBy: string): void {
  const svg = diagram.get<CanvasService>('canvas').getContainer().querySelector(':scope > svg');
  if (!svg) return;
  svg.setAttribute('role', 'application');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('aria-describedby', describedBy);
}
