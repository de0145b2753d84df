import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CHANGE_STYLES,
  contrastRatio,
  ELEMENT_CHANGES,
  isElementChange,
  MARKER_CLASSES,
  markerClass,
  planMarkers,
} from './diffMarkers.ts';

const inDiagram = new Set(['Task_1', 'Flow_1', 'Gateway_1']);
const hasElement = (id: string) => inDiagram.has(id);

describe('planMarkers', () => {
  it('maps each change to the marker class of its kind', () => {
    expect(
      planMarkers({ Task_1: 'added', Flow_1: 'removed', Gateway_1: 'moved' }, hasElement),
    ).toEqual({
      markers: [
        { elementId: 'Task_1', className: 'amtsweg-change-added' },
        { elementId: 'Flow_1', className: 'amtsweg-change-removed' },
        { elementId: 'Gateway_1', className: 'amtsweg-change-moved' },
      ],
      unknownIds: [],
    });
  });

  it('accepts a Map and reports ids the diagram does not contain', () => {
    const plan = planMarkers(
      new Map([
        ['Task_1', 'changed'],
        ['Task_9', 'added'],
      ]),
      hasElement,
    );
    expect(plan.markers).toEqual([{ elementId: 'Task_1', className: 'amtsweg-change-changed' }]);
    expect(plan.unknownIds).toEqual(['Task_9']);
  });

  it('ignores values that are not a kind of change (e.g. from untyped JSON)', () => {
    const changes = JSON.parse('{"Task_1":"renamed","Flow_1":"added"}');
    expect(planMarkers(changes, hasElement).markers).toEqual([
      { elementId: 'Flow_1', className: 'amtsweg-change-added' },
    ]);
  });
});

describe('change kinds', () => {
  it('has one marker class per kind', () => {
    expect(MARKER_CLASSES).toEqual(ELEMENT_CHANGES.map(markerClass));
    expect(new Set(MARKER_CLASSES).size).toBe(ELEMENT_CHANGES.length);
    expect(isElementChange('moved')).toBe(true);
    expect(isElementChange('toString')).toBe(false);
  });

  it.each(ELEMENT_CHANGES)(
    'draws "%s" with at least 3:1 contrast to white and its tint',
    (kind) => {
      const { color, tint } = CHANGE_STYLES[kind];
      expect(contrastRatio(color, '#ffffff')).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(color, tint)).toBeGreaterThanOrEqual(3);
      // Labels (near-black) stay readable on the tint.
      expect(contrastRatio('#000000', tint)).toBeGreaterThanOrEqual(7);
    },
  );

  it('tells the kinds apart by line pattern, not only by colour', () => {
    const patterns = ELEMENT_CHANGES.map((kind) => CHANGE_STYLES[kind].dash);
    expect(new Set(patterns).size).toBe(ELEMENT_CHANGES.length);
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('keeps the marker stylesheet in step with CHANGE_STYLES', () => {
    const css = readFileSync(fileURLToPath(import.meta.resolve('./processMarkers.css')), 'utf8');
    for (const kind of ELEMENT_CHANGES) {
      const { color, tint, dash } = CHANGE_STYLES[kind];
      const shapeRule = new RegExp(
        `\\.djs-shape\\.${markerClass(kind)} [^{]*\\{[^}]*stroke: ${color} !important;[^}]*` +
          `stroke-dasharray: ${dash} !important;[^}]*fill: ${tint} !important;`,
      );
      const connectionRule = new RegExp(
        `\\.djs-connection\\.${markerClass(kind)} [^{]*\\{[^}]*stroke: ${color} !important;[^}]*` +
          `stroke-dasharray: ${dash} !important;`,
      );
      expect(css).toMatch(shapeRule);
      expect(css).toMatch(connectionRule);
    }
  });
});
