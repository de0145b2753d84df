import type { FundingStatement, StatementFigures, StatementPartner } from '../statementTypes.ts';
import { formatEuro, formatPercent } from './format.ts';
import { COST_CATEGORY_LABELS } from './labels.ts';
import { drawTable, heading, type PdfColumn, type PdfRow, paragraph } from './pdfLayout.ts';

// The money part of the statement PDF: each city's lines with its sums, then all cities side by
// side with the application's totals.

/** A4 at 50 pt margins leaves 495 pt; both tables add up to that width. */
const LINE_COLUMNS: PdfColumn[] = [
  { header: 'Kostenart', width: 115 },
  { header: 'Beschreibung', width: 220 },
  { header: 'Betrag', width: 85, align: 'right' },
  { header: 'förderfähig', width: 75 },
];
const OVERVIEW_COLUMNS: PdfColumn[] = [
  { header: 'Kommune', width: 105 },
  { header: 'Gesamtkosten', width: 85, align: 'right' },
  { header: 'förderfähige Kosten', width: 85, align: 'right' },
  { header: 'Zuwendung', width: 85, align: 'right' },
  { header: 'Eigenanteil', width: 135, align: 'right' },
];

function ownShare(figures: StatementFigures): string {
  const share = formatEuro(figures.ownShareCents);
  return figures.ownShareBasisPoints === null
    ? share
    : `${share} (${formatPercent(figures.ownShareBasisPoints)})`;
}

function eligibility(line: StatementPartner['lines'][number]): string {
  if (line.countsAsEligible) return 'ja';
  // Marked eligible by the city, but booked on a category this programme does not fund.
  return line.eligible ? 'nein (Kostenart)' : 'nein';
}

export function writePartnerBudget(doc: PDFKit.PDFDocument, partner: StatementPartner): void {
  // Keeps the city's name on the page of its table header and first line.
  heading(doc, partner.isLead ? `${partner.cityName} (Konsortialführung)` : partner.cityName, {
    size: 11,
    keepWithNext: 70,
  });
  if (partner.lines.length === 0) {
    paragraph(doc, 'Keine Kosten erfasst.');
    return;
  }
  const rows: PdfRow[] = partner.lines.map((line) => ({
    cells: [
      COST_CATEGORY_LABELS[line.category] ?? line.category,
      line.description,
      formatEuro(line.amountCents),
      eligibility(line),
    ],
  }));
  const { figures } = partner;
  const capped = figures.municipalityCappedGrantCents < figures.rateGrantCents;
  const sums: [string, string][] = [
    ['Gesamtkosten', formatEuro(figures.totalCostsCents)],
    ['förderfähige Kosten', formatEuro(figures.eligibleCostsCents)],
    [
      capped ? 'Zuwendung (begrenzt auf den Höchstbetrag je Kommune)' : 'Zuwendung',
      formatEuro(figures.grantCents),
    ],
    [
      figures.ownShareBasisPoints === null
        ? 'Eigenanteil'
        : `Eigenanteil (${formatPercent(figures.ownShareBasisPoints)})`,
      formatEuro(figures.ownShareCents),
    ],
  ];
  for (const [label, value] of sums) rows.push({ cells: ['', label, value, ''], bold: true });
  drawTable(doc, LINE_COLUMNS, rows);
}

export function writeOverview(doc: PDFKit.PDFDocument, statement: FundingStatement): void {
  heading(doc, 'Übersicht', { size: 11, keepWithNext: 70 });
  const row = (name: string, figures: StatementFigures, bold: boolean): PdfRow => ({
    cells: [
      name,
      formatEuro(figures.totalCostsCents),
      formatEuro(figures.eligibleCostsCents),
      formatEuro(figures.grantCents),
      ownShare(figures),
    ],
    bold,
  });
  drawTable(doc, OVERVIEW_COLUMNS, [
    ...statement.partners.map((partner) => row(partner.cityName, partner.figures, false)),
    row('Summe', statement.total, true),
  ]);
  const cap = statement.programme.capPerApplicationCents;
  if (statement.applicationCapApplied && cap !== null) {
    paragraph(
      doc,
      `Der Förderhöchstbetrag je Antrag (${formatEuro(cap)}) wurde anteilig auf die Kommunen verteilt.`,
    );
  }
}
