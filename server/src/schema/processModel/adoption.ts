import { encodeGlobalID } from '@pothos/plugin-relay';
import { diffBpmn } from '../../bpmn/index.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import { adoptingCityCounts, adoptProcessModel } from '../../processModels/adoption.ts';
import { canViewModel, parentModelSharing } from '../../processModels/visibility.ts';
import { builder } from '../builder.ts';
import { CityRef } from '../city.ts';
import { visibleModel } from './access.ts';
import { VersionDiffRef } from './diff.ts';
import { requestBatch } from './requestBatch.ts';
import { ProcessModelRef } from './types.ts';

interface AdoptionSource {
  modelId: string;
  versionId: string;
  versionNumber: number;
  title: string | null;
  cityName: string;
}

const AdoptionSourceRef = builder.objectRef<AdoptionSource>('AdoptionSource').implement({
  description: 'Where an adopted copy came from.',
  fields: (t) => ({
    modelId: t.id({ resolve: (s) => encodeGlobalID('ProcessModel', s.modelId) }),
    versionId: t.id({ resolve: (s) => encodeGlobalID('ProcessVersion', s.versionId) }),
    versionNumber: t.exposeInt('versionNumber'),
    title: t.exposeString('title', {
      nullable: true,
      description:
        "The source's current title; null once the viewer may no longer see the source (its " +
        'city made it private, for example).',
    }),
    cityName: t.exposeString('cityName'),
  }),
});

interface Adoption {
  cityName: string;
  copyModelId: string;
  adoptedVersionNumber: number;
  copyVersionNumber: number;
  sourceVersionId: string;
  sourceXml: string;
  copyVersionId: string;
  copyXml: string;
}

const AdoptionRef = builder.objectRef<Adoption>('Adoption').implement({
  description: 'A copy another city made of this model, and how far it has moved away.',
  fields: (t) => ({
    cityName: t.exposeString('cityName'),
    copyModelId: t.id({ resolve: (a) => encodeGlobalID('ProcessModel', a.copyModelId) }),
    adoptedVersionNumber: t.exposeInt('adoptedVersionNumber'),
    copyVersionNumber: t.exposeInt('copyVersionNumber'),
    divergence: t.field({
      type: VersionDiffRef,
      description: "The copy's newest version compared with the source version it was taken from.",
      resolve: async (a) => ({
        ...(await diffBpmn(a.sourceXml, a.copyXml)),
        fromVersionId: a.sourceVersionId,
        toVersionId: a.copyVersionId,
      }),
    }),
  }),
});

// One query for all models of a list, not one per model.
const adoptionCountOf = requestBatch(
  (ctx, modelIds) => adoptingCityCounts(ctx.prisma, modelIds),
  0,
);

builder.prismaObjectFields('ProcessModel', (t) => ({
  adoptedFrom: t.field({
    type: AdoptionSourceRef,
    nullable: true,
    select: {
      adoptedFromVersion: {
        select: {
          id: true,
          number: true,
          model: {
            select: {
              id: true,
              title: true,
              city: { select: { name: true } },
              ...parentModelSharing.model.select,
            },
          },
        },
      },
    },
    resolve: async ({ adoptedFromVersion: v }, _args, ctx) =>
      v && {
        modelId: v.model.id,
        versionId: v.id,
        versionNumber: v.number,
        // The copy stays the adopting city's, but the source may have gone private since.
        title: (await canViewModel(ctx.auth, v.model)) ? v.model.title : null,
        cityName: v.model.city.name,
      },
  }),
  adoptionCount: t.int({
    description: 'How many cities adopted this model.',
    resolve: (model, _args, ctx) => adoptionCountOf(ctx, model.id),
  }),
  adoptions: t.field({
    type: [AdoptionRef],
    description:
      "Copies made by other cities, with their divergence. The owning city's members only.",
    authScopes: (model, _args, ctx) => ctx.auth.can('processModel:view', { cityId: model.cityId }),
    resolve: async (model, _args, ctx) => {
      const copies = await ctx.prisma.processModel.findMany({
        where: { adoptedFromVersion: { modelId: model.id } },
        include: {
          city: { select: { name: true } },
          adoptedFromVersion: { select: { id: true, number: true, xml: true } },
          versions: {
            orderBy: { number: 'desc' },
            take: 1,
            select: { id: true, number: true, xml: true },
          },
        },
        orderBy: { createdAt: 'asc' },
      });
      return copies.map((copy) => ({
        cityName: copy.city.name,
        copyModelId: copy.id,
        adoptedVersionNumber: copy.adoptedFromVersion?.number ?? 0,
        copyVersionNumber: copy.versions[0]?.number ?? 0,
        sourceVersionId: copy.adoptedFromVersion?.id ?? '',
        sourceXml: copy.adoptedFromVersion?.xml ?? '',
        copyVersionId: copy.versions[0]?.id ?? '',
        copyXml: copy.versions[0]?.xml ?? '',
      }));
    },
  }),
}));

builder.mutationField('adoptProcessModel', (t) =>
  t.field({
    type: ProcessModelRef,
    description:
      "Copies the newest version of another city's model into the viewer's city as a private " +
      'draft that remembers its source.',
    errors: { types: [NotFoundError, ConflictError] },
    authScopes: { signedIn: true },
    args: {
      modelId: t.arg.globalID({ required: true, for: ProcessModelRef }),
      cityId: t.arg.globalID({ required: true, for: CityRef }),
    },
    resolve: async (_root, args, ctx) => {
      const source = await visibleModel(ctx, args.modelId.id);
      await ctx.auth.assertCan('processModel:edit', { cityId: args.cityId.id });
      return adoptProcessModel(ctx.prisma, {
        modelId: source.id,
        cityId: args.cityId.id,
        authorId: ctx.auth.requireUser().id,
      });
    },
  }),
);
