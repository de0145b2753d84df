import type { ProjectStatus } from '../../graphql/generated/graphql.ts';

/** A project's state at the end of the report year and of the year before. */
export interface ReportChangeInput {
  isNew: boolean;
  status: ProjectStatus;
  previousStatus: ProjectStatus | null;
  progressPercent: number;
  previousProgressPercent: number | null;
}

/** What moved since the year before, for the report's wording. */
export type ReportChange =
  | { kind: 'new' }
  | { kind: 'unchanged' }
  | {
      kind: 'changed';
      status: { from: ProjectStatus; to: ProjectStatus } | null;
      progress: { from: number; to: number } | null;
    };

export function reportChange(project: ReportChangeInput): ReportChange {
  if (project.isNew || project.previousStatus === null) return { kind: 'new' };
  const status =
    project.previousStatus !== project.status
      ? { from: project.previousStatus, to: project.status }
      : null;
  const before = project.previousProgressPercent;
  const progress =
    before !== null && before !== project.progressPercent
      ? { from: before, to: project.progressPercent }
      : null;
  return status || progress ? { kind: 'changed', status, progress } : { kind: 'unchanged' };
}
