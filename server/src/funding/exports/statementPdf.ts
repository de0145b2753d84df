import PDFDocument from 'pdfkit';
import type { FundingStatement, StatementDocument } from '../statementTypes.ts';
import { flagSentence } from './flagSentences.ts';
import { formatDate, formatEuro, formatPercent } from './format.ts';
import { COST_CATEGORY_LABELS, documentName, statusLabel } from './labels.ts';
import {
  drawTable,
  FONT_BOLD,
  heading,
  labelled,
  type PdfColumn,
  paragraph,
  toWinAnsi,
  writePageFooters,
} from './pdfLayout.ts';
import { writeOverview, writePartnerBudget } from './statementPdfBudget.ts';

export const STATEMENT_PDF_TITLE = 'Förderantrag – Zusammenfassung';
const SHA_PREFIX_LENGTH = 12;

/** Adds up to the 495 pt between the 50 pt margins of A4. */
const DOCUMENT_COLUMNS: PdfColumn[] = [
  { header: 'Unterlage', width: 170 },
  { header: 'Kommune', width: 110 },
  { header: 'Stand', width: 215 },
];

const money = (cents: bigint | null, none: string) => (cents === null ? none : formatEuro(cents));

function writeProgramme(doc: PDFKit.PDFDocument, statement: FundingStatement): void {
  const { programme } = statement;
  heading(doc, 'Förderprogramm');
  labelled(doc, 'Programm', programme.name);
  labelled(doc, 'Fördergeber', programme.funder);
  labelled(doc, 'Förderquote', formatPercent(programme.rateBasisPoints));
  labelled(
    doc,
    'Förderhöchstbetrag je Kommune',
    money(programme.capPerMunicipalityCents, 'kein Höchstbetrag'),
  );
  labelled(
    doc,
    'Förderhöchstbetrag je Antrag',
    money(programme.capPerApplicationCents, 'kein Höchstbetrag'),
  );
  labelled(
    doc,
    'Mindest-Eigenanteil',
    programme.minOwnShareBasisPoints === null
      ? 'kein Mindestanteil'
      : formatPercent(programme.minOwnShareBasisPoints),
  );
  labelled(
    doc,
    'Förderfähige Kostenarten',
    programme.eligibleCategories.map((category) => COST_CATEGORY_LABELS[category]).join(', ') ||
      'keine',
  );
  labelled(
    doc,
    'Einreichungsfrist',
    programme.deadline === null ? 'keine Frist' : formatDate(programme.deadline),
  );
}

function documentState(document: StatementDocument): string {
  switch (document.state) {
    case 'UPLOADED': {
      const hash = document.sha256
        ? ` (SHA-256 ${document.sha256.slice(0, SHA_PREFIX_LENGTH)}…)`
        : '';
      return `hochgeladen: ${document.fileName ?? 'Datei'}${hash}`;
    }
    case 'NOT_APPLICABLE':
      return document.notApplicableReason
        ? `nicht zutreffend: ${document.notApplicableReason}`
        : 'nicht zutreffend';
    default:
      return 'fehlt';
  }
}

function writeContent(doc: PDFKit.PDFDocument, statement: FundingStatement): void {
  doc.font(FONT_BOLD).fontSize(18).text(toWinAnsi(STATEMENT_PDF_TITLE));
  doc.moveDown(0.3).fontSize(14).text(toWinAnsi(statement.applicationTitle));
  doc.moveDown(0.5);
  labelled(doc, 'Konsortialführung', statement.leadCityName);
  labelled(doc, 'Status', statusLabel(statement.status));
  labelled(doc, 'Stand', formatDate(statement.computedOn));

  writeProgramme(doc, statement);

  heading(doc, 'Beteiligte Kommunen');
  for (const partner of statement.partners) {
    paragraph(doc, `• ${partner.cityName}${partner.isLead ? ' (Konsortialführung)' : ''}`);
  }

  heading(doc, 'Kosten und Förderung', { keepWithNext: 110 });
  for (const partner of statement.partners) writePartnerBudget(doc, partner);
  writeOverview(doc, statement);

  heading(doc, 'Hinweise');
  if (statement.flags.length === 0) paragraph(doc, 'Keine Hinweise.');
  for (const flag of statement.flags) paragraph(doc, `• ${flagSentence(flag)}`);

  heading(doc, 'Unterlagen', { keepWithNext: 60 });
  if (statement.documents.length === 0) paragraph(doc, 'Keine Unterlagen gefordert.');
  else {
    drawTable(
      doc,
      DOCUMENT_COLUMNS,
      statement.documents.map((document) => ({
        cells: [documentName(document), document.cityName, documentState(document)],
      })),
    );
  }
}

/**
 * The application's figures and checklist as a German PDF. The creation date is the statement's
 * day, not the wall clock, so the same statement always gives the same bytes (a snapshot's PDF
 * can be compared or cached).
 */
export async function renderStatementPdf(statement: FundingStatement): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    bufferPages: true,
    lang: 'de-DE',
    displayTitle: true,
    info: {
      Title: `${STATEMENT_PDF_TITLE}: ${statement.applicationTitle}`,
      Creator: 'Amtsweg',
      CreationDate: new Date(`${statement.computedOn}T00:00:00Z`),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  writeContent(doc, statement);
  writePageFooters(doc, `Stand: ${formatDate(statement.computedOn)}`);
  doc.end();
  return done;
}
