import { describe, expect, it } from 'vitest';
import {
  barOption,
  formatShare,
  pieOption,
  rowsTotal,
  STATUS_COLOURS,
  statusRows,
  topicRows,
} from './portfolioCharts.ts';
import { drawnFigures } from './portfolioChartsTesting.ts';

const label = (status: string) => `«${status}»`;

describe('statusRows', () => {
  it('lists every status in the register order with its traffic-light colour, missing ones as 0', () => {
    const rows = statusRows(
      [
        { status: 'DONE', count: 4 },
        { status: 'IDEA', count: 2 },
        { status: 'IN_PROGRESS', count: 5 },
      ],
      label,
    );
    expect(rows.map((row) => [row.key, row.label, row.count, row.colour])).toEqual([
      ['IDEA', '«IDEA»', 2, STATUS_COLOURS.IDEA],
      ['IN_PROGRESS', '«IN_PROGRESS»', 5, STATUS_COLOURS.IN_PROGRESS],
      ['DONE', '«DONE»', 4, STATUS_COLOURS.DONE],
      ['ON_HOLD', '«ON_HOLD»', 0, STATUS_COLOURS.ON_HOLD],
      ['CANCELLED', '«CANCELLED»', 0, STATUS_COLOURS.CANCELLED],
    ]);
    expect(rowsTotal(rows)).toBe(11);
  });
});

describe('topicRows', () => {
  it('puts the most frequent topic first, ties by name, topics without projects last', () => {
    const topic = (id: string) => ({ id, name: id.toUpperCase() });
    const rows = topicRows(
      [
        { count: 2, topic: topic('open-data') },
        { count: 0, topic: topic('e-akte') },
        { count: 5, topic: topic('buergerkonto') },
        { count: 2, topic: topic('website') },
      ],
      (entry) => entry.name,
      'de',
    );
    expect(rows.map((row) => [row.label, row.count])).toEqual([
      ['BUERGERKONTO', 5],
      ['OPEN-DATA', 2],
      ['WEBSITE', 2],
      ['E-AKTE', 0],
    ]);
  });
});

describe('chart options', () => {
  const rows = statusRows(
    [
      { status: 'IDEA', count: 3 },
      { status: 'IN_PROGRESS', count: 5 },
      { status: 'DONE', count: 4 },
    ],
    label,
  );

  it('draw the pie from the same figures as the table, slices without projects left out', () => {
    const option = pieOption(rows);
    expect(drawnFigures(option)).toEqual(
      rows.filter((row) => row.count > 0).map((row) => [row.label, row.count]),
    );
    const series = (option.series as { data: { itemStyle: { color: string } }[] }[])[0];
    expect(series?.data.map((item) => item.itemStyle.color)).toEqual([
      STATUS_COLOURS.IDEA,
      STATUS_COLOURS.IN_PROGRESS,
      STATUS_COLOURS.DONE,
    ]);
    // The legend names the slices by their data names: the status in words.
    expect(option.legend).toBeDefined();
  });

  it('draw the bars from the same figures, the first row on top', () => {
    const option = barOption(rows);
    expect(drawnFigures(option)).toEqual(rows.map((row) => [row.label, row.count]));
  });
});

describe('formatShare', () => {
  it('gives whole percentages of the total, and 0 % of nothing', () => {
    // German sets a no-break space before the sign.
    expect(formatShare(5, 12, 'de')).toBe('42\u00a0%');
    expect(formatShare(5, 12, 'en')).toBe('42%');
    expect(formatShare(0, 0, 'de')).toBe('0\u00a0%');
  });
});
