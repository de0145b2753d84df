import type {
  FundingApplicationStatus,
  ProjectStatus,
  Visibility,
} from '../../generated/prisma/enums.ts';

// The annual report is plain data: built once from the database, then handed to GraphQL and to
// the PDF/XLSX/CSV renderers alike, so every format shows the same thing. Dates are YYYY-MM-DD.

export type ProjectReportScopeKind = 'CITY' | 'PARTNERSHIP';

export type TrafficLight = 'RED' | 'YELLOW' | 'GREEN' | 'PAUSED' | 'CANCELLED';

export interface ReportMilestone {
  projectId: string;
  projectTitle: string;
  title: string;
  dueDate: string;
  /** The day (Europe/Berlin) it was marked reached. */
  reachedOn: string;
}

export interface ReportProcessModel {
  id: string;
  title: string;
  cityName: string;
}

export interface ReportFundingApplication {
  id: string;
  title: string;
  programmeName: string;
  status: FundingApplicationStatus;
}

export interface ReportProject {
  id: string;
  title: string;
  topicLabel: string;
  leadCityName: string;
  partnerCityNames: string[];
  visibility: Visibility;
  /** At the end of the report year. */
  status: ProjectStatus;
  progressPercent: number;
  /** At the end of the year before; null when the project did not exist yet. */
  previousStatus: ProjectStatus | null;
  previousProgressPercent: number | null;
  /** Created within the report year. */
  isNew: boolean;
  startDate: string | null;
  plannedEndDate: string | null;
  milestonesReached: ReportMilestone[];
  processModels: ReportProcessModel[];
  fundingApplications: ReportFundingApplication[];
}

export interface ReportGroup {
  status: ProjectStatus;
  projects: ReportProject[];
}

export interface ProjectReport {
  scopeKind: ProjectReportScopeKind;
  scopeId: string;
  scopeName: string;
  /** The cities the report covers, by name. */
  cityNames: string[];
  year: number;
  generatedOn: string;
  /** All five statuses in a fixed order, empty ones included. */
  groups: ReportGroup[];
  /** Projects that are new, or whose status or progress differ from the end of the year before. */
  changes: ReportProject[];
  /** Across all projects, in the order they were reached. */
  milestonesReached: ReportMilestone[];
}
