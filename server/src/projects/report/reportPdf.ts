import PDFDocument from 'pdfkit';
import { formatDate } from '../../funding/exports/format.ts';
import {
  drawTable,
  FONT,
  FONT_BOLD,
  heading,
  labelled,
  type PdfColumn,
  paragraph,
  toWinAnsi,
  writePageFooters,
} from '../../funding/exports/pdfLayout.ts';
import {
  PROJECT_STATUS_LABELS,
  progressChangeText,
  statusChangeText,
  TRAFFIC_LIGHT_COLOURS,
  TRAFFIC_LIGHT_LABELS,
  TRAFFIC_LIGHT_OF,
} from './reportLabels.ts';
import {
  citiesText,
  fundingText,
  processModelsText,
  reportTitle,
  scopeText,
  statusCounts,
} from './reportText.ts';
import type { ProjectReport, ReportGroup } from './reportTypes.ts';

// Every table adds up to the 495 pt between the 50 pt margins of A4.
const projectColumns = (year: number): PdfColumn[] => [
  { header: 'Vorhaben', width: 140 },
  { header: 'Themenfeld', width: 90 },
  { header: 'Kommunen', width: 115 },
  { header: 'Fortschritt', width: 60, align: 'right' },
  { header: `Ende ${year - 1}`, width: 90 },
];
const SUMMARY_COLUMNS: PdfColumn[] = [
  { header: 'Status', width: 175 },
  { header: 'Ampel', width: 120 },
  { header: 'Vorhaben', width: 100, align: 'right' },
  { header: 'im Vorjahr', width: 100, align: 'right' },
];
const CHANGE_COLUMNS: PdfColumn[] = [
  { header: 'Vorhaben', width: 185 },
  { header: 'Status', width: 170 },
  { header: 'Fortschritt', width: 140 },
];
const MILESTONE_COLUMNS: PdfColumn[] = [
  { header: 'Vorhaben', width: 160 },
  { header: 'Meilenstein', width: 195 },
  { header: 'Fällig', width: 70 },
  { header: 'Erreicht', width: 70 },
];
const LINK_COLUMNS: PdfColumn[] = [
  { header: 'Vorhaben', width: 145 },
  { header: 'Prozessmodelle', width: 160 },
  { header: 'Förderanträge', width: 190 },
];
const DOT_RADIUS = 5;
/** In WinAnsi, unlike "→". */
const PDF_ARROW = '»';

function writeSummary(doc: PDFKit.PDFDocument, report: ProjectReport): void {
  heading(doc, 'Überblick', { keepWithNext: 110 });
  drawTable(
    doc,
    SUMMARY_COLUMNS,
    statusCounts(report).map((row) => ({
      cells: [
        PROJECT_STATUS_LABELS[row.status],
        TRAFFIC_LIGHT_LABELS[TRAFFIC_LIGHT_OF[row.status]],
        String(row.count),
        String(row.previousCount),
      ],
    })),
  );
}

/** "In Umsetzung", a dot in the traffic-light colour and its name, then the projects. */
function writeGroup(doc: PDFKit.PDFDocument, group: ReportGroup, year: number): void {
  const light = TRAFFIC_LIGHT_OF[group.status];
  heading(doc, `${PROJECT_STATUS_LABELS[group.status]} (${group.projects.length})`, {
    keepWithNext: 70,
  });
  const left = doc.page.margins.left;
  const top = doc.y;
  doc
    .save()
    .circle(left + DOT_RADIUS, top + DOT_RADIUS + 1, DOT_RADIUS)
    .fill(TRAFFIC_LIGHT_COLOURS[light])
    .restore();
  doc
    .font(FONT)
    .fontSize(10)
    .text(toWinAnsi(`Ampel: ${TRAFFIC_LIGHT_LABELS[light]}`), left + 3 * DOT_RADIUS, top);
  doc.x = left;
  doc.moveDown(0.3);
  if (group.projects.length === 0) {
    paragraph(doc, `Keine Vorhaben mit diesem Stand Ende ${year}.`);
    return;
  }
  drawTable(
    doc,
    projectColumns(year),
    group.projects.map((project) => ({
      cells: [
        project.title,
        project.topicLabel,
        citiesText(project),
        `${project.progressPercent} %`,
        project.previousStatus === null
          ? `neu ${year}`
          : project.previousStatus === project.status
            ? 'unverändert'
            : PROJECT_STATUS_LABELS[project.previousStatus],
      ],
    })),
  );
}

function writeChanges(doc: PDFKit.PDFDocument, report: ProjectReport): void {
  heading(doc, `Veränderungen gegenüber ${report.year - 1}`, { keepWithNext: 60 });
  if (report.changes.length === 0) {
    paragraph(doc, 'Keine Veränderungen.');
    return;
  }
  drawTable(
    doc,
    CHANGE_COLUMNS,
    report.changes.map((project) => ({
      cells: [
        project.title,
        statusChangeText(project, PDF_ARROW),
        progressChangeText(project, PDF_ARROW),
      ],
    })),
  );
}

function writeMilestones(doc: PDFKit.PDFDocument, report: ProjectReport): void {
  heading(doc, `Erreichte Meilensteine ${report.year}`, { keepWithNext: 60 });
  if (report.milestonesReached.length === 0) {
    paragraph(doc, 'Keine Meilensteine erreicht.');
    return;
  }
  drawTable(
    doc,
    MILESTONE_COLUMNS,
    report.milestonesReached.map((m) => ({
      cells: [m.projectTitle, m.title, formatDate(m.dueDate), formatDate(m.reachedOn)],
    })),
  );
}

function writeLinks(doc: PDFKit.PDFDocument, report: ProjectReport): void {
  heading(doc, 'Verknüpfte Prozesse und Förderanträge', { keepWithNext: 60 });
  const linked = report.groups
    .flatMap((g) => g.projects)
    .filter((p) => p.processModels.length > 0 || p.fundingApplications.length > 0);
  if (linked.length === 0) {
    paragraph(doc, 'Keine Verknüpfungen.');
    return;
  }
  drawTable(
    doc,
    LINK_COLUMNS,
    linked.map((project) => ({
      cells: [project.title, processModelsText(project), fundingText(project)],
    })),
  );
}

function writeContent(doc: PDFKit.PDFDocument, report: ProjectReport): void {
  doc
    .font(FONT_BOLD)
    .fontSize(18)
    .text(toWinAnsi(reportTitle(report)));
  doc
    .moveDown(0.3)
    .fontSize(14)
    .text(toWinAnsi(scopeText(report)));
  doc.moveDown(0.5);
  labelled(doc, 'Berichtsjahr', String(report.year));
  labelled(doc, 'Stand der Vorhaben', `31.12.${report.year}`);
  labelled(doc, 'Erstellt am', formatDate(report.generatedOn));
  const all = report.groups.flatMap((g) => g.projects);
  labelled(
    doc,
    'Vorhaben',
    `${all.length}, davon ${all.filter((p) => p.isNew).length} neu in ${report.year}`,
  );
  writeSummary(doc, report);
  for (const group of report.groups) writeGroup(doc, group, report.year);
  writeChanges(doc, report);
  writeMilestones(doc, report);
  writeLinks(doc, report);
}

/**
 * The annual report as a German PDF in the house style of the funding summary. Its creation
 * date is the report's day, so the same report always gives the same bytes.
 */
export async function renderReportPdf(report: ProjectReport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    bufferPages: true,
    lang: 'de-DE',
    displayTitle: true,
    info: {
      Title: `${reportTitle(report)}: ${report.scopeName}`,
      Creator: 'Amtsweg',
      CreationDate: new Date(`${report.generatedOn}T00:00:00Z`),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  writeContent(doc, report);
  writePageFooters(doc, `${reportTitle(report)} · ${report.scopeName}`);
  doc.end();
  return done;
}
