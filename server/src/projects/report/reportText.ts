import { formatDate } from '../../funding/exports/format.ts';
import { statusLabel } from '../../funding/exports/labels.ts';
import { PROJECT_STATUS_LABELS } from './reportLabels.ts';
import type { ProjectReport, ReportProject } from './reportTypes.ts';

// Cell texts the three formats share, so the PDF, the workbook and the CSV say the same thing.

export function reportTitle(report: { year: number }): string {
  return `Dokumentation Digitalisierung ${report.year}`;
}

/** "Esslingen am Neckar", or "Digitalisierungsverbund Neckar (Böblingen, Esslingen …)". */
export function scopeText(report: ProjectReport): string {
  return report.scopeKind === 'CITY'
    ? report.scopeName
    : `${report.scopeName} (${report.cityNames.join(', ')})`;
}

export function citiesText(project: ReportProject): string {
  return project.partnerCityNames.length === 0
    ? project.leadCityName
    : `${project.leadCityName} (Federführung), ${project.partnerCityNames.join(', ')}`;
}

export function previousStatusText(project: ReportProject): string {
  return project.previousStatus === null ? 'neu' : PROJECT_STATUS_LABELS[project.previousStatus];
}

export function milestonesText(project: ReportProject): string {
  return project.milestonesReached.map((m) => `${m.title} (${formatDate(m.reachedOn)})`).join('; ');
}

export function processModelsText(project: ReportProject): string {
  return project.processModels.map((m) => `${m.title} (${m.cityName})`).join('; ');
}

export function fundingText(project: ReportProject): string {
  return project.fundingApplications
    .map((a) => `${a.title} – ${a.programmeName} (${statusLabel(a.status)})`)
    .join('; ');
}

export function optionalDate(date: string | null): string {
  return date === null ? '' : formatDate(date);
}

/** Per status: how many projects had it at the end of the year, and how many at the end of the one before. */
export function statusCounts(report: ProjectReport) {
  const projects = report.groups.flatMap((g) => g.projects);
  return report.groups.map((group) => ({
    status: group.status,
    count: group.projects.length,
    previousCount: projects.filter((p) => p.previousStatus === group.status).length,
  }));
}
