import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import type { FundingStatement } from '../statementTypes.ts';
import { statementWithManyLines, threeCityStatement } from './statementFixture.ts';
import { renderStatementPdf } from './statementPdf.ts';

async function readPdf(statement: FundingStatement) {
  const pdf = await renderStatementPdf(statement);
  // pdf.js may take over the bytes it is given, so it gets a copy.
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const text = await parser.getText();
    const { info } = await parser.getInfo();
    return { pdf, text: text.text, pages: text.pages.map((page) => page.text), info };
  } finally {
    await parser.destroy();
  }
}

describe('renderStatementPdf', () => {
  it('shows the application, programme and partners in German', async () => {
    const { pdf, text, info } = await readPdf(threeCityStatement());

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(info?.Title).toBe(
      'Förderantrag – Zusammenfassung: Medienbruchfreie Gewerbeanmeldung im Verbund',
    );
    expect(text).toContain('Förderantrag – Zusammenfassung');
    expect(text).toContain('Medienbruchfreie Gewerbeanmeldung im Verbund');
    expect(text).toContain('Konsortialführung: Esslingen am Neckar');
    expect(text).toContain('Status: Interne Prüfung');
    expect(text).toContain('Stand: 21.11.2026');
    expect(text).toContain('Programm: Digitale Kommune – Förderaufruf 2026');
    expect(text).toContain('Fördergeber: Ministerium für Digitales Baden-Württemberg');
    expect(text).toContain('Förderquote: 95,00 %');
    expect(text).toContain('Förderhöchstbetrag je Kommune: 40.000,00 €');
    expect(text).toContain('Förderhöchstbetrag je Antrag: kein Höchstbetrag');
    expect(text).toContain('Mindest-Eigenanteil: 10,00 %');
    expect(text).toContain(
      'Förderfähige Kostenarten: Personal, Externe Dienstleistungen, Hard- und Software',
    );
    expect(text).toContain('Einreichungsfrist: 01.12.2026');
    for (const city of ['Esslingen am Neckar (Konsortialführung)', 'Ludwigsburg', 'Waiblingen']) {
      expect(text).toContain(`• ${city}`);
    }
  });

  it('lists every line with German amounts, then each city’s sums and the totals', async () => {
    const { text } = await readPdf(threeCityStatement());

    expect(text).toContain('Personal Projektleitung (0,3 VZÄ, 12 Monate) 24.000,00 € ja');
    expect(text).toContain('Hard- und Software Lizenzen BPMN-Werkzeug 4.234,56 € ja');
    expect(text).toContain('Schulungen Schulung Sachbearbeitung 1.200,00 € nein');
    // Marked eligible by Ludwigsburg, but the programme does not fund training.
    expect(text).toContain('Schulungen Schulung Bürgerbüro 750,00 € nein (Kostenart)');
    expect(text).toContain('Gesamtkosten 47.934,56 €');
    expect(text).toContain('förderfähige Kosten 46.734,56 €');
    expect(text).toMatch(/Zuwendung \(begrenzt auf den Höchstbetrag je\s+Kommune\)\s+40\.000,00 €/);
    expect(text).toContain('Eigenanteil (16,55 %) 7.934,56 €');
    expect(text).toContain('Eigenanteil (8,00 %) 1.900,00 €');
    expect(text).toContain('Ludwigsburg 23.750,00 € 23.000,00 € 21.850,00 € 1.900,00 € (8,00 %)');
    expect(text).toContain('Summe 87.184,56 € 81.734,56 € 73.250,00 € 13.934,56 € (15,98 %)');
  });

  it('states the flags and the checklist', async () => {
    const { text } = await readPdf(threeCityStatement());

    expect(text).toContain(
      'Eigenanteil von Ludwigsburg unter dem Mindestanteil: 8,00 % statt 10,00 %',
    );
    expect(text).toContain('Die Einreichungsfrist endet am 01.12.2026 (noch 10 Tage).');
    expect(text).toMatch(
      /Projektskizze Esslingen am Neckar hochgeladen:\s+Projektskizze_Gewerbeanmeldung\.pdf \(SHA-256\s+3f9a1c2b4d5e…\)/,
    );
    expect(text).not.toContain('3f9a1c2b4d5e6');
    expect(text).toMatch(
      /Datenschutz-Folgenabschätzung Esslingen am Neckar nicht zutreffend: Es werden keine neuen\s+personenbezogenen Daten verarbeitet\./,
    );
    expect(text).toMatch(
      /Absichtserklärung Ludwigsburg Ludwigsburg hochgeladen: LOI_Ludwigsburg_unterschrieben\.pdf\s+\(SHA-256 77e0c4a1f2b3…\)/,
    );
    expect(text).toContain('Absichtserklärung Waiblingen Waiblingen fehlt');
  });

  it('breaks a long budget over pages and repeats the table header on each', async () => {
    const { pages, text } = await readPdf(statementWithManyLines(150));

    expect(pages.length).toBeGreaterThan(3);
    for (let line = 1; line <= 150; line++) {
      expect(text).toContain(`Leistungspaket ${line} 1.000,00 € ja`);
    }
    for (const page of pages.slice(1, -1)) {
      expect(page.startsWith('Kostenart Beschreibung Betrag förderfähig')).toBe(true);
    }
    pages.forEach((page, index) => {
      expect(page).toContain(`Stand: 21.11.2026 · Seite ${index + 1} von ${pages.length}`);
    });
  });

  it('replaces characters the standard font cannot show instead of writing broken text', async () => {
    const statement = threeCityStatement();
    const line = statement.partners[0]?.lines[0];
    if (!line) throw new Error('fixture has no line');
    line.description = 'Łódź-Partnerschaft → Übergabe 😀';

    const { text } = await readPdf(statement);

    expect(text).toContain('?ód?-Partnerschaft ? Übergabe ?');
  });

  it('gives the same bytes for the same statement', async () => {
    const [first, second] = await Promise.all([
      renderStatementPdf(threeCityStatement()),
      renderStatementPdf(threeCityStatement()),
    ]);
    expect(first.equals(second)).toBe(true);
  });

  it('copes with a city without lines, no flags and no documents', async () => {
    const statement = threeCityStatement();
    const waiblingen = statement.partners[2];
    if (!waiblingen) throw new Error('fixture has no third partner');
    waiblingen.lines = [];
    statement.flags = [];
    statement.documents = [];
    statement.programme.deadline = null;
    statement.programme.capPerApplicationCents = 5_000_000n;
    statement.applicationCapApplied = true;

    const { text } = await readPdf(statement);

    expect(text).toContain('Keine Kosten erfasst.');
    expect(text).toContain('Keine Hinweise.');
    expect(text).toContain('Keine Unterlagen gefordert.');
    expect(text).toContain('Einreichungsfrist: keine Frist');
    expect(text).toContain(
      'Der Förderhöchstbetrag je Antrag (50.000,00 €) wurde anteilig auf die Kommunen verteilt.',
    );
  });
});
