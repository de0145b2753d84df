import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createInMemoryProjectEventBus } from '../src/events/projectEvents.ts';
import { schema } from '../src/schema/index.ts';
import {
  APPLICATION,
  CREATE_APPLICATION,
  INVITE_PARTNER,
  MARK_NOT_APPLICABLE,
  RESPOND_TO_INVITE,
  SET_BUDGET_LINES,
  TRANSITION,
  UPDATE_APPLICATION,
  UPLOAD_DOCUMENT,
} from './support/fundingOperations.ts';
import { download, exportPaths, gqlMultipart } from './support/fundingUploads.ts';
import { line } from './support/fundingWorld.ts';
import {
  CHANGE_MEMBER_ROLE,
  CREATE_PARTNERSHIP,
  INVITE_CITY,
  INVITE_MEMBER,
  REMOVE_CITY,
  REMOVE_MEMBER,
  RESPOND_TO_PARTNERSHIP,
  REVOKE_INVITATION,
  UPDATE_PARTNERSHIP,
} from './support/operations.ts';
import {
  ADD_COMMENT,
  ADOPT,
  IMPORT_MODEL,
  MARK_READ,
  MODEL,
  MODELS,
  REQUEST_REVIEW,
  RESOLVE_COMMENT,
  SAVE_VERSION,
  SET_STATUS,
  SUBMIT_REVIEW,
  UPDATE_MODEL,
  VERSION_DIFF,
} from './support/processModels.ts';
import {
  countingListeners,
  openProjectEvents,
  type StreamedResult,
} from './support/projectEventStreams.ts';
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
} from './support/projectsOperations.ts';
import {
  ALPHA_MAIL,
  BETA_USERS,
  databaseFingerprint,
  rawOf,
  SECRET,
  seedTenancyWorld,
  someXml,
  type TenancyWorld,
  unknownIds,
} from './support/tenancyFixtures.ts';
import { createTestApp, type GraphqlResponse, type TestApp } from './support/testApp.ts';

// Issue 7: for every query, mutation and subscription that takes an id, a user of another city
// gets nothing. The list of such fields is read from the executable schema, so a new field (or a
// new id argument of an old one) fails the coverage tests below until the table says how to aim
// it at alpha's private data. Every request runs as each of beta's users (one per city role) and
// once more with alpha's ids swapped for unknown ones: the two answers must be the same, so that
// an answer does not even tell whether alpha's object exists.

// ---------------------------------------------------------------------------------------------
// The fields that take an id, from the schema.

type RootName = 'Query' | 'Mutation' | 'Subscription';

/** Dotted paths of the ID-typed arguments below `type` (lists included, input objects walked). */
function idPaths(type: GraphQLInputType, path: string, seen: ReadonlySet<string>): string[] {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === 'ID' ? [path] : [];
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  const inside = new Set(seen).add(named.name);
  return Object.values(named.getFields()).flatMap((f) =>
    idPaths(f.type, `${path}.${f.name}`, inside),
  );
}

function rootFields(root: RootName): GraphQLField<unknown, unknown>[] {
  const type: GraphQLObjectType | null | undefined = {
    Query: schema.getQueryType(),
    Mutation: schema.getMutationType(),
    Subscription: schema.getSubscriptionType(),
  }[root];
  return Object.values(type?.getFields() ?? {});
}

/** `Root.field` → the id argument paths of every root field that has one. */
const fieldsTakingIds = new Map<string, string[]>(
  (['Query', 'Mutation', 'Subscription'] as const).flatMap((root) =>
    rootFields(root)
      .map((f): [string, string[]] => [
        `${root}.${f.name}`,
        f.args.flatMap((a) => idPaths(a.type, a.name, new Set())),
      ])
      .filter(([, paths]) => paths.length > 0),
  ),
);

const fieldsOf = (root: RootName) =>
  [...fieldsTakingIds.keys()].filter((key) => key.startsWith(`${root}.`));

const nodeInterface = schema.getType('Node');
const nodeTypes = isInterfaceType(nodeInterface)
  ? schema.getPossibleTypes(nodeInterface).map((t) => t.name)
  : [];

// ---------------------------------------------------------------------------------------------
// The table: how to aim each field at alpha's private data.

type Ids = TenancyWorld['ids'];
type BetaIds = TenancyWorld['betaIds'];

interface Attempt {
  name: string;
  /** The id argument paths (as `fieldsTakingIds` names them) this attempt points at alpha's. */
  aims: string[];
  query: string;
  variables: (ids: Ids, beta: BetaIds) => Record<string, unknown>;
  /** Sends the world's upload file as `variables.input.file` (a multipart request). */
  upload?: boolean;
  /** For answers that are not "nothing" by shape: when the field's value reveals nothing. */
  empty?: (value: unknown) => boolean;
  /**
   * The id of alpha's is a side reference in a request on beta's own object, which the API
   * refuses as invalid input; still the answer must equal the one for an unknown id.
   */
  invalid?: true;
  /** Why the answer may tell alpha's id from an unknown one (it then reveals only existence). */
  revealsExistence?: string;
  /** Who may see what the attempt aims at, for the control (default: the global admin). */
  controlAs?: string;
}

interface Entry {
  attempts: Attempt[];
  /** Id arguments that cannot point at a city's private data, and why. */
  publicIds?: Record<string, string>;
}

// Decided in tenancy.test.ts: node(id:) of another city's object is FORBIDDEN, of no object null.
const NODE_FORBIDDEN = 'node(id:) answers FORBIDDEN for an object the viewer may not see';
const CITIES_ARE_PUBLIC = 'cities are public master data; naming one reveals nothing';
const TOPICS_ARE_PUBLIC = 'project topics are the same for every city';
const PROGRAMMES_ARE_PUBLIC = 'funding programmes are public information';

const COMPARE = `query($left: ID!, $right: ID!) {
  compareProcesses(leftVersionId: $left, rightVersionId: $right) {
    __typename
    ... on Error { message }
    ... on QueryCompareProcessesSuccess {
      data { similarity left { xml processModel { title } } right { xml processModel { title } } }
    }
  }
}`;

const SIMILAR = `query($id: ID!) {
  similarProcesses(processModelId: $id) {
    __typename
    ... on Error { message }
    ... on QuerySimilarProcessesSuccess { data { similarity model { title } } }
  }
}`;

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

const NODE = `query($id: ID!) {
  node(id: $id) {
    __typename id
    ... on ProcessModel { title }
    ... on ProcessVersion { xml }
    ... on Comment { body }
    ... on Review { reviewerName versionNumber }
    ... on Notification { modelTitle applicationTitle projectTitle }
    ... on Membership { role user { email } }
    ... on Invitation { email }
    ... on User { email }
    ... on Partnership { name }
    ... on FundingApplication { title }
    ... on ApplicationSnapshot { statement { documents { notApplicableReason } } }
    ... on Project { title }
  }
}`;

/** Each Node type: how to name alpha's object of that type, or why it is not tenant data. */
const nodeTargets: Record<string, ((ids: Ids) => string) | { public: string }> = {
  ApplicationSnapshot: (ids) => ids.snapshot,
  City: { public: CITIES_ARE_PUBLIC },
  Comment: (ids) => ids.reply,
  FundingApplication: (ids) => ids.draftApplication,
  FundingProgramme: { public: PROGRAMMES_ARE_PUBLIC },
  Invitation: (ids) => ids.invitation,
  Membership: (ids) => ids.membership,
  Notification: (ids) => ids.reviewerNotification,
  Partnership: (ids) => ids.partnership,
  ProcessModel: (ids) => ids.model,
  ProcessVersion: (ids) => ids.modelV2,
  Project: (ids) => ids.project,
  ProjectTopic: { public: TOPICS_ARE_PUBLIC },
  Review: (ids) => ids.review,
  User: (ids) => ids.reviewerA,
};

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

const newApplication = (ids: Ids, extra: Record<string, unknown>) => ({
  input: {
    programmeId: ids.programme,
    title: 'Fremder Antrag',
    leadCityId: ids.beta,
    partnerCityIds: [],
    ...extra,
  },
});

const year = new Date().getFullYear();

/** An attempt of the table: `aims` names the id argument path(s) it points at alpha's data. */
function attempt(
  name: string,
  aims: string | string[],
  query: string,
  variables: Attempt['variables'],
  options: Partial<
    Pick<Attempt, 'upload' | 'empty' | 'invalid' | 'revealsExistence' | 'controlAs'>
  > = {},
): Attempt {
  return { name, aims: typeof aims === 'string' ? [aims] : aims, query, variables, ...options };
}

const AUDIT_LOG = `query($cityId: ID!) {
  auditLog(cityId: $cityId, first: 50) {
    edges { node { actorName operation outcome targetId } }
  }
}`;

const table: Record<string, Entry> = {
  'Query.auditLog': {
    attempts: [attempt('of alpha', 'cityId', AUDIT_LOG, (ids) => ({ cityId: ids.alpha }))],
  },
  'Query.compareProcesses': {
    attempts: [
      attempt(
        'two versions of alpha’s model',
        ['leftVersionId', 'rightVersionId'],
        COMPARE,
        (ids) => ({ left: ids.modelV1, right: ids.modelV2 }),
      ),
      attempt('beta’s public version with alpha’s', 'rightVersionId', COMPARE, (ids, beta) => ({
        left: beta.publicModelV1,
        right: ids.modelV1,
      })),
      attempt('alpha’s version with beta’s public one', 'leftVersionId', COMPARE, (ids, beta) => ({
        left: ids.modelV2,
        right: beta.publicModelV1,
      })),
    ],
  },
  'Query.fundingApplication': {
    attempts: [
      attempt('alpha’s draft', 'id', APPLICATION, (ids) => ({ id: ids.draftApplication })),
      attempt('alpha’s submitted application', 'id', APPLICATION, (ids) => ({
        id: ids.submittedApplication,
      })),
    ],
  },
  'Query.node': {
    attempts: Object.entries(nodeTargets).flatMap(([type, target]) =>
      typeof target === 'function'
        ? attempt(`a ${type}`, 'id', NODE, (ids) => ({ id: target(ids) }), {
            revealsExistence: NODE_FORBIDDEN,
            // Only its recipient reads a notification, global admins included.
            ...(type === 'Notification' ? { controlAs: 'reviewer@alpha.test' } : {}),
          })
        : [],
    ),
  },
  'Query.processModel': {
    attempts: [
      attempt('alpha’s PRIVATE model', 'id', MODEL, (ids) => ({ id: ids.model })),
      attempt('alpha’s model shared with its partnership only', 'id', MODEL, (ids) => ({
        id: ids.partnersModel,
      })),
      attempt('alpha’s private copy of beta’s public model', 'id', MODEL, (ids) => ({
        id: ids.copy,
      })),
    ],
  },
  'Query.processModels': {
    attempts: [
      attempt('filtered by alpha', 'filter.cityId', MODELS, (ids) => ({
        filter: { cityId: ids.alpha },
      })),
    ],
  },
  'Query.processVersionDiff': {
    attempts: [
      attempt(
        'between alpha’s versions',
        ['fromVersionId', 'toVersionId'],
        VERSION_DIFF,
        (ids) => ({ from: ids.modelV1, to: ids.modelV2 }),
      ),
      attempt(
        'from beta’s source to alpha’s private copy',
        'toVersionId',
        VERSION_DIFF,
        (ids, beta) => ({ from: beta.publicModelV1, to: ids.copyV1 }),
      ),
      attempt(
        'from alpha’s private copy to beta’s source',
        'fromVersionId',
        VERSION_DIFF,
        (ids, beta) => ({ from: ids.copyV1, to: beta.publicModelV1 }),
      ),
    ],
  },
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
        year,
      })),
      attempt('of alpha’s partnership', 'scope.id', REPORT, (ids) => ({
        scope: { kind: 'PARTNERSHIP', id: ids.partnership },
        year,
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
  'Query.similarProcesses': {
    attempts: [
      attempt('to alpha’s model', 'processModelId', SIMILAR, (ids) => ({ id: ids.model })),
      attempt('to alpha’s copy of beta’s model', 'processModelId', SIMILAR, (ids) => ({
        id: ids.copy,
      })),
    ],
  },

  'Mutation.addComment': {
    attempts: [
      attempt('on alpha’s model', 'modelId', ADD_COMMENT, (ids) => ({
        modelId: ids.model,
        body: 'Von außen',
      })),
      attempt(
        'on beta’s public model, replying to alpha’s thread',
        'parentId',
        ADD_COMMENT,
        (ids, beta) => ({ modelId: beta.publicModel, body: 'Hm', parentId: ids.thread }),
      ),
      attempt(
        'on beta’s public model, naming alpha’s version',
        'versionId',
        ADD_COMMENT,
        (ids, beta) => ({
          modelId: beta.publicModel,
          body: 'Hm',
          versionId: ids.modelV1,
        }),
      ),
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
  'Mutation.adoptProcessModel': {
    attempts: [
      attempt('alpha’s model into beta', 'modelId', ADOPT, (ids) => ({
        modelId: ids.model,
        cityId: ids.beta,
      })),
      attempt('alpha’s copy of beta’s model into beta', 'modelId', ADOPT, (ids) => ({
        modelId: ids.copy,
        cityId: ids.beta,
      })),
      attempt('beta’s public model into alpha', 'cityId', ADOPT, (ids, beta) => ({
        modelId: beta.publicModel,
        cityId: ids.alpha,
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
  'Mutation.changeMemberRole': {
    attempts: [
      attempt('of alpha’s process owner', 'membershipId', CHANGE_MEMBER_ROLE, (ids) => ({
        membershipId: ids.membership,
        role: 'CITY_ADMIN',
        version: ids.membershipVersion,
      })),
    ],
  },
  'Mutation.createFundingApplication': {
    publicIds: {
      'input.partnerCityIds': CITIES_ARE_PUBLIC,
      'input.programmeId': PROGRAMMES_ARE_PUBLIC,
    },
    attempts: [
      attempt('led by alpha', 'input.leadCityId', CREATE_APPLICATION, (ids) =>
        newApplication(ids, { leadCityId: ids.alpha }),
      ),
      attempt(
        'of beta, linking alpha’s model',
        'input.processModelIds',
        CREATE_APPLICATION,
        (ids) => newApplication(ids, { processModelIds: [ids.model] }),
      ),
    ],
  },
  'Mutation.createPartnership': {
    publicIds: { invitedCityIds: CITIES_ARE_PUBLIC },
    attempts: [
      attempt('led by alpha', 'leadCityId', CREATE_PARTNERSHIP, (ids) => ({
        leadCityId: ids.alpha,
        name: 'Übernahme',
        invitedCityIds: [],
      })),
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
  'Mutation.importProcessModel': {
    attempts: [
      attempt('into alpha', 'cityId', IMPORT_MODEL, (ids) => ({
        cityId: ids.alpha,
        xml: someXml,
        title: 'Fremd',
      })),
      attempt(
        'into beta, shared with alpha’s partnership',
        'sharedWithPartnershipIds',
        IMPORT_MODEL,
        (ids) => ({
          cityId: ids.beta,
          xml: someXml,
          title: 'Fremd',
          visibility: 'PARTNERS',
          sharedWith: [ids.partnership],
        }),
        { invalid: true },
      ),
    ],
  },
  'Mutation.inviteApplicationPartner': {
    publicIds: { cityId: `${CITIES_ARE_PUBLIC} (the lead may invite any city)` },
    attempts: [
      attempt('beta into alpha’s application', 'applicationId', INVITE_PARTNER, (ids) => ({
        applicationId: ids.draftApplication,
        cityId: ids.beta,
      })),
    ],
  },
  'Mutation.inviteCityToPartnership': {
    publicIds: { cityId: `${CITIES_ARE_PUBLIC} (the lead may invite any city)` },
    attempts: [
      attempt('beta into alpha’s partnership', 'partnershipId', INVITE_CITY, (ids) => ({
        partnershipId: ids.partnership,
        cityId: ids.beta,
      })),
    ],
  },
  'Mutation.inviteMember': {
    attempts: [
      attempt('into alpha', 'cityId', INVITE_MEMBER, (ids) => ({
        cityId: ids.alpha,
        email: 'spion@beta.test',
        role: 'CITY_ADMIN',
      })),
    ],
  },
  'Mutation.markDocumentNotApplicable': {
    attempts: [
      attempt(
        'alpha’s document in alpha’s application',
        ['input.applicationId', 'input.cityId'],
        MARK_NOT_APPLICABLE,
        (ids) => ({
          input: {
            applicationId: ids.draftApplication,
            cityId: ids.alpha,
            requirement: 'Kosten- und Finanzierungsplan',
            reason: 'Von außen',
          },
        }),
      ),
    ],
  },
  'Mutation.markNotificationsRead': {
    attempts: [
      attempt('alpha’s notifications', 'ids', MARK_READ, (ids) => ({ ids: ids.notifications })),
    ],
  },
  'Mutation.removeCityFromPartnership': {
    publicIds: {
      cityId: `${CITIES_ARE_PUBLIC} (a lead may remove any city from its own partnership)`,
    },
    attempts: [
      attempt('gamma from alpha’s partnership', 'partnershipId', REMOVE_CITY, (ids) => ({
        partnershipId: ids.partnership,
        cityId: ids.gamma,
      })),
    ],
  },
  'Mutation.removeMember': {
    attempts: [
      attempt('alpha’s process owner', 'membershipId', REMOVE_MEMBER, (ids) => ({
        membershipId: ids.membership,
        version: ids.membershipVersion,
      })),
    ],
  },
  'Mutation.requestReview': {
    attempts: [
      attempt('of alpha’s model', ['modelId', 'reviewerIds'], REQUEST_REVIEW, (ids) => ({
        modelId: ids.model,
        reviewerIds: [ids.ownerA],
      })),
      attempt(
        'of beta’s private model, by alpha’s process owner',
        'reviewerIds',
        REQUEST_REVIEW,
        (ids, beta) => ({ modelId: beta.privateModel, reviewerIds: [ids.ownerA] }),
        { invalid: true },
      ),
    ],
  },
  'Mutation.resolveComment': {
    attempts: [
      attempt('alpha’s thread', 'commentId', RESOLVE_COMMENT, (ids) => ({ commentId: ids.thread })),
      attempt('alpha’s reply', 'commentId', RESOLVE_COMMENT, (ids) => ({ commentId: ids.reply })),
    ],
  },
  'Mutation.respondToApplicationInvite': {
    attempts: [
      attempt('for alpha, to gamma’s invitation', 'cityId', RESPOND_TO_INVITE, (ids) => ({
        applicationId: ids.gammaApplication,
        cityId: ids.alpha,
        accept: false,
      })),
      attempt('for beta, to alpha’s application', 'applicationId', RESPOND_TO_INVITE, (ids) => ({
        applicationId: ids.draftApplication,
        cityId: ids.beta,
        accept: true,
      })),
    ],
  },
  'Mutation.respondToPartnershipInvitation': {
    attempts: [
      attempt('for alpha, to beta’s invitation', 'cityId', RESPOND_TO_PARTNERSHIP, (ids, beta) => ({
        partnershipId: beta.invitingAlpha,
        cityId: ids.alpha,
        accept: true,
      })),
      attempt(
        'for beta, to alpha’s partnership',
        'partnershipId',
        RESPOND_TO_PARTNERSHIP,
        (ids) => ({ partnershipId: ids.partnership, cityId: ids.beta, accept: true }),
      ),
    ],
  },
  'Mutation.revokeInvitation': {
    attempts: [
      attempt('alpha’s invitation', 'invitationId', REVOKE_INVITATION, (ids) => ({
        invitationId: ids.invitation,
      })),
    ],
  },
  'Mutation.saveProcessVersion': {
    attempts: [
      attempt('of alpha’s model', 'modelId', SAVE_VERSION, (ids) => ({
        modelId: ids.model,
        baseVersion: 2,
        xml: someXml,
      })),
      attempt('of alpha’s copy', 'modelId', SAVE_VERSION, (ids) => ({
        modelId: ids.copy,
        baseVersion: 1,
        xml: someXml,
      })),
    ],
  },
  'Mutation.setBudgetLines': {
    attempts: [
      attempt(
        'alpha’s lines in alpha’s application',
        ['input.applicationId', 'input.cityId'],
        SET_BUDGET_LINES,
        (ids) => ({
          input: {
            applicationId: ids.draftApplication,
            cityId: ids.alpha,
            expectedBudgetVersion: ids.alphaBudgetVersion,
            lines: [line('PERSONNEL', 'Fremd', 1_000)],
          },
        }),
      ),
      attempt(
        'beta’s lines in alpha’s application',
        'input.applicationId',
        SET_BUDGET_LINES,
        (ids) => ({
          input: {
            applicationId: ids.draftApplication,
            cityId: ids.beta,
            expectedBudgetVersion: 1,
            lines: [line('PERSONNEL', 'Fremd', 1_000)],
          },
        }),
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
  'Mutation.setProcessStatus': {
    attempts: [
      attempt('of alpha’s model', 'modelId', SET_STATUS, (ids) => ({
        modelId: ids.model,
        status: 'ARCHIVED',
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
  'Mutation.submitReview': {
    attempts: [
      attempt('alpha’s pending review', 'reviewId', SUBMIT_REVIEW, (ids) => ({
        reviewId: ids.review,
        decision: 'APPROVED',
      })),
    ],
  },
  'Mutation.transitionFundingApplication': {
    attempts: [
      attempt('alpha’s draft into internal review', 'input.applicationId', TRANSITION, (ids) => ({
        input: { applicationId: ids.draftApplication, from: 'DRAFT', to: 'INTERNAL_REVIEW' },
      })),
      attempt(
        'alpha’s submitted application to approved',
        'input.applicationId',
        TRANSITION,
        (ids) => ({
          input: { applicationId: ids.submittedApplication, from: 'SUBMITTED', to: 'APPROVED' },
        }),
      ),
    ],
  },
  'Mutation.updateFundingApplication': {
    attempts: [
      attempt('alpha’s draft', 'input.applicationId', UPDATE_APPLICATION, (ids) => ({
        input: {
          applicationId: ids.draftApplication,
          expectedVersion: ids.draftVersion,
          title: 'Übernommen',
          summary: '',
          processModelIds: [],
        },
      })),
      attempt(
        'beta’s own, linking alpha’s model',
        'input.processModelIds',
        UPDATE_APPLICATION,
        (ids, beta) => ({
          input: {
            applicationId: beta.application,
            expectedVersion: beta.applicationVersion,
            title: 'Betaeigener Antrag',
            summary: '',
            processModelIds: [ids.model],
          },
        }),
      ),
    ],
  },
  'Mutation.updatePartnership': {
    attempts: [
      attempt('alpha’s partnership', 'partnershipId', UPDATE_PARTNERSHIP, (ids) => ({
        partnershipId: ids.partnership,
        name: 'Gekapert',
        description: '',
        version: 1,
      })),
    ],
  },
  'Mutation.updateProcessModel': {
    attempts: [
      attempt('of alpha’s model', 'modelId', UPDATE_MODEL, (ids) => ({
        modelId: ids.model,
        metaVersion: ids.modelMetaVersion,
        title: 'Übernommen',
        licence: 'CC_BY_4_0',
        visibility: 'PUBLIC',
      })),
      attempt(
        'of beta’s model, sharing it with alpha’s partnership',
        'sharedWithPartnershipIds',
        UPDATE_MODEL,
        (ids, beta) => ({
          modelId: beta.privateModel,
          metaVersion: 1,
          title: 'Betaeigen',
          licence: 'INTERNAL_USE_ONLY',
          visibility: 'PARTNERS',
          sharedWith: [ids.partnership],
        }),
        { invalid: true },
      ),
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
  'Mutation.uploadApplicationDocument': {
    attempts: [
      attempt(
        'alpha’s document in alpha’s application',
        ['input.applicationId', 'input.cityId'],
        UPLOAD_DOCUMENT,
        (ids) => ({
          input: {
            applicationId: ids.draftApplication,
            cityId: ids.alpha,
            requirement: 'Kosten- und Finanzierungsplan',
            file: null,
          },
        }),
        { upload: true },
      ),
    ],
  },
};

/** Subscriptions are checked by listening (see the Subscription describe); the aims still count. */
const subscriptionAims: Record<string, string[]> = {
  'Subscription.projectEvents': ['projectId'],
};

// ---------------------------------------------------------------------------------------------
// Running an attempt and judging its answer.

/** Ids of alpha's that stay as they are in the "unknown ids" run: cities and shared lists. */
const PUBLIC_ID_KEYS: (keyof Ids)[] = ['alpha', 'beta', 'gamma', 'topic', 'programme'];

const REFUSAL_CODES = ['FORBIDDEN', 'NOT_FOUND'];

function fieldName(key: string): string {
  return key.split('.')[1] as string;
}

/** Nothing by shape: null, a NotFoundError, an empty list or connection, or zero. */
function isNothing(value: unknown): boolean {
  if (value === null || value === undefined || value === 0) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value !== 'object') return false;
  const object = value as { __typename?: string; edges?: unknown[] };
  if (object.__typename === 'NotFoundError') return true;
  return Array.isArray(object.edges) && object.edges.length === 0;
}

/** What of an answer must not differ between alpha's ids and unknown ones. */
function observable(res: GraphqlResponse, field: string) {
  return {
    status: res.status,
    codes: (res.errors ?? []).map((e) => e.extensions?.code),
    messages: (res.errors ?? []).map((e) => e.message),
    value: res.data?.[field] ?? null,
  };
}

/** Alpha's ids (global and row ids) that a request did not send itself. */
function alphaIdsNotIn(world: TenancyWorld, variables: Record<string, unknown>): string[] {
  const sent = JSON.stringify(variables);
  return Object.entries(world.ids)
    .filter(([key]) => !PUBLIC_ID_KEYS.includes(key as keyof Ids))
    .flatMap(([, value]) => (Array.isArray(value) ? value : [value]))
    .filter((id): id is string => typeof id === 'string' && !sent.includes(id))
    .flatMap((id) => [id, rawOf(id)]);
}

/** Why the answer to `attempt` is not "nothing", or null when it reveals nothing. */
function problemWith(
  res: GraphqlResponse,
  field: string,
  attempt: Attempt,
  secrets: string[],
): string | null {
  const text = JSON.stringify(res);
  for (const secret of [SECRET, ALPHA_MAIL, ...secrets]) {
    if (text.includes(secret)) return `leaked "${secret}": ${text}`;
  }
  const { codes, value } = observable(res, field);
  if (codes.length > 0) {
    if (codes.every((code) => REFUSAL_CODES.includes(code ?? '')) && value === null) return null;
    return `answered errors ${JSON.stringify(res.errors)}`;
  }
  if (isNothing(value) || attempt.empty?.(value)) return null;
  const typename = (value as { __typename?: string }).__typename;
  if (attempt.invalid && typename === 'ValidationError') return null;
  return `answered ${JSON.stringify(value)}`;
}

function send(
  app: TestApp,
  world: TenancyWorld,
  attempt: Attempt,
  ids: Ids,
  cookie?: string,
): Promise<GraphqlResponse> {
  const variables = attempt.variables(ids, world.betaIds);
  if (!attempt.upload) return app.gql(attempt.query, variables, { cookie });
  return gqlMultipart(
    app,
    attempt.query,
    variables,
    { 'variables.input.file': world.uploadFile },
    cookie,
  );
}

/** Differences between two fingerprints, by table. */
function changedTables(before: Record<string, string>, after: Record<string, string>) {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (table) => before[table] !== after[table],
  );
}

/**
 * Runs every attempt of `key` as each of beta's users, with alpha's ids and with unknown ones,
 * and returns what went wrong: leaks, answers that are not "nothing", changed rows, and answers
 * that tell alpha's ids from unknown ones.
 */
async function attemptsOf(
  app: TestApp,
  world: TenancyWorld,
  cookies: Record<string, string>,
  key: string,
): Promise<string[]> {
  const entry = table[key];
  if (!entry) return [`${key} has no entry in the table: add how to aim it at alpha's data`];
  const field = fieldName(key);
  const unknown = unknownIds(world.ids, PUBLIC_ID_KEYS);
  const problems: string[] = [];
  for (const attempt of entry.attempts) {
    for (const [role, cookie] of Object.entries(cookies)) {
      const where = `${key} (${attempt.name}) as beta's ${role}`;
      const before = await databaseFingerprint(app);
      const res = await send(app, world, attempt, world.ids, cookie);
      const changed = changedTables(before, await databaseFingerprint(app));
      if (changed.length > 0) problems.push(`${where} changed ${changed.join(', ')}`);
      const secrets = alphaIdsNotIn(world, attempt.variables(world.ids, world.betaIds));
      const problem = problemWith(res, field, attempt, secrets);
      if (problem) problems.push(`${where} ${problem}`);
      if (attempt.revealsExistence) continue;
      const control = await send(app, world, attempt, unknown, cookie);
      const [seen, unseen] = [observable(res, field), observable(control, field)];
      if (JSON.stringify(seen) !== JSON.stringify(unseen)) {
        problems.push(
          `${where} tells alpha's ids from unknown ones: ${JSON.stringify(seen)} vs ` +
            JSON.stringify(unseen),
        );
      }
    }
  }
  return problems;
}

async function signInBeta(app: TestApp): Promise<Record<string, string>> {
  const cookies: Record<string, string> = {};
  for (const [role, email] of Object.entries(BETA_USERS)) cookies[role] = await app.login(email);
  return cookies;
}

// ---------------------------------------------------------------------------------------------

describe('tenancy by id: the table covers every id argument of the schema', () => {
  it('finds the fields that take an id (the schema is where the list comes from)', () => {
    expect(fieldsTakingIds.size).toBeGreaterThan(40);
    expect(fieldsTakingIds.get('Query.node')).toEqual(['id']);
    expect(fieldsTakingIds.get('Mutation.createProject')).toContain('input.processModelIds');
  });

  it('has an entry for every field that takes an id', () => {
    const covered = new Set([...Object.keys(table), ...Object.keys(subscriptionAims)]);
    expect([...fieldsTakingIds.keys()].filter((key) => !covered.has(key))).toEqual([]);
  });

  it('has no entry for a field that does not exist or takes no id', () => {
    const keys = [...Object.keys(table), ...Object.keys(subscriptionAims)];
    expect(keys.filter((key) => !fieldsTakingIds.has(key))).toEqual([]);
  });

  it('aims every id argument at alpha’s data, or says why it is public', () => {
    const missing: string[] = [];
    const unknownPaths: string[] = [];
    for (const [key, paths] of fieldsTakingIds) {
      const entry = table[key];
      const aimed = new Set([
        ...(entry?.attempts.flatMap((a) => a.aims) ?? []),
        ...(subscriptionAims[key] ?? []),
        ...Object.keys(entry?.publicIds ?? {}),
      ]);
      missing.push(...paths.filter((path) => !aimed.has(path)).map((path) => `${key}(${path})`));
      unknownPaths.push(
        ...[...aimed].filter((path) => !paths.includes(path)).map((path) => `${key}(${path})`),
      );
    }
    expect({ missing, unknownPaths }).toEqual({ missing: [], unknownPaths: [] });
  });

  it('names alpha’s object of every Node type, or says why the type is public', () => {
    expect(nodeTypes.filter((type) => !(type in nodeTargets))).toEqual([]);
    expect(Object.keys(nodeTargets).filter((type) => !nodeTypes.includes(type))).toEqual([]);
  });
});

// Refused attempts change nothing (each one proves it), so each root type shares one world.
describe('Query: a user of another city gets nothing by id', () => {
  let app: TestApp;
  let world: TenancyWorld;
  let cookies: Record<string, string>;

  beforeAll(async () => {
    app = await createTestApp();
    world = await seedTenancyWorld(app);
    cookies = await signInBeta(app);
  });
  afterAll(() => app.close());

  it.each(fieldsOf('Query'))('%s', async (key) => {
    expect(await attemptsOf(app, world, cookies, key)).toEqual([]);
  });

  // The control: the same requests reach alpha's data for someone who may see it, so a refusal
  // above is the tenancy check at work, not a request that could never succeed.
  it('answers the same queries with alpha’s data to a global admin', async () => {
    const cookies = new Map<string, Promise<string>>();
    const signIn = (email: string) => {
      if (!cookies.has(email)) cookies.set(email, app.login(email));
      return cookies.get(email) as Promise<string>;
    };
    const refused: string[] = [];
    for (const key of fieldsOf('Query')) {
      for (const tried of table[key]?.attempts ?? []) {
        const cookie = await signIn(tried.controlAs ?? 'root@amtsweg.test');
        const res = await send(app, world, tried, world.ids, cookie);
        const value = res.data?.[fieldName(key)];
        if (res.errors || isNothing(value) || tried.empty?.(value)) {
          refused.push(`${key} (${tried.name}): ${JSON.stringify(res)}`);
        }
      }
    }
    expect(refused).toEqual([]);
  });
  // Not GraphQL fields, but they take the same ids: the files behind projectReport and
  // fundingApplication, fetched by URL.
  it('serves none of alpha’s report or application files, which a global admin gets', async () => {
    const reports = ['csv', 'xlsx', 'pdf'].flatMap((format) => [
      `/exports/project-report/city/${world.alpha.id}/${year}.${format}`,
      `/exports/project-report/partnership/${rawOf(world.ids.partnership)}/${year}.${format}`,
    ]);
    const paths = [...reports, ...Object.values(exportPaths(world.ids.draftApplication))];
    const served: string[] = [];
    for (const [role, cookie] of Object.entries(cookies)) {
      for (const path of paths) {
        const file = await download(app, path, cookie);
        if (![403, 404].includes(file.status) || file.text.includes(SECRET)) {
          served.push(`${path} as beta's ${role}: ${file.status}`);
        }
      }
    }
    expect(served).toEqual([]);
    const root = await app.login('root@amtsweg.test');
    const statuses = await Promise.all(
      paths.map(async (path) => (await download(app, path, root)).status),
    );
    expect(statuses).toEqual(paths.map(() => 200));
  });
});

describe('Mutation: a user of another city changes nothing and learns nothing by id', () => {
  let app: TestApp;
  let world: TenancyWorld;
  let cookies: Record<string, string>;

  beforeAll(async () => {
    app = await createTestApp();
    world = await seedTenancyWorld(app);
    cookies = await signInBeta(app);
  });
  afterAll(() => app.close());

  it.each(fieldsOf('Mutation'))('%s', async (key) => {
    expect(await attemptsOf(app, world, cookies, key)).toEqual([]);
  });

  it('would notice a changed row (the fingerprint above is not blind)', async () => {
    const where = { id: rawOf(world.ids.project) };
    const { description } = await app.prisma.project.findUniqueOrThrow({ where });
    const before = await databaseFingerprint(app);
    await app.prisma.project.update({ where, data: { description: 'geändert' } });
    expect(changedTables(before, await databaseFingerprint(app))).toEqual(['Project']);
    await app.prisma.project.update({ where, data: { description } });
    expect(await databaseFingerprint(app)).toEqual(before);
  });
});

describe('Subscription: a user of another city hears nothing of alpha’s project', () => {
  let app: TestApp;
  let world: TenancyWorld;
  let cookies: Record<string, string>;
  let listening: () => number;

  beforeAll(async () => {
    app = await createTestApp({
      projectEvents: () => {
        const counted = countingListeners(createInMemoryProjectEventBus());
        listening = counted.listening;
        return counted.bus;
      },
    });
    world = await seedTenancyWorld(app);
    cookies = await signInBeta(app);
  });
  afterAll(() => app.close());

  it.each(fieldsOf('Subscription'))('%s', async (key) => {
    expect(key).toBe('Subscription.projectEvents');
    const { ids } = world;
    const streams = [];
    try {
      for (const [role, cookie] of Object.entries(cookies)) {
        const before = listening();
        const stream = await openProjectEvents(app.yoga, { cookie, projectId: ids.project });
        // The server listens once the stream is first read: ask for the first result now. A
        // refusal up front (an error instead of listening) would do as well.
        let answered = false;
        const first = stream.next().finally(() => {
          answered = true;
        });
        await vi.waitFor(() => expect(answered || listening() > before).toBe(true), {
          timeout: 10_000,
        });
        streams.push({ role, first, stream });
      }
      const coordinator = await app.login('coordinator@alpha.test');
      const commentOnAlpha = async () => {
        const res = await app.gql(
          ADD_PROJECT_COMMENT,
          { projectId: ids.project, text: `${SECRET} live` },
          { cookie: coordinator },
        );
        expect(res.data.addProjectComment.__typename).toMatch(/Success$/);
      };
      await commentOnAlpha();
      // Now everyone may see the project: the first event beta hears must be the next one, which
      // proves the event of the private project above was withheld, not merely late.
      await app.prisma.project.update({
        where: { id: rawOf(ids.project) },
        data: { visibility: 'PUBLIC' },
      });
      await commentOnAlpha();
      for (const { role, first } of streams) {
        const result = (await first) as StreamedResult | 'complete';
        if (result !== 'complete' && result.errors) {
          expect(JSON.stringify(result)).not.toContain(SECRET);
          expect({ role, codes: result.errors.map((e) => e.extensions?.code) }).toEqual({
            role,
            codes: [expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/)],
          });
          continue;
        }
        const event = result === 'complete' ? null : result.data?.projectEvents;
        expect({ role, visibility: event?.project.visibility }).toEqual({
          role,
          visibility: 'PUBLIC',
        });
      }
    } finally {
      await Promise.all(streams.map(({ stream }) => stream.close()));
    }
  });
});
