import ExcelJS from 'exceljs';
import { formatDate } from '../../funding/exports/format.ts';
import { PROJECT_STATUS_LABELS, TRAFFIC_LIGHT_LABELS, TRAFFIC_LIGHT_OF } from './reportLabels.ts';
import { projectColumns, projectsInReportOrder } from './reportTable.ts';
import { reportTitle, scopeText, statusCounts } from './reportText.ts';
import type { ProjectReport } from './reportTypes.ts';

export const REPORT_SHEETS = {
  overview: 'Übersicht',
  projects: 'Vorhaben',
  changes: 'Veränderungen',
  milestones: 'Meilensteine',
} as const;

function styleHeader(sheet: ExcelJS.Worksheet, row = 1): void {
  sheet.getRow(row).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: row }];
}

function addOverviewSheet(workbook: ExcelJS.Workbook, report: ProjectReport): void {
  const sheet = workbook.addWorksheet(REPORT_SHEETS.overview);
  sheet.columns = [{ width: 24 }, { width: 16 }, { width: 22 }, { width: 22 }];
  const facts: [string, string][] = [
    ['Bericht', reportTitle(report)],
    ['Bereich', scopeText(report)],
    ['Berichtsjahr', String(report.year)],
    ['Erstellt am', formatDate(report.generatedOn)],
  ];
  for (const fact of facts) sheet.addRow(fact).getCell(1).font = { bold: true };
  sheet.addRow([]);
  const header = sheet.addRow([
    'Status',
    'Ampel',
    `Vorhaben Ende ${report.year}`,
    `Vorhaben Ende ${report.year - 1}`,
  ]);
  header.font = { bold: true };
  for (const row of statusCounts(report)) {
    sheet.addRow([
      PROJECT_STATUS_LABELS[row.status],
      TRAFFIC_LIGHT_LABELS[TRAFFIC_LIGHT_OF[row.status]],
      row.count,
      row.previousCount,
    ]);
  }
}

function addProjectsSheet(workbook: ExcelJS.Workbook, report: ProjectReport): void {
  const sheet = workbook.addWorksheet(REPORT_SHEETS.projects);
  const columns = projectColumns(report.year);
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width }));
  for (const project of projectsInReportOrder(report)) {
    sheet.addRow(columns.map((column) => column.value(project)));
  }
  styleHeader(sheet);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

function addChangesSheet(workbook: ExcelJS.Workbook, report: ProjectReport): void {
  const sheet = workbook.addWorksheet(REPORT_SHEETS.changes);
  const previous = report.year - 1;
  sheet.columns = [
    { header: 'Vorhaben', key: 'title', width: 40 },
    { header: `neu ${report.year}`, key: 'isNew', width: 10 },
    { header: `Status Ende ${previous}`, key: 'before', width: 16 },
    { header: `Status Ende ${report.year}`, key: 'now', width: 16 },
    { header: `Fortschritt Ende ${previous} (%)`, key: 'progressBefore', width: 14 },
    { header: `Fortschritt Ende ${report.year} (%)`, key: 'progressNow', width: 14 },
  ];
  for (const project of report.changes) {
    sheet.addRow({
      title: project.title,
      isNew: project.isNew ? 'ja' : 'nein',
      before:
        project.previousStatus === null ? null : PROJECT_STATUS_LABELS[project.previousStatus],
      now: PROJECT_STATUS_LABELS[project.status],
      progressBefore: project.previousProgressPercent,
      progressNow: project.progressPercent,
    });
  }
  styleHeader(sheet);
}

function addMilestonesSheet(workbook: ExcelJS.Workbook, report: ProjectReport): void {
  const sheet = workbook.addWorksheet(REPORT_SHEETS.milestones);
  sheet.columns = [
    { header: 'Vorhaben', key: 'project', width: 40 },
    { header: 'Meilenstein', key: 'title', width: 40 },
    { header: 'Fällig am', key: 'dueDate', width: 12 },
    { header: 'Erreicht am', key: 'reachedOn', width: 12 },
  ];
  for (const milestone of report.milestonesReached) {
    sheet.addRow({
      project: milestone.projectTitle,
      title: milestone.title,
      dueDate: formatDate(milestone.dueDate),
      reachedOn: formatDate(milestone.reachedOn),
    });
  }
  styleHeader(sheet);
}

/** The annual report as a workbook: overview, projects, changes and milestones reached. */
export async function renderReportXlsx(report: ProjectReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Amtsweg';
  workbook.title = `${reportTitle(report)}: ${report.scopeName}`;
  // The report's day instead of the wall clock keeps the same report's file the same.
  const day = new Date(`${report.generatedOn}T00:00:00Z`);
  workbook.created = day;
  workbook.modified = day;
  addOverviewSheet(workbook, report);
  addProjectsSheet(workbook, report);
  addChangesSheet(workbook, report);
  addMilestonesSheet(workbook, report);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
