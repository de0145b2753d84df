import type { ProjectStatus } from '../../graphql/generated/graphql.ts';

type Translate = (key: string, named: Record<string, string>) => string;

const LIGHTS: Partial<Record<ProjectStatus, true>> = { IDEA: true, IN_PROGRESS: true, DONE: true };

/**
 * "Idee (Ampel rot)": the status in words with its traffic-light colour named, for legends and
 * the report where colour alone must not carry the meaning. The side tracks (paused, cancelled)
 * have no light and keep their plain name.
 */
export function statusWithLight(status: ProjectStatus, t: Translate): string {
  const name = t(`projectStatus.${status}`, {});
  if (!LIGHTS[status]) return name;
  return t('projectDashboard.statusWithLight', {
    status: name,
    light: t(`projectDashboard.light.${status}`, {}),
  });
}
