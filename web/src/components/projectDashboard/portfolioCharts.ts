import type { BarSeriesOption, PieSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { ProjectStatus } from '../../graphql/generated/graphql.ts';
import { PROJECT_STATUSES } from '../project/projectStatus.ts';

// Types only: the chart library itself is loaded with the chart component (ProjectDashboardChartCanvas).
export type PortfolioChartOption = ComposeOption<
  | PieSeriesOption
  | BarSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

/** One bar or slice, and the same figure as one row of the table beside the chart. */
export interface ChartRow {
  key: string;
  label: string;
  count: number;
  colour: string;
}

/** The traffic light (as in the PDF report), then grey for the side tracks. */
export const STATUS_COLOURS: Record<ProjectStatus, string> = {
  IDEA: '#c62828',
  IN_PROGRESS: '#f9a825',
  DONE: '#2e7d32',
  ON_HOLD: '#78909c',
  CANCELLED: '#424242',
};

const TOPIC_COLOUR = '#0b4f8a';
// Outlines slices and bars against the white background: the yellow alone is too light (WCAG 1.4.11).
const OUTLINE = '#1b1f24';
const FONT = 'system-ui, sans-serif';

/** Every status in the register's order, those without projects included (as 0). */
export function statusRows(
  counts: readonly { status: ProjectStatus; count: number }[],
  label: (status: ProjectStatus) => string,
): ChartRow[] {
  return PROJECT_STATUSES.map((status) => ({
    key: status,
    label: label(status),
    count: counts.find((entry) => entry.status === status)?.count ?? 0,
    colour: STATUS_COLOURS[status],
  }));
}

/** Every topic, the most frequent first, then by name; those without projects (0) last. */
export function topicRows<Topic extends { id: string }>(
  counts: readonly { count: number; topic: Topic }[],
  label: (topic: Topic) => string,
  locale: string,
): ChartRow[] {
  return counts
    .map((entry) => ({
      key: entry.topic.id,
      label: label(entry.topic),
      count: entry.count,
      colour: TOPIC_COLOUR,
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, locale));
}

export function rowsTotal(rows: readonly ChartRow[]): number {
  return rows.reduce((sum, row) => sum + row.count, 0);
}

/** "38 %" of the total (German with a narrow space before the sign). */
export function formatShare(count: number, total: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(total === 0 ? 0 : count / total);
}

/** A pie with a legend naming each status in words; slices without projects are left out. */
export function pieOption(rows: readonly ChartRow[]): PortfolioChartOption {
  const shown = rows.filter((row) => row.count > 0);
  return {
    textStyle: { fontFamily: FONT },
    tooltip: { trigger: 'item' },
    legend: { bottom: 0, left: 'center', textStyle: { fontSize: 14, color: OUTLINE } },
    series: [
      {
        type: 'pie',
        radius: ['0%', '52%'],
        center: ['50%', '44%'],
        // Long status names wrap instead of being cut off at the chart's edge.
        label: {
          formatter: '{b}: {c}',
          fontSize: 13,
          lineHeight: 17,
          color: OUTLINE,
          width: 110,
          overflow: 'break',
        },
        itemStyle: { borderColor: OUTLINE, borderWidth: 1 },
        data: shown.map((row) => ({
          name: row.label,
          value: row.count,
          itemStyle: { color: row.colour },
        })),
      },
    ],
  };
}

/** Horizontal bars, so that long topic names stay readable; each bar carries its number. */
export function barOption(rows: readonly ChartRow[]): PortfolioChartOption {
  // The first row on top: ECharts draws a category axis from the bottom.
  const ordered = [...rows].reverse();
  return {
    textStyle: { fontFamily: FONT },
    tooltip: { trigger: 'item' },
    // Room for the topic names and the numbers at the bar ends (ECharts 6's containLabel).
    grid: {
      left: 8,
      right: 40,
      top: 8,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { color: OUTLINE } },
    yAxis: {
      type: 'category',
      data: ordered.map((row) => row.label),
      axisLabel: { color: OUTLINE, fontSize: 13, width: 220, overflow: 'break' },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 28,
        label: { show: true, position: 'right', color: OUTLINE },
        itemStyle: { borderColor: OUTLINE, borderWidth: 1 },
        data: ordered.map((row) => ({ value: row.count, itemStyle: { color: row.colour } })),
      },
    ],
  };
}
