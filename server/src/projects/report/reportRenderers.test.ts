import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { renderReportCsv } from './reportCsv.ts';
import { neckarReport2025 } from './reportFixture.ts';
import { renderReportPdf } from './reportPdf.ts';
import { REPORT_SHEETS, renderReportXlsx } from './reportXlsx.ts';

async function pdfText(pdf: Buffer) {
  // pdf.js may take over the bytes it is given, so it gets a copy.
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const { info } = await parser.getInfo();
    return { text: (await parser.getText()).text, info };
  } finally {
    await parser.destroy();
  }
}

async function csvRows(csv: string): Promise<string[][]> {
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

function sheetRows(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

describe('renderReportPdf', () => {
  it('shows each status with its traffic light, the changes, milestones and links', async () => {
    const pdf = await renderReportPdf(neckarReport2025());
    const { text, info } = await pdfText(pdf);

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(info?.Title).toBe('Dokumentation Digitalisierung 2025: Digitalisierungsverbund Neckar');
    expect(text).toContain('Dokumentation Digitalisierung 2025');
    expect(text).toMatch(
      /Digitalisierungsverbund Neckar \(Böblingen, Esslingen am Neckar,\s+Ludwigsburg, Waiblingen\)/,
    );
    expect(text).toContain('Stand der Vorhaben: 31.12.2025');
    expect(text).toContain('Vorhaben: 3, davon 1 neu in 2025');
    expect(text).toContain('In Umsetzung gelb 1 0');
    expect(text).toContain('Idee rot 1 1');
    expect(text).toContain('Ampel: rot');
    expect(text).toContain('Ampel: gelb');
    expect(text).toContain('Ampel: grün');
    expect(text).toContain('Keine Vorhaben mit diesem Stand Ende 2025.');
    expect(text).toMatch(/Digitaler Bewohnerparkausweis[\s\S]*60 % Idee\n/);
    expect(text).toContain('E-Akte im Bürgerbüro E-Akte Waiblingen 100 % unverändert');
    expect(text).toContain('Veränderungen gegenüber 2024');
    expect(text).toContain('Idee » In Umsetzung');
    expect(text).toContain('0 % » 60 %');
    expect(text).toContain('neu: Idee');
    expect(text).toContain('Anbindung Melderegister 31.10.2025 05.11.2025');
    expect(text).toMatch(/Bewohnerparkausweis beantragen\s+\(Esslingen am Neckar\)/);
    expect(text).toMatch(
      /Digitalisierungsstrategie Neckar-Verbund\s+–\s+Digitale\s+Zukunftskommune@bw\s+\(Eingereicht\)/,
    );
    expect(text).toContain('Seite 1 von');
  });

  it('gives the same bytes for the same report', async () => {
    const [first, second] = await Promise.all([
      renderReportPdf(neckarReport2025()),
      renderReportPdf(neckarReport2025()),
    ]);
    expect(first.equals(second)).toBe(true);
  });
});

describe('renderReportXlsx', () => {
  it('has the overview, the projects by status, the changes and the milestones', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await renderReportXlsx(neckarReport2025())) as unknown as ArrayBuffer,
    );

    expect(workbook.worksheets.map((s) => s.name)).toEqual(Object.values(REPORT_SHEETS));
    const overview = sheetRows(workbook.getWorksheet(REPORT_SHEETS.overview));
    expect(overview).toContainEqual(['Bericht', 'Dokumentation Digitalisierung 2025']);
    expect(overview).toContainEqual(['In Umsetzung', 'gelb', 1, 0]);

    const projects = sheetRows(workbook.getWorksheet(REPORT_SHEETS.projects));
    expect(projects[0]?.slice(0, 10)).toEqual([
      'Status Ende 2025',
      'Ampel',
      'Vorhaben',
      'Themenfeld',
      'Federführung',
      'Partnerkommunen',
      'Fortschritt Ende 2025 (%)',
      'Status Ende 2024',
      'Fortschritt Ende 2024 (%)',
      'Veränderung',
    ]);
    expect(projects.slice(1).map((r) => [r[0], r[1], r[2], r[6], r[7]])).toEqual([
      ['Idee', 'rot', '=Open-Data-Portal; Stufe "1"', 0, 'neu'],
      ['In Umsetzung', 'gelb', 'Digitaler Bewohnerparkausweis', 60, 'Idee'],
      ['Umgesetzt', 'grün', 'E-Akte im Bürgerbüro', 100, 'Umgesetzt'],
    ]);

    const changes = sheetRows(workbook.getWorksheet(REPORT_SHEETS.changes));
    expect(changes.slice(1)).toEqual([
      ['=Open-Data-Portal; Stufe "1"', 'ja', undefined, 'Idee', undefined, 0],
      ['Digitaler Bewohnerparkausweis', 'nein', 'Idee', 'In Umsetzung', 0, 60],
    ]);
    const milestones = sheetRows(workbook.getWorksheet(REPORT_SHEETS.milestones));
    expect(milestones.slice(1)).toEqual([
      ['Digitaler Bewohnerparkausweis', 'Anbindung Melderegister', '31.10.2025', '05.11.2025'],
    ]);
  });
});

describe('renderReportCsv', () => {
  it('writes one row per project with a BOM and ";", defusing formulas', async () => {
    const csv = await renderReportCsv(neckarReport2025());
    expect(csv.startsWith('\uFEFFStatus Ende 2025;Ampel;Vorhaben;')).toBe(true);
    expect(csv).toContain('\r\n');

    const rows = await csvRows(csv);
    expect(rows).toHaveLength(4);
    expect(rows[1]?.slice(0, 3)).toEqual(['Idee', 'rot', '\'=Open-Data-Portal; Stufe "1"']);
    expect(rows[2]).toEqual([
      'In Umsetzung',
      'gelb',
      'Digitaler Bewohnerparkausweis',
      'Digitale Bürgerdienste (OZG)',
      'Esslingen am Neckar',
      'Ludwigsburg, Waiblingen',
      '60',
      'Idee',
      '0',
      'Idee → In Umsetzung',
      '01.09.2024',
      '30.06.2026',
      'Anbindung Melderegister (05.11.2025)',
      'Bewohnerparkausweis beantragen (Esslingen am Neckar)',
      'Digitalisierungsstrategie Neckar-Verbund – Digitale Zukunftskommune@bw (Eingereicht)',
    ]);
  });
});
