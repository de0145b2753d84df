import type { City, Licence, Role, User, Visibility } from '../../src/generated/prisma/client.ts';
import { importProcessModel, saveProcessVersion } from '../../src/processModels/versions.ts';
import { linearProcess } from './bpmnSamples.ts';
import type { GraphqlResponse, TestApp } from './testApp.ts';

// GraphQL documents and seeding for the process-model tests (collaboration, adoption, diff and
// metadata, tenancy, query counts). Mutations ask for the fields of every error they can return,
// so a test asserts exactly what a client would show.

const errorTypeFields = {
  NotFoundError: 'entity',
  ConflictError: 'reason',
  VersionConflictError: 'entity currentVersion',
  ValidationError: 'fieldErrors { path message }',
  // Aliased: a save can answer both, and the two `reason` enums differ.
  BpmnImportError: 'importReason: reason limit actual',
  ProcessVersionConflict: 'currentVersion',
} as const;

/** The selection for a result: its typename, and the fields of each error it can return. */
function resultFields(...errors: (keyof typeof errorTypeFields)[]) {
  const perType = errors.map((type) => `... on ${type} { ${errorTypeFields[type]} }`);
  return ['__typename', '... on Error { message }', ...perType].join('\n');
}

const modelFields = `
  id title status visibility licence metaVersion latestVersionNumber sharedWith
  city { slug }
  latestVersion { id number }
`;

export const IMPORT_MODEL = `mutation(
  $cityId: ID!, $xml: String!, $title: String!, $licence: Licence, $visibility: Visibility,
  $sharedWith: [ID!]
) {
  importProcessModel(cityId: $cityId, xml: $xml, title: $title, licence: $licence,
    visibility: $visibility, sharedWithPartnershipIds: $sharedWith) {
    ${resultFields('BpmnImportError', 'NotFoundError', 'ValidationError')}
    ... on MutationImportProcessModelSuccess {
      data {
        ${modelFields}
        latestVersion {
          warnings { message elementId }
          lintFindings { rule elementId category message }
        }
      }
    }
  }
}`;

export const SAVE_VERSION = `mutation($modelId: ID!, $baseVersion: Int!, $xml: String!) {
  saveProcessVersion(modelId: $modelId, baseVersion: $baseVersion, xml: $xml, message: "Änderung") {
    ${resultFields(
      'BpmnImportError',
      'ConflictError',
      'NotFoundError',
      'ProcessVersionConflict',
      'ValidationError',
    )}
    ... on MutationSaveProcessVersionSuccess {
      data { id number processModel { status latestVersionNumber } }
    }
  }
}`;

export const UPDATE_MODEL = `mutation(
  $modelId: ID!, $metaVersion: Int!, $title: String!, $licence: Licence!, $visibility: Visibility!,
  $sharedWith: [ID!], $description: String
) {
  updateProcessModel(modelId: $modelId, metaVersion: $metaVersion, title: $title,
    licence: $licence, visibility: $visibility, sharedWithPartnershipIds: $sharedWith,
    description: $description) {
    ${resultFields('NotFoundError', 'ValidationError', 'VersionConflictError')}
    ... on MutationUpdateProcessModelSuccess { data { ${modelFields} description } }
  }
}`;

export const SET_STATUS = `mutation($modelId: ID!, $status: ProcessStatus!) {
  setProcessStatus(modelId: $modelId, status: $status) {
    ${resultFields('ConflictError', 'NotFoundError')}
    ... on MutationSetProcessStatusSuccess { data { id status } }
  }
}`;

const commentFields = 'id body elementId versionNumber authorName resolved';

export const ADD_COMMENT = `mutation(
  $modelId: ID!, $body: String!, $elementId: String, $versionId: ID, $parentId: ID
) {
  addComment(modelId: $modelId, body: $body, elementId: $elementId, versionId: $versionId,
    parentId: $parentId) {
    ${resultFields('ConflictError', 'NotFoundError', 'ValidationError')}
    ... on MutationAddCommentSuccess { data { ${commentFields} } }
  }
}`;

export const RESOLVE_COMMENT = `mutation($commentId: ID!) {
  resolveComment(commentId: $commentId) {
    ${resultFields('ConflictError', 'NotFoundError')}
    ... on MutationResolveCommentSuccess { data { ${commentFields} resolvedAt } }
  }
}`;

export const MODEL_COMMENTS = `query($id: ID!) {
  processModel(id: $id) {
    comments { ${commentFields} replies { ${commentFields} } }
  }
}`;

const reviewFields = 'id decision comment reviewerName requestedByName versionNumber';

export const REQUEST_REVIEW = `mutation($modelId: ID!, $reviewerIds: [ID!]!) {
  requestReview(modelId: $modelId, reviewerIds: $reviewerIds) {
    ${resultFields('ConflictError', 'NotFoundError', 'ValidationError')}
    ... on MutationRequestReviewSuccess { data { ${reviewFields} } }
  }
}`;

export const SUBMIT_REVIEW = `mutation($reviewId: ID!, $decision: ReviewDecision!, $comment: String) {
  submitReview(reviewId: $reviewId, decision: $decision, comment: $comment) {
    ${resultFields('ConflictError', 'NotFoundError', 'ValidationError')}
    ... on MutationSubmitReviewSuccess { data { ${reviewFields} viewerIsReviewer } }
  }
}`;

export const ADOPT = `mutation($modelId: ID!, $cityId: ID!) {
  adoptProcessModel(modelId: $modelId, cityId: $cityId) {
    ${resultFields('ConflictError', 'NotFoundError')}
    ... on MutationAdoptProcessModelSuccess {
      data {
        ${modelFields}
        adoptedFrom { modelId versionId versionNumber title cityName }
      }
    }
  }
}`;

export const VERSION_DIFF = `query($from: ID!, $to: ID!) {
  processVersionDiff(fromVersionId: $from, toVersionId: $to) {
    ${resultFields('NotFoundError')}
    ... on QueryProcessVersionDiffSuccess {
      data {
        from { number }
        to { number }
        added { elementId type name }
        removed { elementId type name }
        changed { elementId type name attributes { name oldValue newValue } }
      }
    }
  }
}`;

export const MODEL = `query($id: ID!) { processModel(id: $id) { ${modelFields} } }`;

export const MODELS = `query($filter: ProcessModelFilter, $search: String) {
  processModels(first: 50, filter: $filter, search: $search) {
    edges { node { title city { slug } } }
  }
}`;

export const NOTIFICATIONS = `query($unreadOnly: Boolean) {
  notifications(first: 50, unreadOnly: $unreadOnly) {
    edges { node { id kind actorName modelTitle modelId read } }
  }
  unreadNotificationCount
}`;

export const MARK_READ = 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }';

export const PROCESS_NODE = `query($id: ID!) {
  node(id: $id) {
    __typename id
    ... on ProcessModel { title }
    ... on ProcessVersion { number xml }
    ... on Comment { body }
    ... on Review { decision reviewerName }
    ... on Notification { kind modelTitle }
  }
}`;

/** Titles in a `processModels` answer, sorted. */
export function modelTitles(res: GraphqlResponse): string[] {
  const edges: { node: { title: string } }[] = res.data?.processModels?.edges ?? [];
  return edges.map((e) => e.node.title).sort();
}

/** The notifications in a `NOTIFICATIONS` answer. */
export function notificationsOf(res: GraphqlResponse): {
  id: string;
  kind: string;
  actorName: string;
  modelTitle: string;
  modelId: string | null;
  read: boolean;
}[] {
  return res.data.notifications.edges.map((e: { node: unknown }) => e.node);
}

export interface SeedModel {
  city: City;
  author: User;
  title: string;
  tasks?: string[];
  xml?: string;
  visibility?: Visibility;
  licence?: Licence;
  sharedWithPartnershipIds?: string[];
}

/** A model with its version 1, created the way the API creates it. */
export async function seedModel(app: TestApp, input: SeedModel) {
  const model = await importProcessModel(app.prisma, {
    cityId: input.city.id,
    authorId: input.author.id,
    xml: input.xml ?? linearProcess(input.tasks ?? ['Antrag prüfen', 'Bescheid erstellen']),
    message: 'Import',
    title: input.title,
    description: '',
    serviceKey: null,
    tags: [],
    contactName: '',
    contactEmail: '',
    licence: input.licence ?? 'INTERNAL_USE_ONLY',
    visibility: input.visibility ?? 'PRIVATE',
    sharedWithPartnershipIds: input.sharedWithPartnershipIds ?? [],
  });
  const version = await app.prisma.processVersion.findUniqueOrThrow({
    where: { modelId_number: { modelId: model.id, number: 1 } },
  });
  return { ...model, version };
}

/** Saves `tasks` as the model's next version, the way the API does. */
export async function seedVersion(
  app: TestApp,
  model: { id: string },
  author: User,
  tasks: string[],
) {
  const latest = await app.prisma.processModel.findUniqueOrThrow({ where: { id: model.id } });
  return saveProcessVersion(app.prisma, {
    modelId: model.id,
    baseVersion: latest.latestVersionNumber,
    xml: linearProcess(tasks),
    message: '',
    authorId: author.id,
  });
}

/** Every row a process-model mutation could touch, in a stable order. */
export async function processData(app: TestApp) {
  const byId = { orderBy: { id: 'asc' } } as const;
  const [models, versions, sharing, comments, reviews, notifications] = await Promise.all([
    app.prisma.processModel.findMany(byId),
    app.prisma.processVersion.findMany(byId),
    app.prisma.processModelPartnership.findMany({
      orderBy: [{ modelId: 'asc' }, { partnershipId: 'asc' }],
    }),
    app.prisma.comment.findMany(byId),
    app.prisma.review.findMany(byId),
    app.prisma.notification.findMany(byId),
  ]);
  return { models, versions, sharing, comments, reviews, notifications };
}

/**
 * Alpha and beta (from `twoCities`) and gamma, each with people whose display names tell them
 * apart: a process owner and a coordinator in alpha and beta, a process owner in gamma.
 */
export async function seedProcessPeople(app: TestApp) {
  const { a: alpha, b: beta } = await app.seed.twoCities();
  const gamma = await app.seed.city('gamma', 'Gammaheim');
  const member = (email: string, city: City, role: Role) =>
    app.seed.user(email, [{ cityId: city.id, role }]);
  const people = {
    anna: await member('anna@alpha.test', alpha, 'PROCESS_OWNER'),
    arne: await member('arne@alpha.test', alpha, 'COORDINATOR'),
    bea: await member('bea@beta.test', beta, 'PROCESS_OWNER'),
    ben: await member('ben@beta.test', beta, 'COORDINATOR'),
    gus: await member('gus@gamma.test', gamma, 'PROCESS_OWNER'),
  };
  const cookies = {} as Record<keyof typeof people, string>;
  for (const [name, user] of Object.entries(people)) {
    cookies[name as keyof typeof people] = await app.login(user.email);
  }
  return { alpha, beta, gamma, ...people, cookies };
}

export type ProcessPeople = Awaited<ReturnType<typeof seedProcessPeople>>;
