import {
  ADD_MILESTONE,
  ADD_PROJECT_COMMENT,
  ASSIGN_TASK,
  CREATE_PROJECT,
  PROJECT,
  PROJECTS,
  SET_MILESTONE_DONE,
  SET_TASK_STATE,
  UPDATE_PROJECT,
  UPDATE_PROJECT_STATUS,
} from '../projectsOperations.ts';
import {
  attempt,
  type BetaIds,
  CITIES_ARE_PUBLIC,
  type Ids,
  type TablePart,
  TOPICS_ARE_PUBLIC,
} from './attempts.ts';

const PORTFOLIO = `query($filter: ProjectFilter) {
  projectPortfolio(filter: $filter) {
    countsByStatus { status count }
    countsByTopic { count topic { key } }
    overdueTaskCount
    overdueTasks { task { title } project { title } }
    recentlyChanged { title }
    upcomingMilestones { milestone { title } project { title } }
  }
}`;

const REPORT = `query($scope: ProjectReportScope!, $year: Int!) {
  projectReport(scope: $scope, year: $year) {
    __typename
    ... on Error { message }
    ... on QueryProjectReportSuccess {
      data { scopeName cityNames projectCount groups { projects { title } } }
    }
  }
}`;

/** The year the project reports are asked for (their exported files too). */
export const reportYear = new Date().getFullYear();

/** A portfolio or report that counts nothing and lists nothing. */
function countsNothing(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(countsNothing);
  if (typeof value === 'number') return value === 0;
  if (value && typeof value === 'object') {
    return Object.entries(value).every(([key, inner]) =>
      ['recentlyChanged', 'overdueTasks', 'upcomingMilestones'].includes(key)
        ? Array.isArray(inner) && inner.length === 0
        : countsNothing(inner),
    );
  }
  return true;
}

const projectUpdate = (
  projectId: string,
  version: number,
  extra: Record<string, unknown> = {},
) => ({
  input: {
    projectId,
    expectedVersion: version,
    title: 'Übernommen',
    description: '',
    topicId: extra.topicId,
    partnerCityIds: [],
    contacts: [],
    visibility: 'PRIVATE',
    sharedWithPartnershipIds: [],
    processModelIds: [],
    fundingApplicationIds: [],
    startDate: null,
    plannedEndDate: null,
    ...extra,
  },
});

/** Variables of updateProject on beta's own project, with `extra` naming something of alpha's. */
const betaProjectUpdate =
  (extra: (ids: Ids) => Record<string, unknown>) => (ids: Ids, beta: BetaIds) =>
    projectUpdate(beta.project, beta.projectVersion, {
      title: 'Betaeigenes Projekt',
      topicId: ids.topic,
      ...extra(ids),
    });

const newProject = (ids: Ids, extra: Record<string, unknown>) => ({
  input: {
    title: 'Fremdes Projekt',
    topicId: ids.topic,
    leadCityId: ids.beta,
    partnerCityIds: [],
    visibility: 'PRIVATE',
    ...extra,
  },
});

/** Projects, their tasks, milestones and comments, and the portfolio and report over them. */
export const projectFields: TablePart = {
  'Query.project': {
    attempts: [
      attempt('alpha’s PRIVATE project', 'id', PROJECT, (ids) => ({ id: ids.project })),
      attempt('alpha’s project shared with its partnership only', 'id', PROJECT, (ids) => ({
        id: ids.partnersProject,
      })),
    ],
  },
  'Query.projectPortfolio': {
    publicIds: { 'filter.topicId': TOPICS_ARE_PUBLIC },
    attempts: [
      attempt(
        'of alpha',
        'filter.cityId',
        PORTFOLIO,
        (ids) => ({ filter: { cityId: ids.alpha } }),
        { empty: countsNothing },
      ),
      attempt(
        'of alpha’s partnership',
        'filter.partnershipId',
        PORTFOLIO,
        (ids) => ({ filter: { partnershipId: ids.partnership } }),
        { empty: countsNothing },
      ),
    ],
  },
  'Query.projectReport': {
    attempts: [
      attempt('of alpha', 'scope.id', REPORT, (ids) => ({
        scope: { kind: 'CITY', id: ids.alpha },
        year: reportYear,
      })),
      attempt('of alpha’s partnership', 'scope.id', REPORT, (ids) => ({
        scope: { kind: 'PARTNERSHIP', id: ids.partnership },
        year: reportYear,
      })),
    ],
  },
  'Query.projects': {
    publicIds: { 'filter.topicId': TOPICS_ARE_PUBLIC },
    attempts: [
      attempt('filtered by alpha', 'filter.cityId', PROJECTS, (ids) => ({
        filter: { cityId: ids.alpha },
      })),
      attempt('filtered by alpha’s partnership', 'filter.partnershipId', PROJECTS, (ids) => ({
        filter: { partnershipId: ids.partnership },
      })),
    ],
  },

  'Mutation.addMilestone': {
    attempts: [
      attempt('to alpha’s project', 'input.projectId', ADD_MILESTONE, (ids) => ({
        input: { projectId: ids.project, title: 'Fremd', dueDate: '2099-01-01' },
      })),
    ],
  },
  'Mutation.addProjectComment': {
    attempts: [
      attempt('on alpha’s project', 'projectId', ADD_PROJECT_COMMENT, (ids) => ({
        projectId: ids.project,
        text: 'Von außen',
      })),
    ],
  },
  'Mutation.assignTask': {
    attempts: [
      attempt('a new task in alpha’s project', 'input.projectId', ASSIGN_TASK, (ids) => ({
        input: { projectId: ids.project, title: 'Fremd' },
      })),
      attempt(
        'alpha’s task, named with beta’s project',
        'input.taskId',
        ASSIGN_TASK,
        (ids, beta) => ({
          input: {
            projectId: beta.project,
            taskId: ids.task,
            expectedVersion: ids.taskVersion,
            title: 'Übernommen',
          },
        }),
      ),
      attempt(
        'a task in beta’s project for alpha’s coordinator',
        'input.assigneeId',
        ASSIGN_TASK,
        (ids, beta) => ({
          input: { projectId: beta.project, title: 'Für alpha', assigneeId: ids.coordinatorA },
        }),
        { invalid: true },
      ),
    ],
  },
  'Mutation.createProject': {
    publicIds: { 'input.partnerCityIds': CITIES_ARE_PUBLIC, 'input.topicId': TOPICS_ARE_PUBLIC },
    attempts: [
      attempt('led by alpha', 'input.leadCityId', CREATE_PROJECT, (ids) =>
        newProject(ids, { leadCityId: ids.alpha }),
      ),
      attempt('of beta, linking alpha’s model', 'input.processModelIds', CREATE_PROJECT, (ids) =>
        newProject(ids, { processModelIds: [ids.model] }),
      ),
      attempt(
        'of beta, linking alpha’s application',
        'input.fundingApplicationIds',
        CREATE_PROJECT,
        (ids) => newProject(ids, { fundingApplicationIds: [ids.draftApplication] }),
      ),
      attempt(
        'of beta, shared with alpha’s partnership',
        'input.sharedWithPartnershipIds',
        CREATE_PROJECT,
        (ids) =>
          newProject(ids, { visibility: 'PARTNERS', sharedWithPartnershipIds: [ids.partnership] }),
        { invalid: true },
      ),
    ],
  },
  'Mutation.setMilestoneDone': {
    attempts: [
      attempt('alpha’s milestone', 'milestoneId', SET_MILESTONE_DONE, (ids) => ({
        milestoneId: ids.milestone,
        done: true,
      })),
    ],
  },
  'Mutation.setTaskState': {
    attempts: [
      attempt('of alpha’s task', 'taskId', SET_TASK_STATE, (ids) => ({
        taskId: ids.task,
        state: 'DONE',
        expectedVersion: ids.taskVersion,
      })),
    ],
  },
  'Mutation.updateProject': {
    publicIds: { 'input.partnerCityIds': CITIES_ARE_PUBLIC, 'input.topicId': TOPICS_ARE_PUBLIC },
    attempts: [
      attempt('alpha’s project', 'input.projectId', UPDATE_PROJECT, (ids) =>
        projectUpdate(ids.project, ids.projectVersion, { topicId: ids.topic }),
      ),
      attempt(
        'beta’s own project, linking alpha’s model',
        'input.processModelIds',
        UPDATE_PROJECT,
        betaProjectUpdate((ids) => ({ processModelIds: [ids.model] })),
      ),
      attempt(
        'beta’s own project, linking alpha’s application',
        'input.fundingApplicationIds',
        UPDATE_PROJECT,
        betaProjectUpdate((ids) => ({ fundingApplicationIds: [ids.draftApplication] })),
      ),
      attempt(
        'beta’s own project, sharing it with alpha’s partnership',
        'input.sharedWithPartnershipIds',
        UPDATE_PROJECT,
        betaProjectUpdate((ids) => ({
          visibility: 'PARTNERS',
          sharedWithPartnershipIds: [ids.partnership],
        })),
        { invalid: true },
      ),
    ],
  },
  'Mutation.updateProjectStatus': {
    attempts: [
      attempt('of alpha’s project', 'input.projectId', UPDATE_PROJECT_STATUS, (ids) => ({
        input: {
          projectId: ids.project,
          expectedVersion: ids.projectVersion,
          status: 'DONE',
          progressPercent: 100,
        },
      })),
    ],
  },
};

/** Subscriptions are checked by listening (see the Subscription describe); the aims still count. */
export const subscriptionAims: Record<string, string[]> = {
  'Subscription.projectEvents': ['projectId'],
};
