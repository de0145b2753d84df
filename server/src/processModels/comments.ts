import { ConflictError, NotFoundError } from '../errors.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { notify } from '../notifications/notify.ts';
import { parentModelSharing } from './visibility.ts';

export interface NewComment {
  modelId: string;
  authorId: string;
  authorName: string;
  modelTitle: string;
  body: string;
  elementId: string | null;
  versionId: string | null;
  parentId: string | null;
  /** Mentioned users who may see the model (the caller checked). */
  mentionedUserIds: string[];
  /**
   * Whether the author of the thread replied to may still see the model (the caller checked):
   * a model made private since must not announce itself, or its new title, to them.
   */
  threadAuthorMaySee: boolean;
}

/** Adds a comment or reply and notifies the mentioned users and the author of the thread. */
export async function addComment(prisma: PrismaClient, input: NewComment) {
  return prisma.$transaction(async (tx) => {
    let parentAuthorId: string | null = null;
    if (input.parentId) {
      const parent = await tx.comment.findUnique({ where: { id: input.parentId } });
      if (!parent || parent.modelId !== input.modelId) throw new NotFoundError('Comment');
      if (parent.parentId) {
        throw new ConflictError('INVALID_STATUS_CHANGE', 'Reply to the thread, not to a reply.');
      }
      parentAuthorId = parent.authorId;
    }
    const comment = await tx.comment.create({
      data: {
        modelId: input.modelId,
        authorId: input.authorId,
        body: input.body,
        elementId: input.elementId,
        versionId: input.versionId,
        parentId: input.parentId,
      },
      include: parentModelSharing,
    });
    const mentioned = input.mentionedUserIds.filter((id) => id !== input.authorId);
    const replyTo =
      parentAuthorId &&
      input.threadAuthorMaySee &&
      parentAuthorId !== input.authorId &&
      !mentioned.includes(parentAuthorId)
        ? [parentAuthorId]
        : [];
    await notify(tx, [
      ...mentioned.map((userId) => ({
        userId,
        kind: 'MENTION' as const,
        modelId: input.modelId,
        commentId: comment.id,
        actorName: input.authorName,
        modelTitle: input.modelTitle,
      })),
      ...replyTo.map((userId) => ({
        userId,
        kind: 'COMMENT_REPLY' as const,
        modelId: input.modelId,
        commentId: comment.id,
        actorName: input.authorName,
        modelTitle: input.modelTitle,
      })),
    ]);
    return comment;
  });
}

export async function resolveComment(prisma: PrismaClient, commentId: string, userId: string) {
  const { count } = await prisma.comment.updateMany({
    where: { id: commentId, parentId: null, resolvedAt: null },
    data: { resolvedAt: new Date(), resolvedById: userId },
  });
  if (count === 0) {
    const comment = await prisma.comment.findUnique({ where: { id: commentId } });
    if (!comment) throw new NotFoundError('Comment');
    throw new ConflictError('INVALID_STATUS_CHANGE', 'Only an open thread can be resolved.');
  }
  return prisma.comment.findUniqueOrThrow({
    where: { id: commentId },
    include: parentModelSharing,
  });
}
