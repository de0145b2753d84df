import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createAppI18n } from '../../i18n/index.ts';
import { routes } from '../../router/index.ts';
import { readable, sampleVariants } from './comparisonTesting.ts';
import ServiceVariantHeatMap from './ServiceVariantHeatMap.vue';
import ServiceVariantOutliers from './ServiceVariantOutliers.vue';
import { heatLevel, heatRows } from './variantHeat.ts';

function mountWithRouter(component: typeof ServiceVariantHeatMap | typeof ServiceVariantOutliers) {
  const router = createRouter({ history: createMemoryHistory(), routes });
  return mount(component, {
    props: { variants: sampleVariants() },
    global: { plugins: [createAppI18n('de'), router] },
  });
}

describe('variant heat', () => {
  it('grows with the share of cities having a step', () => {
    expect([0, 1, 2, 3, 4].map((count) => heatLevel(count, 4))).toEqual([1, 1, 2, 3, 4]);
    expect(heatLevel(1, 3)).toBe(2);
    expect(heatLevel(1, 0)).toBe(1);
  });

  it('has one cell per model, empty where the model lacks the step', () => {
    const { steps, models } = sampleVariants();
    const [common, rare] = heatRows(steps, models);
    expect(common?.cells.map((cell) => [cell.label, cell.level])).toEqual([
      ['Antrag prüfen', 4],
      ['Antrag prüfen', 4],
      ['Anmeldung prüfen', 4],
    ]);
    expect(rare?.cells.map((cell) => [cell.label, cell.level])).toEqual([
      ['Formular einscannen', 2],
      [null, 0],
      [null, 0],
    ]);
  });
});

describe('ServiceVariantHeatMap', () => {
  it('is a table of steps by cities that says in words which cell has the step', () => {
    const wrapper = mountWithRouter(ServiceVariantHeatMap);
    expect(wrapper.get('caption').text()).toContain('Schritte (Zeilen)');
    const headers = wrapper.findAll('thead th');
    expect(headers.map((th) => th.attributes('scope'))).toEqual(Array(5).fill('col'));
    expect(headers.map((th) => readable(th.element))).toEqual([
      'Schritt',
      'Kommunen',
      'Esslingen am Neckar Gewerbeanmeldung, Version 3',
      'Ettlingen Gewerbe anmelden, Version 1',
      'Gütersloh Gewerbeanmeldung, Version 2',
    ]);
    expect(headers[2]?.get('a').attributes('href')).toMatch(/^\/prozesse\//);

    const rows = wrapper.findAll('tbody tr');
    expect(rows[0]?.get('th').attributes('scope')).toBe('row');
    expect(rows[0]?.findAll('th, td').map((cell) => readable(cell.element))).toEqual([
      'Antrag prüfen',
      '3 von 3',
      '✓ vorhanden',
      '✓ vorhanden',
      '✓ vorhanden „Anmeldung prüfen“',
    ]);
    expect(rows[1]?.findAll('td').map((cell) => readable(cell.element))).toEqual([
      '1 von 3',
      '✓ vorhanden',
      '– nicht vorhanden',
      '– nicht vorhanden',
    ]);
    expect(rows[1]?.findAll('td')[1]?.classes()).toContain('variant-heat-map__cell--2');
    expect(rows[1]?.findAll('td')[2]?.classes()).toContain('variant-heat-map__cell--0');
  });
});

describe('ServiceVariantOutliers', () => {
  it('names the steps only one city has', () => {
    const wrapper = mountWithRouter(ServiceVariantOutliers);
    expect(wrapper.findAll('li').map((li) => readable(li.element))).toEqual([
      'Nur in Gütersloh: Gewerbeaufsicht informieren (Gewerbeanmeldung)',
    ]);
  });
});
