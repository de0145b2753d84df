import type { ProjectStatus } from '../../generated/prisma/enums.ts';
import type { TrafficLight } from './reportTypes.ts';

/** The order statuses are listed in: the traffic light from red to green, then the rest. */
export const REPORT_STATUS_ORDER: ProjectStatus[] = [
  'IDEA',
  'IN_PROGRESS',
  'DONE',
  'ON_HOLD',
  'CANCELLED',
];

export const TRAFFIC_LIGHT_OF: Record<ProjectStatus, TrafficLight> = {
  IDEA: 'RED',
  IN_PROGRESS: 'YELLOW',
  DONE: 'GREEN',
  ON_HOLD: 'PAUSED',
  CANCELLED: 'CANCELLED',
};

// The words of the municipal "Dokumentation Digitalisierung": Idee (rot), in Umsetzung (gelb),
// umgesetzt (grün).
export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  IDEA: 'Idee',
  IN_PROGRESS: 'In Umsetzung',
  DONE: 'Umgesetzt',
  ON_HOLD: 'Pausiert',
  CANCELLED: 'Abgebrochen',
};

export const TRAFFIC_LIGHT_LABELS: Record<TrafficLight, string> = {
  RED: 'rot',
  YELLOW: 'gelb',
  GREEN: 'grün',
  PAUSED: 'pausiert',
  CANCELLED: 'abgebrochen',
};

/** Fill colours of the traffic-light dot in the PDF. */
export const TRAFFIC_LIGHT_COLOURS: Record<TrafficLight, string> = {
  RED: '#c62828',
  YELLOW: '#f9a825',
  GREEN: '#2e7d32',
  PAUSED: '#78909c',
  CANCELLED: '#424242',
};

export function statusWithLight(status: ProjectStatus): string {
  return `${PROJECT_STATUS_LABELS[status]} (${TRAFFIC_LIGHT_LABELS[TRAFFIC_LIGHT_OF[status]]})`;
}

/**
 * "Idee → In Umsetzung", "neu: Idee", or the one status when it stayed. The PDF's standard font
 * has no "→", so it passes "»".
 */
export function statusChangeText(
  project: { previousStatus: ProjectStatus | null; status: ProjectStatus },
  arrow = '→',
): string {
  const now = PROJECT_STATUS_LABELS[project.status];
  if (project.previousStatus === null) return `neu: ${now}`;
  if (project.previousStatus === project.status) return now;
  return `${PROJECT_STATUS_LABELS[project.previousStatus]} ${arrow} ${now}`;
}

/** "20 % → 60 %", or "60 %" when it stayed or the project is new. */
export function progressChangeText(
  project: { previousProgressPercent: number | null; progressPercent: number },
  arrow = '→',
): string {
  const now = `${project.progressPercent} %`;
  const before = project.previousProgressPercent;
  return before === null || before === project.progressPercent
    ? now
    : `${before} % ${arrow} ${now}`;
}
