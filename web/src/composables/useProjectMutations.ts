import {
  AddMilestoneDocument,
  type AddMilestoneInput,
  AddProjectCommentDocument,
  AssignTaskDocument,
  type AssignTaskInput,
  CreateProjectDocument,
  type CreateProjectInput,
  type ProjectDetailsFragment,
  type ProjectTaskState,
  SetMilestoneDoneDocument,
  SetTaskStateDocument,
  UpdateProjectDocument,
  type UpdateProjectInput,
  UpdateProjectStatusDocument,
  type UpdateProjectStatusInput,
} from '../graphql/generated/graphql.ts';
import { type ActionOutcome, isResultError } from './actionOutcome.ts';
import { requestGraphql } from './useGraphql.ts';

type Details = ProjectDetailsFragment;

/** A union result as an outcome, with the success payload's `data`. */
function outcomeWithData<T>(
  result: { __typename: string } & ({ data: T } | object),
): ActionOutcome<T> {
  if (isResultError(result)) return { ok: false, error: result };
  if ('data' in result) return { ok: true, value: result.data };
  throw new Error(`Unexpected result ${result.__typename}`);
}

/** On success, hands back the new project's id and title. */
export async function createProject(
  input: CreateProjectInput,
): Promise<ActionOutcome<{ id: string; title: string }>> {
  const { createProject: result } = await requestGraphql(CreateProjectDocument, { input });
  return outcomeWithData(result);
}

export async function updateProject(input: UpdateProjectInput): Promise<ActionOutcome<Details>> {
  const { updateProject: result } = await requestGraphql(UpdateProjectDocument, { input });
  return outcomeWithData(result);
}

export async function updateProjectStatus(
  input: UpdateProjectStatusInput,
): Promise<ActionOutcome<Details>> {
  const { updateProjectStatus: result } = await requestGraphql(UpdateProjectStatusDocument, {
    input,
  });
  return outcomeWithData(result);
}

export async function addMilestone(input: AddMilestoneInput): Promise<ActionOutcome<Details>> {
  const { addMilestone: result } = await requestGraphql(AddMilestoneDocument, { input });
  return outcomeWithData(result);
}

export async function setMilestoneDone(
  milestoneId: string,
  done: boolean,
): Promise<ActionOutcome<Details>> {
  const { setMilestoneDone: result } = await requestGraphql(SetMilestoneDoneDocument, {
    milestoneId,
    done,
  });
  return outcomeWithData(result);
}

export async function assignTask(input: AssignTaskInput): Promise<ActionOutcome<Details>> {
  const { assignTask: result } = await requestGraphql(AssignTaskDocument, { input });
  return outcomeWithData(result);
}

export async function setTaskState(
  taskId: string,
  state: ProjectTaskState,
  expectedVersion: number,
): Promise<ActionOutcome<Details>> {
  const { setTaskState: result } = await requestGraphql(SetTaskStateDocument, {
    taskId,
    state,
    expectedVersion,
  });
  return outcomeWithData(result);
}

export async function addProjectComment(
  projectId: string,
  text: string,
): Promise<ActionOutcome<Details>> {
  const { addProjectComment: result } = await requestGraphql(AddProjectCommentDocument, {
    projectId,
    text,
  });
  return outcomeWithData(result);
}
