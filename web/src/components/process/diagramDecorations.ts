// Markers and number badges a page puts on a read-only diagram (e.g. the step pairs of a
// comparison of two cities' processes), and the emphasis of some elements (e.g. the counterpart of
// the step under the pointer). The classes are styled by the page's own global CSS, since bpmn-js
// draws outside Vue's scoped styles.
import type { BpmnDiagram, CanvasService, ElementRegistryService } from './bpmnDiagram.ts';

export interface DiagramBadge {
  elementId: string;
  /** Short text, e.g. the number of a step pair. */
  text: string;
  /** CSS class of the badge, e.g. its colour. */
  className?: string;
}

export interface DiagramDecorations {
  /** Element id → CSS classes set as canvas markers. */
  markers: ReadonlyMap<string, readonly string[]>;
  badges: readonly DiagramBadge[];
}

/** Marker of emphasised elements, and class of their badges. */
export const HIGHLIGHT_CLASS = 'amtsweg-highlighted';
const BADGE_OVERLAY = 'amtsweg-badge';

export interface OverlaysService {
  add(
    elementId: string,
    type: string,
    overlay: { position: { top?: number; left?: number }; html: HTMLElement },
  ): string;
  remove(filter: { type?: string }): void;
}

/** What is painted on one bpmn-js instance, so it can be taken off again. */
export interface PaintedDecorations {
  markers: [elementId: string, className: string][];
  badges: Map<string, HTMLElement[]>;
  highlighted: string[];
}

function exists(diagram: BpmnDiagram, elementId: string): boolean {
  return Boolean(diagram.get<ElementRegistryService>('elementRegistry').get(elementId));
}

/** Paints `decorations` on a diagram that has none yet (fresh import or instance). */
export function paintDecorations(
  diagram: BpmnDiagram,
  decorations: DiagramDecorations,
): PaintedDecorations {
  const canvas = diagram.get<CanvasService>('canvas');
  const overlays = diagram.get<OverlaysService>('overlays');
  const painted: PaintedDecorations = { markers: [], badges: new Map(), highlighted: [] };
  for (const [elementId, classNames] of decorations.markers) {
    if (!exists(diagram, elementId)) continue;
    for (const className of classNames) {
      canvas.addMarker(elementId, className);
      painted.markers.push([elementId, className]);
    }
  }
  for (const badge of decorations.badges) {
    if (!exists(diagram, badge.elementId)) continue;
    const html = document.createElement('span');
    html.className = ['amtsweg-diagram-badge', badge.className].filter(Boolean).join(' ');
    html.textContent = badge.text;
    // The numbers repeat what the step table next to the diagram says in words.
    html.setAttribute('aria-hidden', 'true');
    overlays.add(badge.elementId, BADGE_OVERLAY, { position: { top: -12, left: -12 }, html });
    painted.badges.set(badge.elementId, [...(painted.badges.get(badge.elementId) ?? []), html]);
  }
  return painted;
}

export function eraseDecorations(diagram: BpmnDiagram, painted: PaintedDecorations): void {
  highlightElements(diagram, painted, []);
  const canvas = diagram.get<CanvasService>('canvas');
  for (const [elementId, className] of painted.markers) {
    if (exists(diagram, elementId)) canvas.removeMarker(elementId, className);
  }
  diagram.get<OverlaysService>('overlays').remove({ type: BADGE_OVERLAY });
  painted.markers = [];
  painted.badges.clear();
}

/** Emphasises exactly `elementIds` (shape and badge); the previous emphasis goes. */
export function highlightElements(
  diagram: BpmnDiagram,
  painted: PaintedDecorations,
  elementIds: readonly string[],
): void {
  const canvas = diagram.get<CanvasService>('canvas');
  const next = new Set(elementIds);
  for (const elementId of painted.highlighted) {
    if (next.has(elementId)) continue;
    if (exists(diagram, elementId)) canvas.removeMarker(elementId, HIGHLIGHT_CLASS);
    for (const badge of painted.badges.get(elementId) ?? []) {
      badge.classList.remove(HIGHLIGHT_CLASS);
    }
  }
  for (const elementId of next) {
    if (!exists(diagram, elementId)) continue;
    canvas.addMarker(elementId, HIGHLIGHT_CLASS);
    for (const badge of painted.badges.get(elementId) ?? []) badge.classList.add(HIGHLIGHT_CLASS);
  }
  painted.highlighted = [...next].filter((elementId) => exists(diagram, elementId));
}
