// Drawing primitives for the statement PDF: text the standard fonts can show, headings, and a
// table that breaks across pages and repeats its header row there.

export const FONT = 'Helvetica';
export const FONT_BOLD = 'Helvetica-Bold';
const TABLE_FONT_SIZE = 9;
const CELL_PADDING = 3;
/** Keeps a single cell far below a page even when a description is pasted in full. */
const MAX_CELL_CHARS = 600;

// The standard PDF fonts only have the WinAnsi (cp1252) glyphs. PDFKit writes any other character
// as a broken code instead of failing, so such characters become "?" before they get there.
const WIN_ANSI_EXTRA = new Set(
  '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'.split('').map((char) => char.codePointAt(0)),
);

export function toWinAnsi(text: string): string {
  let result = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    const printable = code === 0x0a || (code >= 0x20 && code <= 0x7e) || code >= 0xa0;
    result += printable && (code <= 0xff || WIN_ANSI_EXTRA.has(code)) ? char : '?';
  }
  return result;
}

/** `keepWithNext`: room (pt) the content after the heading needs, so it does not end a page. */
export function heading(
  doc: PDFKit.PDFDocument,
  text: string,
  { size = 13, keepWithNext = 40 }: { size?: number; keepWithNext?: number } = {},
): void {
  if (doc.y + size * 2 + keepWithNext > doc.page.maxY()) doc.addPage();
  doc.moveDown(0.8).font(FONT_BOLD).fontSize(size).text(toWinAnsi(text), doc.page.margins.left);
  doc.moveDown(0.3).font(FONT).fontSize(10);
}

/** "Label: value" with the label in bold. */
export function labelled(doc: PDFKit.PDFDocument, label: string, value: string): void {
  doc
    .font(FONT_BOLD)
    .fontSize(10)
    .text(`${toWinAnsi(label)}: `, { continued: true });
  doc.font(FONT).text(toWinAnsi(value));
}

export function paragraph(doc: PDFKit.PDFDocument, text: string): void {
  doc.font(FONT).fontSize(10).text(toWinAnsi(text), doc.page.margins.left);
}

export interface PdfColumn {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

export interface PdfRow {
  cells: string[];
  bold?: boolean;
}

function cellText(text: string | undefined): string {
  const clean = toWinAnsi(text ?? '');
  return clean.length > MAX_CELL_CHARS ? `${clean.slice(0, MAX_CELL_CHARS - 1)}…` : clean;
}

function rowHeight(doc: PDFKit.PDFDocument, columns: PdfColumn[], row: PdfRow): number {
  doc.font(row.bold ? FONT_BOLD : FONT).fontSize(TABLE_FONT_SIZE);
  const heights = columns.map((column, index) =>
    doc.heightOfString(cellText(row.cells[index]), { width: column.width - 2 * CELL_PADDING }),
  );
  return Math.max(...heights) + 2 * CELL_PADDING;
}

function drawRow(doc: PDFKit.PDFDocument, columns: PdfColumn[], row: PdfRow, height: number) {
  const top = doc.y;
  let x = doc.page.margins.left;
  doc.font(row.bold ? FONT_BOLD : FONT).fontSize(TABLE_FONT_SIZE);
  columns.forEach((column, index) => {
    doc.text(cellText(row.cells[index]), x + CELL_PADDING, top + CELL_PADDING, {
      width: column.width - 2 * CELL_PADDING,
      align: column.align ?? 'left',
    });
    x += column.width;
  });
  doc.y = top + height;
}

function rule(doc: PDFKit.PDFDocument, columns: PdfColumn[], weight: number): void {
  const left = doc.page.margins.left;
  const width = columns.reduce((sum, column) => sum + column.width, 0);
  doc
    .save()
    .lineWidth(weight)
    .moveTo(left, doc.y)
    .lineTo(left + width, doc.y)
    .stroke()
    .restore();
}

export function drawTable(doc: PDFKit.PDFDocument, columns: PdfColumn[], rows: PdfRow[]): void {
  const header: PdfRow = { cells: columns.map((column) => column.header), bold: true };
  const headerHeight = rowHeight(doc, columns, header);
  const drawHeader = () => {
    drawRow(doc, columns, header, headerHeight);
    rule(doc, columns, 0.8);
  };
  // Never leave a header alone at the foot of a page.
  const first = rows[0];
  const firstHeight = first ? rowHeight(doc, columns, first) : 0;
  if (doc.y + headerHeight + firstHeight > doc.page.maxY()) doc.addPage();
  drawHeader();
  let previousBold = false;
  for (const row of rows) {
    const height = rowHeight(doc, columns, row);
    if (doc.y + height > doc.page.maxY()) {
      doc.addPage();
      drawHeader();
    }
    // A rule above a block of bold (sum) rows sets it off from the lines it adds up.
    if (row.bold && !previousBold) rule(doc, columns, 0.4);
    drawRow(doc, columns, row, height);
    previousBold = row.bold ?? false;
  }
  doc.x = doc.page.margins.left;
  doc.moveDown(0.5);
}

/**
 * Writes one footer line per page ("… · Seite 2 von 5"). Page numbers need the page count, so
 * this runs once all pages exist (the document must buffer its pages).
 */
export function writePageFooters(doc: PDFKit.PDFDocument, prefix: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const { margins } = doc.page;
    const bottom = margins.bottom;
    // Text below the bottom margin would otherwise make PDFKit start yet another page.
    margins.bottom = 0;
    doc
      .font(FONT)
      .fontSize(8)
      .text(
        toWinAnsi(`${prefix} · Seite ${index - start + 1} von ${count}`),
        margins.left,
        doc.page.height - bottom / 2 - 4,
        { width: doc.page.width - margins.left - margins.right, align: 'center', lineBreak: false },
      );
    margins.bottom = bottom;
  }
}
