import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addComment } from '../src/processModels/comments.ts';
import { requestReview } from '../src/processModels/reviews.ts';
import { linearProcess } from './support/bpmnSamples.ts';
import { seedPartnership } from './support/fixtures.ts';
import { errorCodes, REMOVE_CITY } from './support/operations.ts';
import {
  ADD_COMMENT,
  ADOPT,
  IMPORT_MODEL,
  MARK_READ,
  MODEL,
  MODEL_COMMENTS,
  MODELS,
  modelTitles,
  NOTIFICATIONS,
  notificationsOf,
  PROCESS_NODE,
  processData,
  REQUEST_REVIEW,
  RESOLVE_COMMENT,
  SAVE_VERSION,
  SET_STATUS,
  SUBMIT_REVIEW,
  seedModel,
  seedProcessPeople,
  seedVersion,
  UPDATE_MODEL,
  VERSION_DIFF,
} from './support/processModels.ts';
import { createTestApp, type GraphqlResponse, globalId, type TestApp } from './support/testApp.ts';

// Words that only occur in alpha's PRIVATE model; no answer to another city may contain them.
const SECRET_WORDS = ['Geheimverfahren', 'Verschlusssache', 'Vertraulicher Vermerk'];

/**
 * Alpha with a PRIVATE model (two versions, a thread with a reply, a pending review, notifications
 * for its coordinator), a PARTNERS model shared with the partnership alpha leads (beta accepted,
 * gamma only invited) and a PUBLIC model; beta with a PRIVATE model of its own.
 */
async function seedProcessTenants(app: TestApp) {
  const people = await seedProcessPeople(app);
  const { alpha, beta, gamma, anna, arne, bea } = people;
  const verbund = await seedPartnership(app, {
    name: 'Verbund Alpha',
    lead: alpha,
    partners: [
      [beta, 'ACCEPTED'],
      [gamma, 'INVITED'],
    ],
  });
  const secret = await seedModel(app, {
    city: alpha,
    author: anna,
    title: 'Geheimverfahren',
    tasks: ['Verschlusssache prüfen', 'Bescheid erstellen'],
    licence: 'CC_BY_4_0',
  });
  const secretV2 = await seedVersion(app, secret, anna, ['Verschlusssache prüfen', 'Archivieren']);
  const thread = await addComment(app.prisma, {
    modelId: secret.id,
    modelTitle: secret.title,
    authorId: anna.id,
    authorName: anna.displayName,
    body: 'Vertraulicher Vermerk, @arne@alpha.test',
    elementId: 'Task_1',
    versionId: secret.version.id,
    parentId: null,
    mentionedUserIds: [arne.id],
    threadAuthorMaySee: true,
  });
  const [review] = await requestReview(app.prisma, {
    modelId: secret.id,
    requesterId: anna.id,
    requesterName: anna.displayName,
    reviewerIds: [arne.id],
  });
  const shared = await seedModel(app, {
    city: alpha,
    author: anna,
    title: 'Verbundverfahren',
    visibility: 'PARTNERS',
    licence: 'CC_BY_4_0',
    sharedWithPartnershipIds: [verbund.id],
  });
  const open = await seedModel(app, {
    city: alpha,
    author: anna,
    title: 'Offenes Verfahren',
    visibility: 'PUBLIC',
    licence: 'CC_BY_4_0',
  });
  const betaOwn = await seedModel(app, { city: beta, author: bea, title: 'Betaintern' });
  const arneNotifications = await app.prisma.notification.findMany({ where: { userId: arne.id } });
  expect(arneNotifications.map((n) => n.kind).sort()).toEqual(['MENTION', 'REVIEW_REQUESTED']);
  return {
    ...people,
    verbund,
    ids: {
      alpha: globalId('City', alpha.id),
      beta: globalId('City', beta.id),
      gamma: globalId('City', gamma.id),
      arne: globalId('User', arne.id),
      verbund: globalId('Partnership', verbund.id),
      secret: globalId('ProcessModel', secret.id),
      secretV1: globalId('ProcessVersion', secret.version.id),
      secretV2: globalId('ProcessVersion', secretV2.id),
      secretThread: globalId('Comment', thread.id),
      secretReview: globalId('Review', review?.id ?? ''),
      arneNotifications: arneNotifications.map((n) => globalId('Notification', n.id)),
      shared: globalId('ProcessModel', shared.id),
      sharedV1: globalId('ProcessVersion', shared.version.id),
      open: globalId('ProcessModel', open.id),
      openV1: globalId('ProcessVersion', open.version.id),
      betaOwn: globalId('ProcessModel', betaOwn.id),
    },
  };
}

type Tenants = Awaited<ReturnType<typeof seedProcessTenants>>;
type Ids = Tenants['ids'];

/** What a refused attempt answers: a FORBIDDEN error, or a typed NotFoundError result. */
type Refusal = 'FORBIDDEN' | 'NotFoundError';

interface Attempt {
  name: string;
  query: string;
  variables: (ids: Ids) => Record<string, unknown>;
  /** The answer, checked after "nothing changed" and "nothing leaked". */
  expect: Refusal | ((res: GraphqlResponse) => void);
}

const metadata = {
  metaVersion: 1,
  title: 'Übernommen',
  licence: 'CC_BY_4_0',
  visibility: 'PUBLIC',
};

/** Every query and mutation of process models, aimed at alpha's PRIVATE model. */
const attemptsOnPrivateData: Attempt[] = [
  {
    name: 'processModel',
    query: MODEL,
    variables: (ids) => ({ id: ids.secret }),
    expect: (res) => {
      expect(res.errors).toBeUndefined();
      expect(res.data.processModel).toBeNull();
    },
  },
  {
    name: 'processModels filtered by alpha',
    query: MODELS,
    variables: (ids) => ({ filter: { cityId: ids.alpha } }),
    expect: (res) => expect(modelTitles(res)).toEqual(['Offenes Verfahren', 'Verbundverfahren']),
  },
  {
    name: 'processModels searching for its activity',
    query: MODELS,
    variables: () => ({ search: 'Verschlusssache', filter: { status: 'IN_REVIEW' } }),
    expect: (res) => expect(modelTitles(res)).toEqual([]),
  },
  {
    name: 'processModels searching for its title, by licence',
    query: MODELS,
    variables: () => ({ search: 'Geheimverfahren', filter: { licence: 'CC_BY_4_0' } }),
    expect: (res) => expect(modelTitles(res)).toEqual([]),
  },
  {
    name: 'processVersionDiff between its versions',
    query: VERSION_DIFF,
    variables: (ids) => ({ from: ids.secretV1, to: ids.secretV2 }),
    expect: 'NotFoundError',
  },
  {
    name: 'processVersionDiff against a public version',
    query: VERSION_DIFF,
    variables: (ids) => ({ from: ids.openV1, to: ids.secretV1 }),
    expect: 'NotFoundError',
  },
  {
    name: 'importProcessModel into alpha',
    query: IMPORT_MODEL,
    variables: (ids) => ({ cityId: ids.alpha, xml: linearProcess(['Fremd']), title: 'Fremd' }),
    expect: 'FORBIDDEN',
  },
  {
    name: 'saveProcessVersion',
    query: SAVE_VERSION,
    variables: (ids) => ({ modelId: ids.secret, baseVersion: 2, xml: linearProcess(['Fremd']) }),
    expect: 'NotFoundError',
  },
  {
    name: 'updateProcessModel',
    query: UPDATE_MODEL,
    variables: (ids) => ({ modelId: ids.secret, ...metadata }),
    expect: 'NotFoundError',
  },
  {
    name: 'setProcessStatus',
    query: SET_STATUS,
    variables: (ids) => ({ modelId: ids.secret, status: 'ARCHIVED' }),
    expect: 'NotFoundError',
  },
  {
    name: 'addComment',
    query: ADD_COMMENT,
    variables: (ids) => ({ modelId: ids.secret, body: 'Von außen' }),
    expect: 'NotFoundError',
  },
  {
    name: 'addComment replying to its thread from a public model',
    query: ADD_COMMENT,
    variables: (ids) => ({ modelId: ids.open, body: 'Von außen', parentId: ids.secretThread }),
    expect: 'NotFoundError',
  },
  {
    name: 'addComment on a public model naming its version',
    query: ADD_COMMENT,
    variables: (ids) => ({ modelId: ids.open, body: 'Von außen', versionId: ids.secretV1 }),
    expect: 'NotFoundError',
  },
  {
    name: 'resolveComment',
    query: RESOLVE_COMMENT,
    variables: (ids) => ({ commentId: ids.secretThread }),
    expect: 'NotFoundError',
  },
  {
    name: 'requestReview',
    query: REQUEST_REVIEW,
    variables: (ids) => ({ modelId: ids.secret, reviewerIds: [ids.arne] }),
    expect: 'NotFoundError',
  },
  {
    name: 'submitReview',
    query: SUBMIT_REVIEW,
    variables: (ids) => ({ reviewId: ids.secretReview, decision: 'APPROVED' }),
    expect: 'NotFoundError',
  },
  {
    name: 'adoptProcessModel',
    query: ADOPT,
    variables: (ids) => ({ modelId: ids.secret, cityId: ids.beta }),
    expect: 'NotFoundError',
  },
  {
    name: 'notifications',
    query: NOTIFICATIONS,
    variables: () => ({}),
    expect: (res) => {
      expect(notificationsOf(res)).toEqual([]);
      expect(res.data.unreadNotificationCount).toBe(0);
    },
  },
  {
    name: "markNotificationsRead of alpha's notifications",
    query: MARK_READ,
    variables: (ids) => ({ ids: ids.arneNotifications }),
    expect: (res) => expect(res.data.markNotificationsRead).toBe(0),
  },
  ...(
    [
      ['ProcessModel', (ids) => ids.secret],
      ['ProcessVersion', (ids) => ids.secretV2],
      ['Comment', (ids) => ids.secretThread],
      ['Review', (ids) => ids.secretReview],
      ['Notification', (ids) => ids.arneNotifications[0]],
    ] as [string, (ids: Ids) => string | undefined][]
  ).map(
    ([type, id]): Attempt => ({
      name: `node(id:) of a ${type}`,
      query: PROCESS_NODE,
      variables: (ids) => ({ id: id(ids) }),
      expect: (res) => {
        expect(errorCodes(res)).toEqual(['FORBIDDEN']);
        expect(res.data.node).toBeNull();
      },
    }),
  ),
];

/** Mutations another city may not apply to alpha's PUBLIC model, which it does see. */
const attemptsOnPublicModel: Attempt[] = [
  {
    name: 'saveProcessVersion',
    query: SAVE_VERSION,
    variables: (ids) => ({ modelId: ids.open, baseVersion: 1, xml: linearProcess(['Fremd']) }),
    expect: 'FORBIDDEN',
  },
  {
    name: 'updateProcessModel',
    query: UPDATE_MODEL,
    variables: (ids) => ({ modelId: ids.open, ...metadata }),
    expect: 'FORBIDDEN',
  },
  {
    name: 'setProcessStatus',
    query: SET_STATUS,
    variables: (ids) => ({ modelId: ids.open, status: 'ARCHIVED' }),
    expect: 'FORBIDDEN',
  },
  {
    name: 'requestReview',
    query: REQUEST_REVIEW,
    variables: (ids) => ({ modelId: ids.open, reviewerIds: [ids.arne] }),
    expect: 'FORBIDDEN',
  },
  {
    name: 'adoptProcessModel into alpha',
    query: ADOPT,
    variables: (ids) => ({ modelId: ids.open, cityId: ids.alpha }),
    expect: 'FORBIDDEN',
  },
];

describe('tenancy of process models: a city’s private data stays within the city', () => {
  let app: TestApp;
  let t: Tenants;

  /** Runs the attempt, proving that no process data changed and no secret leaked. */
  async function attempt(cookie: string, { name, query, variables, expect: expected }: Attempt) {
    const before = await processData(app);
    const res = await app.gql(query, variables(t.ids), { cookie });
    expect(await processData(app), `${name} changed data`).toEqual(before);
    for (const word of SECRET_WORDS) {
      expect(JSON.stringify(res), `${name} leaked "${word}"`).not.toContain(word);
    }
    if (expected === 'FORBIDDEN') {
      expect({ name, codes: errorCodes(res), data: res.data }).toEqual({
        name,
        codes: ['FORBIDDEN'],
        data: null,
      });
    } else if (expected === 'NotFoundError') {
      const [result] = Object.values(res.data ?? {}) as { __typename: string }[];
      expect({ name, errors: res.errors, typename: result?.__typename }).toEqual({
        name,
        errors: undefined,
        typename: 'NotFoundError',
      });
    } else {
      expected(res);
    }
  }

  // Refused attempts change nothing (each one proves it), so they share one seeded database.
  describe('refused attempts', () => {
    const cookies: Record<string, string> = {};
    beforeAll(async () => {
      app = await createTestApp();
      t = await seedProcessTenants(app);
      Object.assign(cookies, t.cookies, { adminB: await app.login('admin@beta.test') });
    });
    afterAll(() => app.close());

    describe.each([
      ['the process owner of beta', 'bea'],
      ['the coordinator of beta', 'ben'],
      ['the admin of beta', 'adminB'],
      ['the process owner of gamma', 'gus'],
    ] as const)('%s', (_who, person) => {
      it.each(attemptsOnPrivateData.map((a) => [a.name, a] as const))(
        'cannot see or change alpha’s PRIVATE model through %s',
        async (_name, a) => {
          const cookie = cookies[person] as string;
          if (person === 'gus' && a.name === 'processModels filtered by alpha') {
            // Gamma is only invited to the partnership: it sees alpha's public model alone.
            await attempt(cookie, {
              ...a,
              expect: (res) => expect(modelTitles(res)).toEqual(['Offenes Verfahren']),
            });
            return;
          }
          await attempt(cookie, a);
        },
      );

      it.each(attemptsOnPublicModel.map((a) => [a.name, a] as const))(
        'may not change alpha’s PUBLIC model through %s',
        async (_name, a) => {
          await attempt(cookies[person] as string, a);
        },
      );
    });

    it('asks anonymous visitors to sign in and changes nothing', async () => {
      for (const a of [attemptsOnPrivateData, attemptsOnPublicModel].flat()) {
        const before = await processData(app);
        const res = await app.gql(a.query, a.variables(t.ids));
        expect(await processData(app)).toEqual(before);
        expect({ name: a.name, codes: errorCodes(res) }).toEqual({
          name: a.name,
          codes: ['UNAUTHENTICATED'],
        });
      }
    });

    it('lets alpha itself see and use what beta may not', async () => {
      const own = await app.gql(MODEL_COMMENTS, { id: t.ids.secret }, { cookie: t.cookies.arne });
      expect(own.data.processModel.comments).toHaveLength(1);
      const list = await app.gql(
        MODELS,
        { filter: { cityId: t.ids.alpha } },
        { cookie: t.cookies.arne },
      );
      expect(modelTitles(list)).toEqual([
        'Geheimverfahren',
        'Offenes Verfahren',
        'Verbundverfahren',
      ]);
      const found = await app.gql(
        MODELS,
        { search: 'Verschlusssache' },
        { cookie: t.cookies.arne },
      );
      expect(modelTitles(found)).toEqual(['Geheimverfahren']);
      const notifications = await app.gql(NOTIFICATIONS, {}, { cookie: t.cookies.arne });
      expect(notifications.data.unreadNotificationCount).toBe(2);
      for (const id of [t.ids.secret, t.ids.secretV2, t.ids.secretThread, t.ids.secretReview]) {
        const node = await app.gql(PROCESS_NODE, { id }, { cookie: t.cookies.arne });
        expect(node.errors).toBeUndefined();
        expect(node.data.node.id).toBe(id);
      }
      // And beta keeps its own private model from alpha in turn.
      const betaOwn = await app.gql(MODEL, { id: t.ids.betaOwn }, { cookie: t.cookies.anna });
      expect(betaOwn.data.processModel).toBeNull();
    });
  });

  describe('PARTNERS models', () => {
    beforeEach(async () => {
      app = await createTestApp();
      t = await seedProcessTenants(app);
    });
    afterEach(() => app.close());

    it('are seen by accepted partner cities, not by an invited one', async () => {
      const seenByBeta = await app.gql(MODELS, {}, { cookie: t.cookies.ben });
      expect(modelTitles(seenByBeta)).toEqual([
        'Betaintern',
        'Offenes Verfahren',
        'Verbundverfahren',
      ]);
      const node = await app.gql(PROCESS_NODE, { id: t.ids.shared }, { cookie: t.cookies.ben });
      expect(node.data.node).toMatchObject({ title: 'Verbundverfahren' });

      const seenByGamma = await app.gql(MODELS, {}, { cookie: t.cookies.gus });
      expect(modelTitles(seenByGamma)).toEqual(['Offenes Verfahren']);
      const attempts: Attempt[] = [
        {
          name: 'processModel',
          query: MODEL,
          variables: (ids) => ({ id: ids.shared }),
          expect: (res) => expect(res.data.processModel).toBeNull(),
        },
        {
          name: 'node(id:)',
          query: PROCESS_NODE,
          variables: (ids) => ({ id: ids.sharedV1 }),
          expect: (res) => expect(errorCodes(res)).toEqual(['FORBIDDEN']),
        },
        {
          name: 'addComment',
          query: ADD_COMMENT,
          variables: (ids) => ({ modelId: ids.shared, body: 'Noch nicht dabei' }),
          expect: 'NotFoundError',
        },
        {
          name: 'adoptProcessModel',
          query: ADOPT,
          variables: (ids) => ({ modelId: ids.shared, cityId: ids.gamma }),
          expect: 'NotFoundError',
        },
        {
          name: 'processVersionDiff',
          query: VERSION_DIFF,
          variables: (ids) => ({ from: ids.sharedV1, to: ids.openV1 }),
          expect: 'NotFoundError',
        },
      ];
      for (const a of attempts) await attempt(t.cookies.gus, a);
    });

    it('follow the partnership: seen once a city joins, unseen once it leaves', async () => {
      await app.prisma.partnershipMember.update({
        where: { partnershipId_cityId: { partnershipId: t.verbund.id, cityId: t.gamma.id } },
        data: { status: 'ACCEPTED', respondedAt: new Date() },
      });
      const joined = await app.gql(MODEL, { id: t.ids.shared }, { cookie: t.cookies.gus });
      expect(joined.data.processModel).toMatchObject({ title: 'Verbundverfahren' });

      await app.prisma.partnershipMember.delete({
        where: { partnershipId_cityId: { partnershipId: t.verbund.id, cityId: t.beta.id } },
      });
      const left = await app.gql(MODEL, { id: t.ids.shared }, { cookie: t.cookies.bea });
      expect(left.data.processModel).toBeNull();
      await attempt(t.cookies.bea, {
        name: 'addComment after leaving',
        query: ADD_COMMENT,
        variables: (ids) => ({ modelId: ids.shared, body: 'Nicht mehr dabei' }),
        expect: 'NotFoundError',
      });
    });

    it('are no longer shared with a partnership the owning city has left', async () => {
      const betaLed = await seedPartnership(app, {
        name: 'Verbund Beta',
        lead: t.beta,
        partners: [[t.alpha, 'ACCEPTED']],
      });
      const model = await seedModel(app, {
        city: t.alpha,
        author: t.anna,
        title: 'Verlassenes Verfahren',
        visibility: 'PARTNERS',
        sharedWithPartnershipIds: [betaLed.id],
      });
      const id = globalId('ProcessModel', model.id);
      const before = await app.gql(MODEL, { id }, { cookie: t.cookies.ben });
      expect(before.data.processModel.title).toBe('Verlassenes Verfahren');

      const left = await app.gql(
        REMOVE_CITY,
        { partnershipId: globalId('Partnership', betaLed.id), cityId: t.ids.alpha },
        { cookie: await app.login('admin@alpha.test') },
      );
      expect(left.data.removeCityFromPartnership.__typename).toBe(
        'MutationRemoveCityFromPartnershipSuccess',
      );

      const after = await app.gql(MODEL, { id }, { cookie: t.cookies.ben });
      expect(after.data.processModel).toBeNull();
      expect(modelTitles(await app.gql(MODELS, {}, { cookie: t.cookies.ben }))).not.toContain(
        'Verlassenes Verfahren',
      );
      const node = await app.gql(PROCESS_NODE, { id }, { cookie: t.cookies.ben });
      expect(errorCodes(node)).toEqual(['FORBIDDEN']);
      await attempt(t.cookies.bea, {
        name: 'addComment after the owner left',
        query: ADD_COMMENT,
        variables: () => ({ modelId: id, body: 'Noch da?' }),
        expect: 'NotFoundError',
      });
      // Alpha's editors see that the model is shared with no partnership any more.
      const own = await app.gql(MODEL, { id }, { cookie: t.cookies.anna });
      expect(own.data.processModel).toMatchObject({ visibility: 'PARTNERS', sharedWith: [] });
    });

    it('let partners comment and mention only people who may see the model', async () => {
      const res = await app.gql(
        ADD_COMMENT,
        { modelId: t.ids.shared, body: 'Wie bei uns? @anna@alpha.test @gus@gamma.test' },
        { cookie: t.cookies.bea },
      );
      expect(res.data.addComment.__typename).toBe('MutationAddCommentSuccess');
      const anna = await app.gql(NOTIFICATIONS, {}, { cookie: t.cookies.anna });
      expect(notificationsOf(anna).map((n) => [n.kind, n.modelTitle])).toEqual([
        ['MENTION', 'Verbundverfahren'],
      ]);
      const gus = await app.gql(NOTIFICATIONS, {}, { cookie: t.cookies.gus });
      expect(notificationsOf(gus)).toEqual([]);
    });
  });
});
