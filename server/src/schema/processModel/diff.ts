import type { AttributeChange, BpmnDiff, ChangedElement, DiffElement } from '../../bpmn/index.ts';
import { diffBpmn } from '../../bpmn/index.ts';
import { NotFoundError } from '../../errors.ts';
import { canViewModel, parentModelSharing } from '../../processModels/visibility.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { ProcessVersionRef } from './types.ts';

const DiffElementRef = builder.objectRef<DiffElement>('DiffElement').implement({
  fields: (t) => ({
    elementId: t.exposeString('elementId'),
    type: t.exposeString('type', { description: 'BPMN type, e.g. bpmn:UserTask.' }),
    name: t.exposeString('name', { nullable: true }),
  }),
});

const AttributeChangeRef = builder.objectRef<AttributeChange>('AttributeChange').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    oldValue: t.exposeString('oldValue', { nullable: true }),
    newValue: t.exposeString('newValue', { nullable: true }),
  }),
});

const ChangedElementRef = builder.objectRef<ChangedElement>('ChangedElement').implement({
  fields: (t) => ({
    elementId: t.exposeString('elementId'),
    type: t.exposeString('type'),
    name: t.exposeString('name', { nullable: true }),
    attributes: t.field({ type: [AttributeChangeRef], resolve: (c) => c.attributes }),
  }),
});

interface VersionDiff extends BpmnDiff {
  fromVersionId: string;
  toVersionId: string;
}

export const VersionDiffRef = builder.objectRef<VersionDiff>('ProcessVersionDiff').implement({
  description: 'What changed from one version to another: elements matched by id.',
  fields: (t) => ({
    from: t.prismaField({
      type: 'ProcessVersion',
      resolve: (query, d, _args, ctx) =>
        ctx.prisma.processVersion.findUniqueOrThrow({ ...query, where: { id: d.fromVersionId } }),
    }),
    to: t.prismaField({
      type: 'ProcessVersion',
      resolve: (query, d, _args, ctx) =>
        ctx.prisma.processVersion.findUniqueOrThrow({ ...query, where: { id: d.toVersionId } }),
    }),
    added: t.field({ type: [DiffElementRef], resolve: (d) => d.added }),
    removed: t.field({ type: [DiffElementRef], resolve: (d) => d.removed }),
    changed: t.field({ type: [ChangedElementRef], resolve: (d) => d.changed }),
    moved: t.field({ type: [DiffElementRef], resolve: (d) => d.moved }),
  }),
});

/** A version the viewer may see; invisible ones do not exist for them. */
export async function visibleVersion(ctx: Context, versionId: string) {
  const version = await ctx.prisma.processVersion.findUnique({
    where: { id: versionId },
    include: parentModelSharing,
  });
  if (!version || !(await canViewModel(ctx.auth, version.model))) {
    throw new NotFoundError('ProcessVersion');
  }
  return version;
}

builder.queryField('processVersionDiff', (t) =>
  t.field({
    type: VersionDiffRef,
    description:
      'Semantic diff between two versions: of one model, or of an adopted copy and its source.',
    errors: { types: [NotFoundError] },
    authScopes: { signedIn: true },
    args: {
      fromVersionId: t.arg.globalID({ required: true, for: ProcessVersionRef }),
      toVersionId: t.arg.globalID({ required: true, for: ProcessVersionRef }),
    },
    resolve: async (_root, args, ctx) => {
      const [from, to] = await Promise.all([
        visibleVersion(ctx, args.fromVersionId.id),
        visibleVersion(ctx, args.toVersionId.id),
      ]);
      return { ...(await diffBpmn(from.xml, to.xml)), fromVersionId: from.id, toVersionId: to.id };
    },
  }),
);
