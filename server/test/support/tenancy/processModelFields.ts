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
} from '../processModels.ts';
import { attempt, type TablePart } from './attempts.ts';
import { someXml } from './fixtures.ts';

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

/** Process models, their versions, comments and reviews, and the review notifications. */
export const processModelFields: TablePart = {
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
  'Mutation.markNotificationsRead': {
    attempts: [
      attempt('alpha’s notifications', 'ids', MARK_READ, (ids) => ({ ids: ids.notifications })),
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
  'Mutation.setProcessStatus': {
    attempts: [
      attempt('of alpha’s model', 'modelId', SET_STATUS, (ids) => ({
        modelId: ids.model,
        status: 'ARCHIVED',
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
};
