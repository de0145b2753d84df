import {
  attempt,
  CITIES_ARE_PUBLIC,
  type Ids,
  NODE_FORBIDDEN,
  PROGRAMMES_ARE_PUBLIC,
  type TablePart,
  TOPICS_ARE_PUBLIC,
} from './attempts.ts';

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
export const nodeTargets: Record<string, ((ids: Ids) => string) | { public: string }> = {
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

/** node(id:), tried with alpha's object of every Node type that is tenant data. */
export const nodeFields: TablePart = {
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
};
