// Marks elements of a diagram as added, removed, changed or moved (a version comparison).
// Colour is never the only cue (WCAG 1.4.1): each kind also has its own line pattern, and the
// legend names it. Every colour keeps at least 3:1 against white (WCAG 1.4.11, graphics).

export const ELEMENT_CHANGES = ['added', 'removed', 'changed', 'moved'] as const;
export type ElementChange = (typeof ELEMENT_CHANGES)[number];

/** Element id → kind of change; a plain object (e.g. from JSON) or a Map. */
export type ElementChanges =
  | Readonly<Record<string, ElementChange>>
  | ReadonlyMap<string, ElementChange>;

export interface ChangeStyle {
  /** Stroke colour of the marked element. */
  color: string;
  /** A light tint for the inside of shapes; text on it keeps its contrast. */
  tint: string;
  /** SVG `stroke-dasharray`; `none` for a solid line. */
  dash: string;
}

export const CHANGE_STYLES: Readonly<Record<ElementChange, ChangeStyle>> = {
  added: { color: '#1a7f37', tint: '#e8f5ec', dash: 'none' },
  removed: { color: '#b42318', tint: '#fdeeee', dash: '8 4' },
  changed: { color: '#9a4d00', tint: '#fff4e0', dash: '12 4 3 4' },
  moved: { color: '#5b3cc4', tint: '#f0ecfc', dash: '3 3' },
};

const MARKER_PREFIX = 'amtsweg-change-';

export function isElementChange(value: unknown): value is ElementChange {
  return typeof value === 'string' && (ELEMENT_CHANGES as readonly string[]).includes(value);
}

export function markerClass(change: ElementChange): string {
  return `${MARKER_PREFIX}${change}`;
}

export const MARKER_CLASSES: readonly string[] = ELEMENT_CHANGES.map(markerClass);

export interface MarkerPlan {
  /** Markers to add: element id and CSS class. */
  markers: { elementId: string; className: string }[];
  /** Ids the diagram does not contain (e.g. a change reported against another version). */
  unknownIds: string[];
}

/** Decides which markers to set; ignores values that are not a known kind of change. */
export function planMarkers(
  changes: ElementChanges,
  hasElement: (elementId: string) => boolean,
): MarkerPlan {
  const entries = changes instanceof Map ? [...changes.entries()] : Object.entries(changes);
  const plan: MarkerPlan = { markers: [], unknownIds: [] };
  for (const [elementId, change] of entries) {
    if (!isElementChange(change)) continue;
    if (hasElement(elementId)) plan.markers.push({ elementId, className: markerClass(change) });
    else plan.unknownIds.push(elementId);
  }
  return plan;
}

/** Contrast ratio of two `#rrggbb` colours (WCAG 2.x definition). */
export function contrastRatio(foreground: string, background: string): number {
  const [lighter, darker] = [relativeLuminance(foreground), relativeLuminance(background)].sort(
    (a, b) => b - a,
  ) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => {
    const channel = Number.parseInt(part, 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
