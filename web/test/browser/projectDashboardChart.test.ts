import { mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import ProjectDashboardChart from '../../src/components/projectDashboard/ProjectDashboardChart.vue';
import {
  type ChartRow,
  statusRows,
  topicRows,
} from '../../src/components/projectDashboard/portfolioCharts.ts';
import { createAppI18n } from '../../src/i18n/index.ts';
import { blockingAxeViolations } from './support.ts';

const wrappers: VueWrapper[] = [];

afterEach(() => {
  for (const wrapper of wrappers.splice(0)) wrapper.unmount();
  document.body.innerHTML = '';
});

interface ChartProps {
  kind: 'pie' | 'bar';
  title: string;
  caption: string;
  column: string;
  rows: ChartRow[];
}

function mountChart(props: ChartProps) {
  const main =
    document.querySelector('main') ?? document.body.appendChild(document.createElement('main'));
  const host = main.appendChild(document.createElement('div'));
  host.style.width = '900px';
  const wrapper = mount(ProjectDashboardChart, {
    attachTo: host,
    props,
    global: { plugins: [createAppI18n('de')] },
  });
  wrappers.push(wrapper);
  return wrapper;
}

/** The SVG ECharts draws inside the chart's image role, once the lazily loaded chunk is there. */
async function drawnSvg(): Promise<SVGSVGElement> {
  await expect
    .poll(() => document.querySelector('[role="img"] svg'), { timeout: 15_000 })
    .toBeTruthy();
  // Labels appear with the first frame; animations may still run.
  await expect
    .poll(() => document.querySelector('[role="img"] svg text'), { timeout: 5_000 })
    .toBeTruthy();
  return document.querySelector('[role="img"] svg') as SVGSVGElement;
}

const LABELS: Record<string, string> = {
  IDEA: 'Idee (Ampel rot)',
  IN_PROGRESS: 'In Arbeit (Ampel gelb)',
  DONE: 'Abgeschlossen (Ampel grün)',
  ON_HOLD: 'Pausiert',
  CANCELLED: 'Abgebrochen',
};

describe('ProjectDashboardChart (ECharts in Chromium)', () => {
  it('draws the status pie with the statuses in words, beside its table', async () => {
    const rows = statusRows(
      [
        { status: 'IDEA', count: 2 },
        { status: 'IN_PROGRESS', count: 5 },
        { status: 'DONE', count: 3 },
      ],
      (status) => LABELS[status] ?? status,
    );
    mountChart({
      kind: 'pie',
      title: 'Projekte nach Status',
      caption: 'Anzahl der Projekte je Status',
      column: 'Status',
      rows,
    });
    const svg = await drawnSvg();

    const image = document.querySelector('[role="img"]') as HTMLElement;
    expect(image.getAttribute('aria-label')).toBe(
      'Projekte nach Status: Idee (Ampel rot) 2, In Arbeit (Ampel gelb) 5, Abgeschlossen (Ampel grün) 3.',
    );
    expect(image.getBoundingClientRect().height).toBeGreaterThan(200);
    const texts = [...svg.querySelectorAll('text')].map((node) => node.textContent ?? '');
    // Legend and slice labels say the status in words, not by colour alone.
    for (const label of [
      'Idee (Ampel rot)',
      'In Arbeit (Ampel gelb)',
      'Abgeschlossen (Ampel grün)',
    ]) {
      expect(texts.some((text) => text.includes(label))).toBe(true);
    }
    // The traffic-light colours fill the slices.
    const fills = [...svg.querySelectorAll('path')].map((path) => path.getAttribute('fill'));
    expect(fills).toEqual(expect.arrayContaining(['#c62828', '#f9a825', '#2e7d32']));
    expect(document.querySelectorAll('table tbody tr')).toHaveLength(5);
    expect(await blockingAxeViolations()).toEqual([]);
  });

  it('draws one bar per topic', async () => {
    const rows = topicRows(
      [
        { count: 7, topic: { id: 't1', name: 'Bürgerkonto' } },
        { count: 3, topic: { id: 't2', name: 'E-Akte' } },
      ],
      (topic) => topic.name,
      'de',
    );
    mountChart({
      kind: 'bar',
      title: 'Projekte nach Themenfeld',
      caption: 'Anzahl der Projekte je Themenfeld',
      column: 'Themenfeld',
      rows,
    });
    const svg = await drawnSvg();
    const texts = [...svg.querySelectorAll('text')].map((node) => node.textContent ?? '');
    expect(texts).toEqual(expect.arrayContaining(['Bürgerkonto', 'E-Akte', '7', '3']));
    expect(await blockingAxeViolations()).toEqual([]);
  });
});
