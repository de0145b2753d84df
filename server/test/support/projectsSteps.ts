import { expect } from 'vitest';
import {
  ADD_MILESTONE,
  ADD_PROJECT_COMMENT,
  ASSIGN_TASK,
  CREATE_PROJECT,
  PROJECT,
  type ProjectStatus,
  type ProjectTaskState,
  type ProjectView,
  resultOf,
  SET_MILESTONE_DONE,
  SET_TASK_STATE,
  UPDATE_PROJECT_STATUS,
} from './projectsOperations.ts';
import {
  coordinatorOf,
  type ProjectCityKey,
  type ProjectPerson,
  type ProjectWorld,
  type TopicKey,
} from './projectsWorld.ts';
import type { GraphqlResponse } from './testApp.ts';

// Driving the API: each step as the person who would do it. `newX` steps assert success and
// return the project as the API answered; the others return the raw response.

export function expectProject(res: GraphqlResponse, what: string): ProjectView {
  const result = resultOf(res);
  expect(
    { what, errors: res.errors, typename: result?.__typename },
    JSON.stringify(result ?? res.errors),
  ).toEqual({ what, errors: undefined, typename: expect.stringMatching(/Success$/) });
  return result?.data as ProjectView;
}

export interface NewProject {
  as?: ProjectPerson;
  title?: string;
  description?: string;
  topic?: TopicKey;
  /** A topic by its global id, e.g. one a test created; wins over `topic`. */
  topicId?: string;
  lead?: ProjectCityKey;
  partners?: ProjectCityKey[];
  status?: ProjectStatus;
  progressPercent?: number;
  startDate?: string | null;
  plannedEndDate?: string | null;
  contacts?: { name: string; email?: string; phone?: string; role?: string }[];
  visibility?: 'PRIVATE' | 'PARTNERS' | 'PUBLIC';
  sharedWith?: ('neckar' | 'alb')[];
  processModelIds?: string[];
}

/** The input of a project led by Esslingen with Ludwigsburg as partner, unless said otherwise. */
export function projectInput(w: ProjectWorld, input: NewProject = {}) {
  return {
    title: input.title ?? 'Digitaler Bauantrag im Verbund',
    description: input.description ?? 'Bauanträge online stellen und gemeinsam bearbeiten',
    topicId: input.topicId ?? w.topicId(input.topic ?? 'DIGITAL_SERVICES'),
    leadCityId: w.cityId(input.lead ?? 'esslingen'),
    partnerCityIds: (input.partners ?? ['ludwigsburg']).map(w.cityId),
    ...(input.status ? { status: input.status } : {}),
    ...(input.progressPercent !== undefined ? { progressPercent: input.progressPercent } : {}),
    ...(input.startDate !== undefined ? { startDate: input.startDate } : {}),
    ...(input.plannedEndDate !== undefined ? { plannedEndDate: input.plannedEndDate } : {}),
    ...(input.contacts ? { contacts: input.contacts } : {}),
    visibility: input.visibility ?? 'PRIVATE',
    sharedWithPartnershipIds: (input.sharedWith ?? []).map(w.partnershipId),
    ...(input.processModelIds ? { processModelIds: input.processModelIds } : {}),
  };
}

export function createProject(w: ProjectWorld, input: NewProject = {}) {
  return w.as(input.as ?? coordinatorOf[input.lead ?? 'esslingen'], CREATE_PROJECT, {
    input: projectInput(w, input),
  });
}

/** A new project created by the lead city's coordinator. */
export async function newProject(w: ProjectWorld, input: NewProject = {}) {
  return expectProject(await createProject(w, input), 'createProject');
}

export async function readProject(w: ProjectWorld, id: string, as: ProjectPerson = 'emil') {
  const res = await w.as(as, PROJECT, { id });
  expect(res.errors).toBeUndefined();
  return res.data.project as ProjectView | null;
}

export interface StatusChange {
  status: ProjectStatus;
  progressPercent: number;
  text?: string;
  as?: ProjectPerson;
  /** Defaults to the version the project has now. */
  expectedVersion?: number;
}

export async function updateStatus(w: ProjectWorld, projectId: string, change: StatusChange) {
  const as = change.as ?? 'emil';
  const expectedVersion =
    change.expectedVersion ?? (await readProject(w, projectId, as))?.version ?? 1;
  return w.as(as, UPDATE_PROJECT_STATUS, {
    input: {
      projectId,
      expectedVersion,
      status: change.status,
      progressPercent: change.progressPercent,
      ...(change.text !== undefined ? { text: change.text } : {}),
    },
  });
}

export async function changeStatus(w: ProjectWorld, projectId: string, change: StatusChange) {
  return expectProject(await updateStatus(w, projectId, change), 'updateProjectStatus');
}

export function addMilestone(
  w: ProjectWorld,
  projectId: string,
  milestone: { title: string; dueDate: string },
  as: ProjectPerson = 'emil',
) {
  return w.as(as, ADD_MILESTONE, { input: { projectId, ...milestone } });
}

export async function newMilestone(
  w: ProjectWorld,
  projectId: string,
  milestone: { title: string; dueDate: string },
  as: ProjectPerson = 'emil',
) {
  return expectProject(await addMilestone(w, projectId, milestone, as), 'addMilestone');
}

export function setMilestoneDone(
  w: ProjectWorld,
  milestoneId: string,
  done: boolean,
  as: ProjectPerson = 'emil',
) {
  return w.as(as, SET_MILESTONE_DONE, { milestoneId, done });
}

export interface TaskAssignment {
  title: string;
  assignee?: ProjectPerson | null;
  dueDate?: string | null;
  taskId?: string;
  expectedVersion?: number;
  as?: ProjectPerson;
}

export function assignTask(w: ProjectWorld, projectId: string, task: TaskAssignment) {
  return w.as(task.as ?? 'emil', ASSIGN_TASK, {
    input: {
      projectId,
      title: task.title,
      ...(task.assignee ? { assigneeId: w.userId(task.assignee) } : {}),
      ...(task.assignee === null ? { assigneeId: null } : {}),
      ...(task.dueDate !== undefined ? { dueDate: task.dueDate } : {}),
      ...(task.taskId ? { taskId: task.taskId } : {}),
      ...(task.expectedVersion !== undefined ? { expectedVersion: task.expectedVersion } : {}),
    },
  });
}

export async function newTask(w: ProjectWorld, projectId: string, task: TaskAssignment) {
  return expectProject(await assignTask(w, projectId, task), 'assignTask');
}

export function setTaskState(
  w: ProjectWorld,
  task: { id: string; version: number },
  state: ProjectTaskState,
  as: ProjectPerson = 'emil',
) {
  return w.as(as, SET_TASK_STATE, { taskId: task.id, state, expectedVersion: task.version });
}

export function comment(
  w: ProjectWorld,
  projectId: string,
  text: string,
  as: ProjectPerson = 'emil',
) {
  return w.as(as, ADD_PROJECT_COMMENT, { projectId, text });
}
