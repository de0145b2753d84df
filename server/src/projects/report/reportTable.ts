import {
  PROJECT_STATUS_LABELS,
  statusChangeText,
  TRAFFIC_LIGHT_LABELS,
  TRAFFIC_LIGHT_OF,
} from './reportLabels.ts';
import {
  fundingText,
  milestonesText,
  optionalDate,
  previousStatusText,
  processModelsText,
} from './reportText.ts';
import type { ProjectReport, ReportProject } from './reportTypes.ts';

/** One column of the project table; `number` cells stay numbers in the workbook. */
export interface ReportColumn {
  header: string;
  width: number;
  value: (project: ReportProject) => string | number | null;
}

/**
 * The project table of the workbook and the CSV: one row per project, grouped by the status at
 * the end of the year, with the year before beside it.
 */
export function projectColumns(year: number): ReportColumn[] {
  return [
    { header: `Status Ende ${year}`, width: 16, value: (p) => PROJECT_STATUS_LABELS[p.status] },
    { header: 'Ampel', width: 12, value: (p) => TRAFFIC_LIGHT_LABELS[TRAFFIC_LIGHT_OF[p.status]] },
    { header: 'Vorhaben', width: 40, value: (p) => p.title },
    { header: 'Themenfeld', width: 28, value: (p) => p.topicLabel },
    { header: 'Federführung', width: 22, value: (p) => p.leadCityName },
    { header: 'Partnerkommunen', width: 30, value: (p) => p.partnerCityNames.join(', ') },
    { header: `Fortschritt Ende ${year} (%)`, width: 14, value: (p) => p.progressPercent },
    { header: `Status Ende ${year - 1}`, width: 16, value: previousStatusText },
    {
      header: `Fortschritt Ende ${year - 1} (%)`,
      width: 14,
      value: (p) => p.previousProgressPercent,
    },
    { header: `Veränderung`, width: 28, value: statusChangeText },
    { header: 'Beginn', width: 12, value: (p) => optionalDate(p.startDate) },
    { header: 'Geplantes Ende', width: 14, value: (p) => optionalDate(p.plannedEndDate) },
    { header: `Erreichte Meilensteine ${year}`, width: 40, value: milestonesText },
    { header: 'Prozessmodelle', width: 40, value: processModelsText },
    { header: 'Förderanträge', width: 50, value: fundingText },
  ];
}

export function projectsInReportOrder(report: ProjectReport): ReportProject[] {
  return report.groups.flatMap((group) => group.projects);
}
