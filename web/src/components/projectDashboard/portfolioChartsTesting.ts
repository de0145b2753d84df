import type { PortfolioChartOption } from './portfolioCharts.ts';

/** What a chart draws, read back from its option: label and number per slice or bar, top first. */
export function drawnFigures(option: PortfolioChartOption): [string, number][] {
  const series = (Array.isArray(option.series) ? option.series : [option.series])[0];
  const data = (series?.data ?? []) as { name?: string; value: number }[];
  if (series?.type === 'pie') return data.map((item) => [item.name ?? '', item.value]);
  const yAxis = (Array.isArray(option.yAxis) ? option.yAxis[0] : option.yAxis) as {
    data: string[];
  };
  return yAxis.data
    .map((label, index): [string, number] => [label, data[index]?.value ?? 0])
    .reverse();
}
