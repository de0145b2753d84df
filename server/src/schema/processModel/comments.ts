import { InputValidationError } from '@pothos/plugin-validation';
import { z } from 'zod';
import { ConflictError, NotFoundError } from '../../errors.ts';
import { addComment, resolveComment } from '../../processModels/comments.ts';
import { mentionedEmails } from '../../processModels/mentions.ts';
import { canViewModel, parentModelSharing } from '../../processModels/visibility.ts';
import { builder } from '../builder.ts';
import { usersWhoCanSee, visibleModel } from './access.ts';
import { ProcessModelRef, ProcessVersionRef } from './types.ts';

const CommentRef = builder.prismaNode('Comment', {
  id: { field: 'id' },
  include: parentModelSharing,
  authScopes: (comment, ctx) => canViewModel(ctx.auth, comment.model),
  fields: (t) => ({
    body: t.exposeString('body'),
    elementId: t.exposeString('elementId', {
      nullable: true,
      description: 'The diagram element the comment is anchored to.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    authorName: t.string({
      select: { author: { select: { displayName: true } } },
      resolve: (c) => c.author.displayName,
    }),
    versionNumber: t.int({
      nullable: true,
      select: { version: { select: { number: true } } },
      resolve: (c) => c.version?.number ?? null,
    }),
    resolved: t.boolean({ resolve: (c) => c.resolvedAt !== null }),
    resolvedAt: t.expose('resolvedAt', { type: 'DateTime', nullable: true }),
    replies: t.relation('replies', { query: { orderBy: { createdAt: 'asc' } } }),
  }),
});

builder.prismaObjectField('ProcessModel', 'comments', (t) =>
  t.relation('comments', {
    description: 'Threads (top-level comments, oldest first) with their replies.',
    query: { where: { parentId: null }, orderBy: { createdAt: 'asc' } },
  }),
);

builder.mutationField('addComment', (t) =>
  t.field({
    type: CommentRef,
    description:
      'Comments on a model (optionally on one diagram element, or as a reply). `@e-mail` ' +
      'mentions notify users who may see the model.',
    errors: { types: [InputValidationError, NotFoundError, ConflictError] },
    authScopes: { signedIn: true },
    args: {
      modelId: t.arg.globalID({ required: true, for: ProcessModelRef }),
      body: t.arg.string({ required: true }),
      elementId: t.arg.string(),
      versionId: t.arg.globalID({ for: ProcessVersionRef }),
      parentId: t.arg.globalID({ for: CommentRef }),
    },
    validate: z.looseObject({
      body: z.string().trim().min(1, 'Write a comment.').max(10_000),
      elementId: z.string().max(255).nullish(),
    }),
    resolve: async (_root, args, ctx) => {
      const model = await visibleModel(ctx, args.modelId.id);
      const author = ctx.auth.requireUser();
      if (args.versionId) {
        const version = await ctx.prisma.processVersion.findUnique({
          where: { id: args.versionId.id },
        });
        if (!version || version.modelId !== model.id) throw new NotFoundError('ProcessVersion');
      }
      const emails = mentionedEmails(args.body);
      const parent = args.parentId
        ? await ctx.prisma.comment.findUnique({
            where: { id: args.parentId.id },
            select: { authorId: true },
          })
        : null;
      // Only people who may see the model hear of it: the mentioned, and the thread's author.
      const candidates = await ctx.prisma.user.findMany({
        where: {
          OR: [{ email: { in: emails } }, { id: { in: parent ? [parent.authorId] : [] } }],
        },
      });
      const mayBeNotified = await usersWhoCanSee(ctx, model, candidates);
      return addComment(ctx.prisma, {
        modelId: model.id,
        modelTitle: model.title,
        authorId: author.id,
        authorName: author.displayName,
        body: args.body.trim(),
        elementId: args.elementId ?? null,
        versionId: args.versionId?.id ?? null,
        parentId: args.parentId?.id ?? null,
        mentionedUserIds: mayBeNotified
          .filter((u) => emails.includes(u.email.toLowerCase()))
          .map((u) => u.id),
        threadAuthorMaySee: mayBeNotified.some((u) => u.id === parent?.authorId),
      });
    },
  }),
);

builder.mutationField('resolveComment', (t) =>
  t.field({
    type: CommentRef,
    description: 'Marks a thread as resolved: its author or the model’s process owners.',
    errors: { types: [NotFoundError, ConflictError] },
    authScopes: { signedIn: true },
    args: { commentId: t.arg.globalID({ required: true, for: CommentRef }) },
    resolve: async (_root, args, ctx) => {
      const comment = await ctx.prisma.comment.findUnique({ where: { id: args.commentId.id } });
      if (!comment) throw new NotFoundError('Comment');
      // A comment on a model the caller may not see answers like one that does not exist.
      const model = await visibleModel(ctx, comment.modelId).catch((error: unknown) => {
        throw error instanceof NotFoundError ? new NotFoundError('Comment') : error;
      });
      const user = ctx.auth.requireUser();
      if (comment.authorId !== user.id) {
        await ctx.auth.assertCan('processModel:edit', { cityId: model.cityId });
      }
      return resolveComment(ctx.prisma, comment.id, user.id);
    },
  }),
);
