import { computed, type MaybeRefOrGetter, ref, toValue } from 'vue';
import {
  type AssignTaskInput,
  type ProjectDetailsFragment,
  ProjectDocument,
  type ProjectStatus,
  type ProjectTaskState,
  type UpdateProjectInput,
} from '../graphql/generated/graphql.ts';
import type { ActionOutcome } from './actionOutcome.ts';
import { GraphqlRequestError } from './useGraphql.ts';
import {
  addMilestone,
  addProjectComment,
  assignTask,
  setMilestoneDone,
  setTaskState,
  updateProject,
  updateProjectStatus,
} from './useProjectMutations.ts';
import { useQuery } from './useQuery.ts';

export type ProjectDetails = ProjectDetailsFragment;
export type ProjectMilestone = ProjectDetails['milestones'][number];
export type ProjectTask = ProjectDetails['tasks'][number];
export type ProjectUpdate = ProjectDetails['updates'][number];

/**
 * One project for its page, and the actions on it. Every action answers with the project as it is
 * now; `reload()` fetches it again, e.g. when a live event says someone else changed it.
 */
export function useProject(id: MaybeRefOrGetter<string>) {
  const query = useQuery(ProjectDocument, () => ({ id: toValue(id) }));
  const project = computed<ProjectDetails | null>(() => query.data.value?.project ?? null);
  // Unknown ids and projects the viewer may not see answer null: for them they do not exist.
  const notFound = computed(() =>
    query.error.value
      ? query.error.value instanceof GraphqlRequestError && query.error.value.code === 'FORBIDDEN'
      : query.data.value !== null && project.value === null,
  );
  const error = computed(() => (notFound.value ? null : query.error.value));
  const pending = ref(false);

  async function run(
    mutate: (current: ProjectDetails) => Promise<ActionOutcome<ProjectDetails>>,
  ): Promise<ActionOutcome<ProjectDetails>> {
    const current = project.value;
    if (!current) throw new Error('Project not loaded');
    pending.value = true;
    try {
      const outcome = await mutate(current);
      if (outcome.ok) query.data.value = { project: outcome.value };
      return outcome;
    } finally {
      pending.value = false;
    }
  }

  async function reload(): Promise<void> {
    await query.refetch();
  }

  return {
    project,
    notFound,
    error,
    loading: query.loading,
    pending,
    reload,
    /** Status and progress, written to the log with the optional text. */
    changeStatus: (
      expectedVersion: number,
      status: ProjectStatus,
      progressPercent: number,
      text: string,
    ) =>
      run((current) =>
        updateProjectStatus({
          projectId: current.id,
          expectedVersion,
          status,
          progressPercent,
          text: text.trim() || null,
        }),
      ),
    update: (input: UpdateProjectInput) => run(() => updateProject(input)),
    addMilestone: (title: string, dueDate: string) =>
      run((current) => addMilestone({ projectId: current.id, title, dueDate })),
    setMilestoneDone: (milestoneId: string, done: boolean) =>
      run(() => setMilestoneDone(milestoneId, done)),
    assignTask: (input: Omit<AssignTaskInput, 'projectId'>) =>
      run((current) => assignTask({ ...input, projectId: current.id })),
    setTaskState: (task: ProjectTask, state: ProjectTaskState) =>
      run(() => setTaskState(task.id, state, task.version)),
    comment: (text: string) => run((current) => addProjectComment(current.id, text.trim())),
  };
}
