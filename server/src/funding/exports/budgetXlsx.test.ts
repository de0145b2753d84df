import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { EURO_NUMBER_FORMAT, PERCENT_NUMBER_FORMAT, renderBudgetXlsx } from './budgetXlsx.ts';
import { threeCityStatement } from './statementFixture.ts';

async function loadWorkbook() {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS's types want an ArrayBuffer; a copy into a fresh Uint8Array gives exactly one.
  await workbook.xlsx.load(new Uint8Array(await renderBudgetXlsx(threeCityStatement())).buffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function values(row: ExcelJS.Row): unknown[] {
  return (row.values as unknown[]).slice(1);
}

describe('renderBudgetXlsx', () => {
  it('has the sheets "Budget" and "Übersicht" and the workbook metadata', async () => {
    const workbook = await loadWorkbook();

    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Budget', 'Übersicht']);
    expect(workbook.creator).toBe('Amtsweg');
    expect(workbook.title).toBe('Budget: Medienbruchfreie Gewerbeanmeldung im Verbund');
  });

  it('writes one row per budget line with numeric euro amounts', async () => {
    const budget = sheet(await loadWorkbook(), 'Budget');

    expect(budget.rowCount).toBe(10);
    expect(values(budget.getRow(1))).toEqual([
      'Kommune',
      'Kostenart',
      'Beschreibung',
      'Betrag (EUR)',
      'förderfähig',
    ]);
    expect(values(budget.getRow(2))).toEqual([
      'Esslingen am Neckar',
      'Personal',
      'Projektleitung (0,3 VZÄ, 12 Monate)',
      24000,
      'ja',
    ]);
    expect(values(budget.getRow(4))).toEqual([
      'Esslingen am Neckar',
      'Hard- und Software',
      'Lizenzen BPMN-Werkzeug',
      4234.56,
      'ja',
    ]);
    expect(values(budget.getRow(8))).toEqual([
      'Ludwigsburg',
      'Schulungen',
      'Schulung Bürgerbüro',
      750,
      'nein',
    ]);
    expect(values(budget.getRow(9))).toEqual([
      'Waiblingen',
      'Externe Dienstleistungen',
      'Schnittstelle Fachverfahren – E-Akte\nPhase 1',
      12000,
      'ja',
    ]);
    for (let row = 2; row <= 10; row++) {
      expect(budget.getCell(row, 4).numFmt).toBe(EURO_NUMBER_FORMAT);
      expect(typeof budget.getCell(row, 4).value).toBe('number');
    }
    expect(budget.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(budget.getColumn(3).width).toBe(50);
  });

  it('sums up each city and the application in "Übersicht"', async () => {
    const overview = sheet(await loadWorkbook(), 'Übersicht');

    expect(values(overview.getRow(1))).toEqual([
      'Kommune',
      'Gesamtkosten',
      'förderfähige Kosten',
      'Zuwendung',
      'Eigenanteil',
      'Eigenanteil %',
    ]);
    expect(values(overview.getRow(2))).toEqual([
      'Esslingen am Neckar',
      47934.56,
      46734.56,
      40000,
      7934.56,
      0.1655,
    ]);
    expect(values(overview.getRow(3))).toEqual(['Ludwigsburg', 23750, 23000, 21850, 1900, 0.08]);
    expect(values(overview.getRow(5))).toEqual([
      'Summe',
      87184.56,
      81734.56,
      73250,
      13934.56,
      0.1598,
    ]);
    expect(overview.getRow(5).font?.bold).toBe(true);
    expect(overview.getCell('B5').numFmt).toBe(EURO_NUMBER_FORMAT);
    expect(overview.getCell('F5').numFmt).toBe(PERCENT_NUMBER_FORMAT);
    expect(overview.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});
