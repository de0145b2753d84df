import type { GraphqlResponse } from './testApp.ts';

// GraphQL documents of the project register tests, and the types of what they return. Mutations
// ask for the fields of every error they can return, so a test asserts exactly what a client shows.

const errorTypeFields = {
  NotFoundError: 'entity',
  ConflictError: 'reason',
  VersionConflictError: 'entity currentVersion',
  ValidationError: 'fieldErrors { path message }',
} as const;

type ErrorType = keyof typeof errorTypeFields;

function resultFields(...errors: ErrorType[]) {
  const perType = errors.map((type) => `... on ${type} { ${errorTypeFields[type]} }`);
  return ['__typename', '... on Error { message }', ...perType].join('\n');
}

export const PROJECT_FIELDS = `
  id rawId title description status startDate plannedEndDate progressPercent visibility version
  createdAt updatedAt
  topic { id key labelDe labelEn }
  leadCity { id slug name }
  partners { id slug name }
  contacts { name email phone role }
  sharedWith { id name }
  milestones { id title dueDate done doneAt overdue }
  tasks { id title assignee { id displayName } dueDate state overdue version }
  updates { id actorName at fromStatus toStatus fromProgress toProgress text }
  processModels { title }
  fundingApplications { title }
  viewerCanEdit
  assignableUsers { id displayName }
`;

export const PROJECT = `query($id: ID!) { project(id: $id) { ${PROJECT_FIELDS} } }`;

export const PROJECT_NODE = `query($id: ID!) {
  node(id: $id) { __typename id ... on Project { title status } }
}`;

export const PROJECTS = `query($filter: ProjectFilter, $first: Int, $after: String) {
  projects(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id title status leadCity { slug } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const PROJECT_TOPICS = '{ projectTopics { id key labelDe labelEn } }';

/** A mutation of the project register returning the project, with the errors it can return. */
function projectMutation(name: string, signature: string, args: string, errors: ErrorType[]) {
  const success = `Mutation${name[0]?.toUpperCase()}${name.slice(1)}Success`;
  return `mutation(${signature}) {
    ${name}(${args}) {
      ${resultFields(...errors)}
      ... on ${success} { data { ${PROJECT_FIELDS} } }
    }
  }`;
}

export const CREATE_PROJECT = projectMutation(
  'createProject',
  '$input: CreateProjectInput!',
  'input: $input',
  ['ValidationError', 'NotFoundError'],
);

export const UPDATE_PROJECT = projectMutation(
  'updateProject',
  '$input: UpdateProjectInput!',
  'input: $input',
  ['ValidationError', 'NotFoundError', 'VersionConflictError'],
);

export const UPDATE_PROJECT_STATUS = projectMutation(
  'updateProjectStatus',
  '$input: UpdateProjectStatusInput!',
  'input: $input',
  ['ValidationError', 'NotFoundError', 'VersionConflictError'],
);

export const ADD_MILESTONE = projectMutation(
  'addMilestone',
  '$input: AddMilestoneInput!',
  'input: $input',
  ['ValidationError', 'NotFoundError'],
);

export const SET_MILESTONE_DONE = projectMutation(
  'setMilestoneDone',
  '$milestoneId: ID!, $done: Boolean!',
  'milestoneId: $milestoneId, done: $done',
  ['NotFoundError'],
);

export const ASSIGN_TASK = projectMutation(
  'assignTask',
  '$input: AssignTaskInput!',
  'input: $input',
  ['ValidationError', 'NotFoundError', 'VersionConflictError'],
);

export const SET_TASK_STATE = projectMutation(
  'setTaskState',
  '$taskId: ID!, $state: ProjectTaskState!, $expectedVersion: Int!',
  'taskId: $taskId, state: $state, expectedVersion: $expectedVersion',
  ['NotFoundError', 'VersionConflictError'],
);

export const ADD_PROJECT_COMMENT = projectMutation(
  'addProjectComment',
  '$projectId: ID!, $text: String!',
  'projectId: $projectId, text: $text',
  ['ValidationError', 'NotFoundError'],
);

export const CREATE_PROJECT_TOPIC = `mutation($key: String!, $labelDe: String!, $labelEn: String!) {
  createProjectTopic(key: $key, labelDe: $labelDe, labelEn: $labelEn) {
    ${resultFields('ValidationError')}
    ... on MutationCreateProjectTopicSuccess { data { id key labelDe labelEn } }
  }
}`;

export const PROJECT_NOTIFICATIONS = `{
  notifications(first: 50) { edges { node { kind actorName read } } }
}`;

// ---------------------------------------------------------------------------------------------
// Types of what the documents above return.

export type ProjectStatus = 'IDEA' | 'IN_PROGRESS' | 'DONE' | 'ON_HOLD' | 'CANCELLED';
export type ProjectTaskState = 'OPEN' | 'IN_PROGRESS' | 'DONE';

export interface MilestoneView {
  id: string;
  title: string;
  dueDate: string;
  done: boolean;
  doneAt: string | null;
  overdue: boolean;
}

export interface TaskView {
  id: string;
  title: string;
  assignee: { id: string; displayName: string } | null;
  dueDate: string | null;
  state: ProjectTaskState;
  overdue: boolean;
  version: number;
}

export interface UpdateView {
  id: string;
  actorName: string;
  at: string;
  fromStatus: ProjectStatus | null;
  toStatus: ProjectStatus | null;
  fromProgress: number | null;
  toProgress: number | null;
  text: string;
}

export interface ProjectView {
  id: string;
  rawId: string;
  title: string;
  description: string;
  status: ProjectStatus;
  startDate: string | null;
  plannedEndDate: string | null;
  progressPercent: number;
  visibility: 'PRIVATE' | 'PARTNERS' | 'PUBLIC';
  version: number;
  createdAt: string;
  updatedAt: string;
  topic: { id: string; key: string; labelDe: string; labelEn: string };
  leadCity: { id: string; slug: string; name: string };
  partners: { id: string; slug: string; name: string }[];
  contacts: { name: string; email: string; phone: string; role: string }[];
  sharedWith: { id: string; name: string }[];
  milestones: MilestoneView[];
  tasks: TaskView[];
  updates: UpdateView[];
  processModels: { title: string }[];
  fundingApplications: { title: string }[];
  viewerCanEdit: boolean;
  assignableUsers: { id: string; displayName: string }[];
}

export interface MutationResult {
  __typename: string;
  message?: string;
  entity?: string;
  currentVersion?: number;
  fieldErrors?: { path: string; message: string }[];
  data?: ProjectView;
}

/** The single mutation result (or query field) of a response. */
export function resultOf(res: GraphqlResponse): MutationResult | undefined {
  const [result] = Object.values(res.data ?? {}) as (MutationResult | null)[];
  return result ?? undefined;
}

/** The `extensions.code` of every GraphQL error in the response, e.g. `['FORBIDDEN']`. */
export function errorCodes(res: GraphqlResponse): (string | undefined)[] {
  return (res.errors ?? []).map((error) => error.extensions?.code);
}

/** The titles of a `projects` answer, in order. */
export function projectTitles(res: GraphqlResponse): string[] {
  if (res.errors) throw new Error(`projects failed: ${JSON.stringify(res.errors)}`);
  return res.data.projects.edges.map((e: { node: { title: string } }) => e.node.title);
}
