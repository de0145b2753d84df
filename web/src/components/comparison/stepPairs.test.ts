import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../process/diffMarkers.ts';
import { sampleComparison } from './comparisonTesting.ts';
import {
  PAIR_COLOURS,
  PAIR_MARKER,
  pairColourClass,
  pairDecorations,
  pairSteps,
  UNMATCHED_MARKER,
  UNMATCHED_STYLE,
} from './stepPairs.ts';

const match = (left: string, right: string) => ({
  left: { elementId: left },
  right: { elementId: right },
});

describe('pairSteps', () => {
  it('numbers one-to-one matches in their order', () => {
    const pairing = pairSteps([match('A', 'X'), match('B', 'Y')]);
    expect(pairing.pairs.map(({ number, left, right }) => ({ number, left, right }))).toEqual([
      { number: 1, left: ['A'], right: ['X'] },
      { number: 2, left: ['B'], right: ['Y'] },
    ]);
    expect(pairing.pairOf('left', 'B')?.number).toBe(2);
    expect(pairing.pairOf('right', 'X')?.number).toBe(1);
    expect(pairing.pairOf('right', 'A')).toBeUndefined();
    expect(pairing.pairOf('left', null)).toBeUndefined();
  });

  it('joins the matches of a split step into one pair, from either side', () => {
    const { matches } = sampleComparison();
    const pairing = pairSteps(matches);
    expect(pairing.pairs).toHaveLength(3);
    const split = pairing.pairOf('left', 'Task_Pruefen');
    expect(split?.left).toEqual(['Task_Pruefen']);
    expect(split?.right).toEqual(['Task_Pruefen', 'Task_Gebuehr']);
    expect(pairing.pairOf('right', 'Task_Gebuehr')).toBe(split);
    expect(pairing.pairOfMatch(matches[3] as (typeof matches)[number])).toBe(split);

    // Two right steps split from two left ones chain into one group as well.
    const chained = pairSteps([match('A', 'X'), match('B', 'Y'), match('B', 'X')]);
    expect(chained.pairs).toHaveLength(1);
    expect(chained.pairs[0]?.left).toEqual(['A', 'B']);
  });

  it('cycles through the palette', () => {
    const matches = Array.from({ length: PAIR_COLOURS.length + 2 }, (_, i) =>
      match(`L${i}`, `R${i}`),
    );
    const colours = pairSteps(matches).pairs.map((pair) => pair.colour);
    expect(colours).toEqual([0, 1, 2, 3, 4, 5, 0, 1]);
  });
});

describe('pairDecorations', () => {
  it('gives each paired step its colour and number, unmatched steps their own marker', () => {
    const comparison = sampleComparison();
    const pairing = pairSteps(comparison.matches);
    const right = pairDecorations(pairing, 'right', comparison.onlyRight);
    expect(right.markers.get('Task_Gebuehr')).toEqual([PAIR_MARKER, pairColourClass(2)]);
    expect(right.markers.get('Task_Online')).toEqual([UNMATCHED_MARKER]);
    expect(right.badges.filter((badge) => badge.text === '3').map((b) => b.elementId)).toEqual([
      'Task_Pruefen',
      'Task_Gebuehr',
    ]);
    const left = pairDecorations(pairing, 'left', comparison.onlyLeft);
    expect(left.badges.map((badge) => [badge.elementId, badge.text])).toEqual([
      ['StartEvent_1', '1'],
      ['Task_Erfassen', '2'],
      ['Task_Pruefen', '3'],
    ]);
    expect(left.markers.get('Task_Scannen')).toEqual([UNMATCHED_MARKER]);
  });
});

describe('pair colours', () => {
  const css = readFileSync(fileURLToPath(import.meta.resolve('./comparisonMarkers.css')), 'utf8');

  it.each(PAIR_COLOURS.map((colour, index) => [index, colour] as const))(
    'colour %i carries white numbers (4.5:1) and outlines its tint (3:1)',
    (index, { color, tint }) => {
      expect(contrastRatio(color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(color, tint)).toBeGreaterThanOrEqual(3);
      expect(css).toContain(`.djs-shape.amtsweg-pair--${index} .djs-visual > :nth-child(1) {
  stroke: ${color} !important;
  stroke-width: 3px !important;
  fill: ${tint} !important;`);
      expect(css).toContain(`.amtsweg-pair-badge.amtsweg-pair--${index} {
  background: ${color};`);
    },
  );

  it('draws unmatched steps dashed, as the legend shows', () => {
    expect(contrastRatio(UNMATCHED_STYLE.color, UNMATCHED_STYLE.tint)).toBeGreaterThanOrEqual(3);
    expect(css).toContain(`stroke: ${UNMATCHED_STYLE.color} !important;`);
    expect(css).toContain(`stroke-dasharray: ${UNMATCHED_STYLE.dash} !important;`);
  });
});
