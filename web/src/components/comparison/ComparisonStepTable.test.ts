import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppI18n } from '../../i18n/index.ts';
import ComparisonFiguresTable from './ComparisonFiguresTable.vue';
import ComparisonStepTable from './ComparisonStepTable.vue';
import { readable, sampleComparison } from './comparisonTesting.ts';
import { pairSteps } from './stepPairs.ts';

function mountTable(activePair: number | null = null) {
  const comparison = sampleComparison();
  return mount(ComparisonStepTable, {
    attachTo: document.body,
    props: { comparison, pairing: pairSteps(comparison.matches), activePair },
    global: { plugins: [createAppI18n('de')] },
  });
}

const cellTexts = (row: { findAll(selector: string): { element: Element }[] }) =>
  row.findAll('th, td').map((cell) => readable(cell.element));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ComparisonStepTable', () => {
  it('lists the pairs with number, both steps, score and reason in German', () => {
    const wrapper = mountTable();
    expect(wrapper.get('caption').text()).toBe(
      'Einander zugeordnete Schritte von Esslingen am Neckar (links) und Ettlingen (rechts), danach die Schritte, die es nur auf einer Seite gibt',
    );
    expect(wrapper.findAll('thead th').map((th) => [th.attributes('scope'), th.text()])).toEqual([
      ['col', 'Nr.'],
      ['col', 'Schritt in Esslingen am Neckar (links)'],
      ['col', 'Schritt in Ettlingen (rechts)'],
      ['col', 'Übereinstimmung'],
      ['col', 'Begründung'],
    ]);
    const rows = wrapper.findAll('tbody tr');
    expect(rows).toHaveLength(6);
    expect(rows.map((row) => row.get('th').attributes('scope'))).toEqual(Array(6).fill('row'));
    expect(cellTexts(rows[1] as never)).toEqual([
      '2',
      'Antrag erfassen Benutzeraufgabe · Rolle: Gewerbeamt',
      'Antrag aufnehmen Benutzeraufgabe · Rolle: Gewerbeamt',
      '86 %',
      'Synonyme: erfassen, aufnehmen; gleiche Rolle',
    ]);
    // The split step: two rows with the same pair number.
    expect(cellTexts(rows[2] as never)[0]).toBe('3');
    expect(cellTexts(rows[3] as never)[0]).toBe('3');
    expect(rows[2]?.get('button').attributes('aria-label')).toBe('Paar 3');
    expect(cellTexts(rows[2] as never)[4]).toBe(
      'aufgeteilter Schritt; gleiche Wörter nach Grundformbildung: Antrag, prüfen',
    );
    expect(cellTexts(rows[4] as never)).toEqual([
      'nur links',
      'Formular einscannen Manuelle Aufgabe · Rolle: Poststelle',
      '– kein Gegenstück',
      '–',
      'Kein passender Schritt im anderen Prozess',
    ]);
    expect(cellTexts(rows[5] as never)).toEqual([
      'nur rechts',
      '– kein Gegenstück',
      'Online-Antrag übernehmen Serviceaufgabe',
      '–',
      'Kein passender Schritt im anderen Prozess',
    ]);
  });

  it('highlights a pair while its number has the focus or the pointer is on its row', async () => {
    const wrapper = mountTable();
    const buttons = wrapper.findAll('tbody button');
    expect(buttons).toHaveLength(4);
    await buttons[2]?.trigger('focus');
    await buttons[2]?.trigger('blur');
    await wrapper.findAll('tbody tr')[0]?.trigger('mouseenter');
    await wrapper.findAll('tbody tr')[0]?.trigger('mouseleave');
    expect(wrapper.emitted('activate')).toEqual([[3], [null], [1], [null]]);
  });

  it('marks the rows of the active pair', () => {
    const wrapper = mountTable(3);
    const active = wrapper.findAll('tr.comparison-steps__row--active');
    expect(active.map((row) => row.find('td').text())).toEqual([
      expect.stringContaining('Antrag prüfen und Gebühr festsetzen'),
      expect.stringContaining('Antrag prüfen und Gebühr festsetzen'),
    ]);
  });
});

describe('ComparisonFiguresTable', () => {
  it('puts the figures of both sides next to each other, with the media breaks', () => {
    const { leftFigures, rightFigures } = sampleComparison();
    const wrapper = mount(ComparisonFiguresTable, {
      props: {
        left: leftFigures,
        right: rightFigures,
        leftLabel: 'Links: Esslingen am Neckar',
        rightLabel: 'Rechts: Ettlingen',
      },
      global: { plugins: [createAppI18n('de')] },
    });
    const rows = wrapper.findAll('tbody tr').map((row) => cellTexts(row as never));
    expect(rows).toEqual([
      ['Aktivitäten', '4', '4'],
      ['Benutzeraufgaben', '2', '2'],
      ['Manuelle Aufgaben', '1', '0'],
      ['Serviceaufgaben', '0', '1'],
      ['Rollen (Lanes)', '2', '1'],
      ['Übergaben', '1', '0'],
      ['Verzweigungen', '1', '0'],
      ['Schleifen', '0', '1'],
      ['Medienbrüche', '1 Formular einscannen (Scan)', '0'],
    ]);
  });
});
