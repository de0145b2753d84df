import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Visibility } from '../src/generated/prisma/client.ts';
import { linearProcess } from './support/bpmnSamples.ts';
import { errorCodes } from './support/operations.ts';
import {
  ADD_COMMENT,
  MARK_READ,
  MODEL,
  MODEL_COMMENTS,
  NOTIFICATIONS,
  notificationsOf,
  PROCESS_NODE,
  type ProcessPeople,
  processData,
  REQUEST_REVIEW,
  RESOLVE_COMMENT,
  SAVE_VERSION,
  SET_STATUS,
  SUBMIT_REVIEW,
  seedModel,
  seedProcessPeople,
} from './support/processModels.ts';
import { createTestApp, globalId, type TestApp } from './support/testApp.ts';

describe('process collaboration: comments, mentions, notifications, reviews', () => {
  let app: TestApp;
  let p: ProcessPeople;

  beforeEach(async () => {
    app = await createTestApp();
    p = await seedProcessPeople(app);
  });
  afterEach(() => app.close());

  /** A model of alpha by anna; PUBLIC unless told otherwise. */
  async function alphaModel(title = 'Gewerbeanmeldung', visibility: Visibility = 'PUBLIC') {
    const model = await seedModel(app, {
      city: p.alpha,
      author: p.anna,
      title,
      visibility,
      tasks: ['Antrag prüfen', 'Gebühr erheben'],
    });
    return {
      rawId: model.id,
      id: globalId('ProcessModel', model.id),
      versionId: globalId('ProcessVersion', model.version.id),
    };
  }

  async function comment(cookie: string, variables: Record<string, unknown>) {
    const res = await app.gql(ADD_COMMENT, variables, { cookie });
    return res.data.addComment;
  }

  async function notifications(cookie: string, unreadOnly?: boolean) {
    return notificationsOf(await app.gql(NOTIFICATIONS, { unreadOnly }, { cookie }));
  }

  /** Runs a mutation and proves that no process data changed meanwhile. */
  async function withoutChange(query: string, variables: Record<string, unknown>, cookie: string) {
    const before = await processData(app);
    const res = await app.gql(query, variables, { cookie });
    expect(await processData(app)).toEqual(before);
    return res;
  }

  describe('comments', () => {
    it('keeps threads oldest first with their replies, anchored to an element and version', async () => {
      const model = await alphaModel();
      const first = await comment(p.cookies.arne, {
        modelId: model.id,
        body: '  Fehlt hier die Frist?  ',
        elementId: 'Task_1',
        versionId: model.versionId,
      });
      expect(first).toMatchObject({
        __typename: 'MutationAddCommentSuccess',
        data: {
          body: 'Fehlt hier die Frist?',
          elementId: 'Task_1',
          versionNumber: 1,
          authorName: 'arne',
          resolved: false,
        },
      });
      const second = await comment(p.cookies.bea, { modelId: model.id, body: 'Gut gelöst.' });
      const reply = await comment(p.cookies.ben, {
        modelId: model.id,
        body: 'Bei uns vier Wochen.',
        parentId: first.data.id,
      });
      expect(reply.__typename).toBe('MutationAddCommentSuccess');

      const res = await app.gql(MODEL_COMMENTS, { id: model.id }, { cookie: p.cookies.anna });
      expect(res.data.processModel.comments).toEqual([
        {
          ...first.data,
          replies: [
            {
              id: reply.data.id,
              body: 'Bei uns vier Wochen.',
              elementId: null,
              versionNumber: null,
              authorName: 'ben',
              resolved: false,
            },
          ],
        },
        { ...second.data, replies: [] },
      ]);
    });

    it('refuses empty comments, replies to replies and parents or versions of other models', async () => {
      const model = await alphaModel();
      const other = await alphaModel('Hundesteuer');
      const empty = await withoutChange(
        ADD_COMMENT,
        { modelId: model.id, body: '   ' },
        p.cookies.arne,
      );
      expect(empty.data.addComment).toMatchObject({
        __typename: 'ValidationError',
        fieldErrors: [{ path: 'body' }],
      });

      const thread = await comment(p.cookies.arne, { modelId: model.id, body: 'Frage' });
      const reply = await comment(p.cookies.bea, {
        modelId: model.id,
        body: 'Antwort',
        parentId: thread.data.id,
      });
      const nested = await withoutChange(
        ADD_COMMENT,
        { modelId: model.id, body: 'Antwort auf Antwort', parentId: reply.data.id },
        p.cookies.arne,
      );
      expect(nested.data.addComment).toMatchObject({ __typename: 'ConflictError' });

      const foreignParent = await withoutChange(
        ADD_COMMENT,
        { modelId: other.id, body: 'Falscher Faden', parentId: thread.data.id },
        p.cookies.arne,
      );
      expect(foreignParent.data.addComment).toMatchObject({
        __typename: 'NotFoundError',
        entity: 'Comment',
      });
      const foreignVersion = await withoutChange(
        ADD_COMMENT,
        { modelId: other.id, body: 'Falsche Version', versionId: model.versionId },
        p.cookies.arne,
      );
      expect(foreignVersion.data.addComment).toMatchObject({
        __typename: 'NotFoundError',
        entity: 'ProcessVersion',
      });
    });

    it('lets the author and the owning city’s process owners resolve a thread, nobody else', async () => {
      const model = await alphaModel();
      const byBen = await comment(p.cookies.ben, { modelId: model.id, body: 'Erster Faden' });
      const alsoByBen = await comment(p.cookies.ben, { modelId: model.id, body: 'Zweiter Faden' });

      // A colleague of the author in another role, the process owner of the author's city and a
      // coordinator of the owning city may all see the model, but not resolve the thread.
      for (const cookie of [p.cookies.bea, p.cookies.arne, p.cookies.gus]) {
        const res = await withoutChange(RESOLVE_COMMENT, { commentId: byBen.data.id }, cookie);
        expect(errorCodes(res)).toEqual(['FORBIDDEN']);
        expect(res.data).toBeNull();
      }

      const byAuthor = await app.gql(
        RESOLVE_COMMENT,
        { commentId: byBen.data.id },
        { cookie: p.cookies.ben },
      );
      expect(byAuthor.data.resolveComment).toMatchObject({
        __typename: 'MutationResolveCommentSuccess',
        data: { id: byBen.data.id, resolved: true },
      });
      expect(byAuthor.data.resolveComment.data.resolvedAt).toEqual(expect.any(String));

      const byOwner = await app.gql(
        RESOLVE_COMMENT,
        { commentId: alsoByBen.data.id },
        { cookie: p.cookies.anna },
      );
      expect(byOwner.data.resolveComment.data.resolved).toBe(true);
      const stored = await app.prisma.comment.findMany({ orderBy: { createdAt: 'asc' } });
      expect(stored.map((c) => c.resolvedById)).toEqual([p.ben.id, p.anna.id]);

      const again = await withoutChange(
        RESOLVE_COMMENT,
        { commentId: byBen.data.id },
        p.cookies.ben,
      );
      expect(again.data.resolveComment).toMatchObject({
        __typename: 'ConflictError',
        reason: 'INVALID_STATUS_CHANGE',
      });
    });

    it('resolves threads, not single replies', async () => {
      const model = await alphaModel();
      const thread = await comment(p.cookies.arne, { modelId: model.id, body: 'Frage' });
      const reply = await comment(p.cookies.arne, {
        modelId: model.id,
        body: 'Nachtrag',
        parentId: thread.data.id,
      });
      const res = await withoutChange(
        RESOLVE_COMMENT,
        { commentId: reply.data.id },
        p.cookies.anna,
      );
      expect(res.data.resolveComment).toMatchObject({ __typename: 'ConflictError' });
    });
  });

  describe('mentions and replies notify', () => {
    it('notifies mentioned users of any city who may see the model, once each', async () => {
      const model = await alphaModel('Gewerbeanmeldung', 'PUBLIC');
      const res = await comment(p.cookies.anna, {
        modelId: model.id,
        body:
          'Bitte ansehen, @arne@alpha.test und @BEA@beta.test! Nochmals @arne@alpha.test. ' +
          'Ich selbst (@anna@alpha.test) und @niemand@nirgends.test nicht.',
      });
      expect(res.__typename).toBe('MutationAddCommentSuccess');

      const expected = {
        kind: 'MENTION',
        actorName: 'anna',
        modelTitle: 'Gewerbeanmeldung',
        modelId: model.id,
        read: false,
      };
      expect(await notifications(p.cookies.arne)).toEqual([
        { id: expect.any(String), ...expected },
      ]);
      expect(await notifications(p.cookies.bea)).toEqual([{ id: expect.any(String), ...expected }]);
      expect(await notifications(p.cookies.anna)).toEqual([]);
      expect(await app.prisma.notification.count()).toBe(2);
    });

    it('does not notify a mentioned user whose city cannot see a PRIVATE model', async () => {
      const model = await alphaModel('Interne Vergabe', 'PRIVATE');
      const res = await comment(p.cookies.anna, {
        modelId: model.id,
        body: '@arne@alpha.test und @bea@beta.test: bitte prüfen.',
      });
      expect(res.__typename).toBe('MutationAddCommentSuccess');

      expect((await notifications(p.cookies.arne)).map((n) => n.kind)).toEqual(['MENTION']);
      const bea = await app.gql(NOTIFICATIONS, {}, { cookie: p.cookies.bea });
      expect(notificationsOf(bea)).toEqual([]);
      expect(bea.data.unreadNotificationCount).toBe(0);
      expect(JSON.stringify(bea)).not.toContain('Interne Vergabe');
      expect(await app.prisma.notification.count({ where: { userId: p.bea.id } })).toBe(0);
    });

    it('notifies the thread author of a reply, but not the one who replies', async () => {
      const model = await alphaModel();
      const thread = await comment(p.cookies.ben, { modelId: model.id, body: 'Frage aus Beta' });
      await comment(p.cookies.ben, {
        modelId: model.id,
        body: 'Selbst ergänzt',
        parentId: thread.data.id,
      });
      expect(await notifications(p.cookies.ben)).toEqual([]);

      await comment(p.cookies.anna, {
        modelId: model.id,
        body: 'Antwort aus Alpha',
        parentId: thread.data.id,
      });
      expect(await notifications(p.cookies.ben)).toEqual([
        {
          id: expect.any(String),
          kind: 'COMMENT_REPLY',
          actorName: 'anna',
          modelTitle: 'Gewerbeanmeldung',
          modelId: model.id,
          read: false,
        },
      ]);
      expect(await notifications(p.cookies.anna)).toEqual([]);

      // Mentioned in the reply as well: one notification, the mention.
      await comment(p.cookies.arne, {
        modelId: model.id,
        body: '@ben@beta.test siehe oben',
        parentId: thread.data.id,
      });
      expect((await notifications(p.cookies.ben)).map((n) => n.kind)).toEqual([
        'MENTION',
        'COMMENT_REPLY',
      ]);
    });

    it('does not tell a thread author who lost sight of the model about replies', async () => {
      const model = await alphaModel('Offenes Verfahren', 'PUBLIC');
      const thread = await comment(p.cookies.ben, { modelId: model.id, body: 'Frage aus Beta' });
      await app.prisma.processModel.update({
        where: { id: model.rawId },
        data: { visibility: 'PRIVATE', title: 'Vertrauliche Neufassung' },
      });
      const reply = await comment(p.cookies.anna, {
        modelId: model.id,
        body: 'Antwort, inzwischen intern',
        parentId: thread.data.id,
      });
      expect(reply.__typename).toBe('MutationAddCommentSuccess');
      const ben = await app.gql(NOTIFICATIONS, {}, { cookie: p.cookies.ben });
      expect(notificationsOf(ben)).toEqual([]);
      expect(JSON.stringify(ben)).not.toContain('Vertrauliche');
    });
  });

  describe('notifications are per user', () => {
    /** Two mentions of arne and one of bea on a public model. */
    async function seedNotifications() {
      const model = await alphaModel();
      await comment(p.cookies.anna, { modelId: model.id, body: '@arne@alpha.test eins' });
      await comment(p.cookies.anna, { modelId: model.id, body: '@arne@alpha.test zwei' });
      await comment(p.cookies.anna, { modelId: model.id, body: '@bea@beta.test drei' });
      const arne = await notifications(p.cookies.arne);
      const bea = await notifications(p.cookies.bea);
      expect(arne).toHaveLength(2);
      expect(bea).toHaveLength(1);
      return { arne, bea };
    }

    it('lists only the viewer’s own notifications, newest first, with their unread count', async () => {
      const { arne } = await seedNotifications();
      const rows = await app.prisma.notification.findMany({
        where: { userId: p.arne.id },
        include: { comment: true },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      });
      expect(arne.map((n) => n.id)).toEqual(rows.map((r) => globalId('Notification', r.id)));
      expect(rows.map((r) => r.comment?.body)).toEqual([
        '@arne@alpha.test zwei',
        '@arne@alpha.test eins',
      ]);

      const count = await app.gql('{ unreadNotificationCount }', {}, { cookie: p.cookies.arne });
      expect(count.data.unreadNotificationCount).toBe(2);
      const forBen = await app.gql(NOTIFICATIONS, {}, { cookie: p.cookies.ben });
      expect(notificationsOf(forBen)).toEqual([]);
      expect(forBen.data.unreadNotificationCount).toBe(0);
    });

    it('lets nobody mark or read another user’s notifications', async () => {
      const { arne, bea } = await seedNotifications();
      const arneIds = arne.map((n) => n.id);

      const foreign = await app.gql(MARK_READ, { ids: arneIds }, { cookie: p.cookies.bea });
      expect(foreign.data.markNotificationsRead).toBe(0);
      expect(await app.prisma.notification.count({ where: { readAt: { not: null } } })).toBe(0);

      const all = await app.gql(MARK_READ, {}, { cookie: p.cookies.bea });
      expect(all.data.markNotificationsRead).toBe(1);
      expect((await notifications(p.cookies.bea)).map((n) => n.read)).toEqual([true]);
      expect((await notifications(p.cookies.arne)).map((n) => n.read)).toEqual([false, false]);

      for (const id of arneIds) {
        const node = await app.gql(PROCESS_NODE, { id }, { cookie: p.cookies.bea });
        expect(errorCodes(node)).toEqual(['FORBIDDEN']);
        expect(node.data.node).toBeNull();
        // Not even arne's colleague in the same city.
        const colleague = await app.gql(PROCESS_NODE, { id }, { cookie: p.cookies.anna });
        expect(errorCodes(colleague)).toEqual(['FORBIDDEN']);
      }
      const own = await app.gql(PROCESS_NODE, { id: bea[0]?.id }, { cookie: p.cookies.bea });
      expect(own.data.node).toMatchObject({ __typename: 'Notification', kind: 'MENTION' });

      const anonymous = await app.gql(MARK_READ, {});
      expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    });

    it('marks chosen notifications read and filters unread ones', async () => {
      const { arne } = await seedNotifications();
      const [newest, oldest] = arne;
      const res = await app.gql(MARK_READ, { ids: [newest?.id] }, { cookie: p.cookies.arne });
      expect(res.data.markNotificationsRead).toBe(1);
      const unread = await notifications(p.cookies.arne, true);
      expect(unread.map((n) => n.id)).toEqual([oldest?.id]);
      const again = await app.gql(MARK_READ, { ids: [newest?.id] }, { cookie: p.cookies.arne });
      expect(again.data.markNotificationsRead).toBe(0);
      const count = await app.gql('{ unreadNotificationCount }', {}, { cookie: p.cookies.arne });
      expect(count.data.unreadNotificationCount).toBe(1);
    });
  });

  describe('reviews and the lifecycle', () => {
    async function requestReview(modelId: string, reviewers: { id: string }[], cookie: string) {
      const res = await app.gql(
        REQUEST_REVIEW,
        { modelId, reviewerIds: reviewers.map((r) => globalId('User', r.id)) },
        { cookie },
      );
      return res.data.requestReview;
    }

    async function submit(reviewId: string, decision: string, cookie: string) {
      const res = await app.gql(
        SUBMIT_REVIEW,
        { reviewId, decision, comment: 'Geprüft.' },
        { cookie },
      );
      return res;
    }

    async function status(modelId: string) {
      const res = await app.gql(MODEL, { id: modelId }, { cookie: p.cookies.anna });
      return res.data.processModel.status;
    }

    async function setStatus(modelId: string, to: string, cookie = p.cookies.anna) {
      return (await app.gql(SET_STATUS, { modelId, status: to }, { cookie })).data.setProcessStatus;
    }

    it('puts the model IN_REVIEW and notifies each reviewer, in any city that sees it', async () => {
      const model = await alphaModel();
      const result = await requestReview(model.id, [p.arne, p.bea], p.cookies.anna);
      expect(result.__typename).toBe('MutationRequestReviewSuccess');
      expect(result.data).toHaveLength(2);
      expect(result.data.map((r: { reviewerName: string }) => r.reviewerName).sort()).toEqual([
        'arne',
        'bea',
      ]);
      expect(result.data[0]).toMatchObject({
        decision: 'PENDING',
        requestedByName: 'anna',
        versionNumber: 1,
      });
      expect(await status(model.id)).toBe('IN_REVIEW');
      for (const cookie of [p.cookies.arne, p.cookies.bea]) {
        expect(await notifications(cookie)).toEqual([
          {
            id: expect.any(String),
            kind: 'REVIEW_REQUESTED',
            actorName: 'anna',
            modelTitle: 'Gewerbeanmeldung',
            modelId: model.id,
            read: false,
          },
        ]);
      }
      // Asking again does not repeat open requests.
      const again = await requestReview(model.id, [p.arne], p.cookies.anna);
      expect(again.data).toEqual([]);
      expect(await app.prisma.review.count()).toBe(2);
    });

    it('rejects reviewers who cannot see the model, the requester alone and non-owners', async () => {
      const model = await alphaModel('Interne Vergabe', 'PRIVATE');
      for (const reviewers of [[p.arne, p.bea], [p.anna], [{ id: p.alpha.id }]]) {
        const before = await processData(app);
        const res = await requestReview(model.id, reviewers, p.cookies.anna);
        expect(res).toMatchObject({
          __typename: 'ValidationError',
          fieldErrors: [{ path: 'reviewerIds' }],
        });
        expect(await processData(app)).toEqual(before);
      }
      expect(await status(model.id)).toBe('DRAFT');
      expect(await notifications(p.cookies.arne)).toEqual([]);

      const byCoordinator = await withoutChange(
        REQUEST_REVIEW,
        { modelId: model.id, reviewerIds: [globalId('User', p.anna.id)] },
        p.cookies.arne,
      );
      expect(errorCodes(byCoordinator)).toEqual(['FORBIDDEN']);
    });

    it('lets only the reviewer decide, once, and tells the requester', async () => {
      const model = await alphaModel();
      const requested = await requestReview(model.id, [p.bea], p.cookies.anna);
      const reviewId = requested.data[0].id;

      // The requester, a process owner of the model's city, and a colleague of the reviewer.
      for (const cookie of [p.cookies.anna, p.cookies.ben]) {
        const before = await processData(app);
        const res = await submit(reviewId, 'APPROVED', cookie);
        expect(errorCodes(res)).toEqual(['FORBIDDEN']);
        expect(await processData(app)).toEqual(before);
      }

      const pending = await submit(reviewId, 'PENDING', p.cookies.bea);
      expect(pending.data.submitReview.__typename).toBe('ValidationError');

      const decided = await submit(reviewId, 'CHANGES_REQUESTED', p.cookies.bea);
      expect(decided.data.submitReview).toMatchObject({
        __typename: 'MutationSubmitReviewSuccess',
        data: { decision: 'CHANGES_REQUESTED', comment: 'Geprüft.', viewerIsReviewer: true },
      });
      const twice = await withoutChange(
        SUBMIT_REVIEW,
        { reviewId, decision: 'APPROVED' },
        p.cookies.bea,
      );
      expect(twice.data.submitReview).toMatchObject({ __typename: 'ConflictError' });

      expect(await notifications(p.cookies.anna)).toEqual([
        {
          id: expect.any(String),
          kind: 'REVIEW_SUBMITTED',
          actorName: 'bea',
          modelTitle: 'Gewerbeanmeldung',
          modelId: model.id,
          read: false,
        },
      ]);
    });

    it('releases only with an approval of the newest version; a new version is a draft again', async () => {
      const model = await alphaModel();
      const first = await requestReview(model.id, [p.arne, p.bea], p.cookies.anna);
      const [arneReview, beaReview] = [...first.data].sort(
        (x: { reviewerName: string }, y: { reviewerName: string }) =>
          x.reviewerName.localeCompare(y.reviewerName),
      );
      await submit(arneReview.id, 'CHANGES_REQUESTED', p.cookies.arne);

      const unapproved = await setStatus(model.id, 'RELEASED');
      expect(unapproved).toMatchObject({ __typename: 'ConflictError', reason: 'NOT_APPROVED' });
      expect(await status(model.id)).toBe('IN_REVIEW');

      await submit(beaReview.id, 'APPROVED', p.cookies.bea);
      // Only the owning city's process owners change the status.
      for (const cookie of [p.cookies.arne, p.cookies.bea]) {
        const res = await withoutChange(
          SET_STATUS,
          { modelId: model.id, status: 'RELEASED' },
          cookie,
        );
        expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      }
      expect(await setStatus(model.id, 'RELEASED')).toEqual({
        __typename: 'MutationSetProcessStatusSuccess',
        data: { id: model.id, status: 'RELEASED' },
      });

      const saved = await app.gql(
        SAVE_VERSION,
        { modelId: model.id, baseVersion: 1, xml: linearProcess(['Antrag prüfen', 'Neu']) },
        { cookie: p.cookies.anna },
      );
      expect(saved.data.saveProcessVersion.data).toMatchObject({
        number: 2,
        processModel: { status: 'DRAFT', latestVersionNumber: 2 },
      });

      // The approval of version 1 does not release version 2.
      await requestReview(model.id, [p.bea], p.cookies.anna);
      expect(await setStatus(model.id, 'RELEASED')).toMatchObject({
        __typename: 'ConflictError',
        reason: 'NOT_APPROVED',
      });
      const second = await app.prisma.review.findFirstOrThrow({
        where: { decision: 'PENDING', version: { number: 2 } },
      });
      await submit(globalId('Review', second.id), 'APPROVED', p.cookies.bea);
      expect((await setStatus(model.id, 'RELEASED')).data.status).toBe('RELEASED');
    });

    it('refuses transitions the lifecycle does not have', async () => {
      const model = await alphaModel();
      for (const to of ['RELEASED', 'IN_REVIEW', 'DRAFT']) {
        const before = await processData(app);
        expect({ to, result: await setStatus(model.id, to) }).toMatchObject({
          to,
          result: { __typename: 'ConflictError', reason: 'INVALID_STATUS_CHANGE' },
        });
        expect(await processData(app)).toEqual(before);
      }
      await requestReview(model.id, [p.arne], p.cookies.anna);
      expect((await setStatus(model.id, 'IN_REVIEW')).reason).toBe('INVALID_STATUS_CHANGE');
      expect((await setStatus(model.id, 'DRAFT')).data.status).toBe('DRAFT');
      expect((await setStatus(model.id, 'ARCHIVED')).data.status).toBe('ARCHIVED');
      for (const to of ['RELEASED', 'IN_REVIEW', 'ARCHIVED']) {
        expect({ to, result: await setStatus(model.id, to) }).toMatchObject({
          to,
          result: { __typename: 'ConflictError', reason: 'INVALID_STATUS_CHANGE' },
        });
      }
    });

    it('keeps an archived model as it is until it is restored', async () => {
      const model = await alphaModel();
      expect((await setStatus(model.id, 'ARCHIVED')).data.status).toBe('ARCHIVED');
      const save = await withoutChange(
        SAVE_VERSION,
        { modelId: model.id, baseVersion: 1, xml: linearProcess(['Archiviert?']) },
        p.cookies.anna,
      );
      expect(save.data.saveProcessVersion).toMatchObject({
        __typename: 'ConflictError',
        reason: 'MODEL_ARCHIVED',
      });
      const review = await withoutChange(
        REQUEST_REVIEW,
        { modelId: model.id, reviewerIds: [globalId('User', p.arne.id)] },
        p.cookies.anna,
      );
      expect(review.data.requestReview).toMatchObject({
        __typename: 'ConflictError',
        reason: 'MODEL_ARCHIVED',
      });

      expect((await setStatus(model.id, 'DRAFT')).data.status).toBe('DRAFT');
      const restored = await app.gql(
        SAVE_VERSION,
        { modelId: model.id, baseVersion: 1, xml: linearProcess(['Wieder aktiv']) },
        { cookie: p.cookies.anna },
      );
      expect(restored.data.saveProcessVersion.data.number).toBe(2);
    });
  });
});
