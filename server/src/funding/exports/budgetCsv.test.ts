import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderBudgetCsv } from './budgetCsv.ts';
import { threeCityStatement } from './statementFixture.ts';

/** Reads the CSV back the way a spreadsheet would, without turning cells into numbers. */
async function parseCsv(csv: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  const sheet = await workbook.csv.read(Readable.from([csv.replace(/^\uFEFF/, '')]), {
    parserOptions: { delimiter: ';' },
    map: (value: unknown) => value,
  });
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as string[]).slice(1));
  });
  return rows;
}

describe('renderBudgetCsv', () => {
  it('writes ";"-separated rows with decimal commas, a BOM and CRLF, quoting where needed', async () => {
    const csv = await renderBudgetCsv(threeCityStatement());

    expect(csv).toBe(
      [
        '\uFEFFKommune;Kostenart;Beschreibung;Betrag (EUR);förderfähig',
        'Esslingen am Neckar;Personal;Projektleitung (0,3 VZÄ, 12 Monate);24000,00;ja',
        'Esslingen am Neckar;Externe Dienstleistungen;"Prozessmodellierung; Workshops ""Ist-Analyse""";18500,00;ja',
        'Esslingen am Neckar;Hard- und Software;Lizenzen BPMN-Werkzeug;4234,56;ja',
        'Esslingen am Neckar;Schulungen;Schulung Sachbearbeitung;1200,00;nein',
        'Ludwigsburg;Externe Dienstleistungen;Anbindung an das Serviceportal;18000,00;ja',
        'Ludwigsburg;Hard- und Software;Signaturkarten und Lesegeräte;5000,00;ja',
        'Ludwigsburg;Schulungen;Schulung Bürgerbüro;750,00;nein',
        'Waiblingen;Externe Dienstleistungen;"Schnittstelle Fachverfahren – E-Akte\nPhase 1";12000,00;ja',
        'Waiblingen;Personal;Eigenpersonal IT;3500,00;nein',
        '',
      ].join('\r\n'),
    );
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('reads back to the same cells, separators, quotes and line breaks included', async () => {
    const rows = await parseCsv(await renderBudgetCsv(threeCityStatement()));

    expect(rows).toHaveLength(10);
    expect(rows[2]).toEqual([
      'Esslingen am Neckar',
      'Externe Dienstleistungen',
      'Prozessmodellierung; Workshops "Ist-Analyse"',
      '18500,00',
      'ja',
    ]);
    expect(rows[8]?.[2]).toBe('Schnittstelle Fachverfahren – E-Akte\nPhase 1');
  });

  it('keeps amounts exact beyond double precision', async () => {
    const statement = threeCityStatement();
    const line = statement.partners[0]?.lines[0];
    if (!line) throw new Error('fixture has no line');
    line.amountCents = 900_719_925_474_099_301n;

    const csv = await renderBudgetCsv(statement);

    expect(csv).toContain(';9007199254740993,01;');
  });

  it('defuses text a spreadsheet would run as a formula', async () => {
    const statement = threeCityStatement();
    const line = statement.partners[1]?.lines[0];
    if (!line) throw new Error('fixture has no line');
    line.description = '=HYPERLINK("http://example.invalid";"Klick")';

    const rows = await parseCsv(await renderBudgetCsv(statement));

    expect(rows[5]?.[2]).toBe('\'=HYPERLINK("http://example.invalid";"Klick")');
  });
});
