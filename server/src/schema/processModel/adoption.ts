import { encodeGlobalID } from '@pothos/plugin-relay';
import { diffBpmn } from '../../bpmn/index.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import { adoptProcessModel } from '../../processModels/adoption.ts';
import { builder } from '../builder.ts';
import { CityRef } from '../city.ts';
import { visibleModel } from './access.ts';
import { VersionDiffRef } from './diff.ts';
import { ProcessModelRef } from './types.ts';

interface AdoptionSource {
  modelId: string;
  versionId: string;
  versionNumber: number;
  title: string;
  cityName: string;
}

const AdoptionSourceRef = builder.objectRef<AdoptionSource>('AdoptionSource').implement({
  description: 'Where an adopted copy came from (as it was named when adopted).',
  fields: (t) => ({
    modelId: t.id({ resolve: (s) => encodeGlobalID('ProcessModel', s.modelId) }),
    versionId: t.id({ resolve: (s) => encodeGlobalID('ProcessVersion', s.versionId) }),
    versionNumber: t.exposeInt('versionNumber'),
    title: t.exposeString('title'),
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

builder.prismaObjectFields('ProcessModel', (t) => ({
  adoptedFrom: t.field({
    type: AdoptionSourceRef,
    nullable: true,
    select: {
      adoptedFromVersion: {
        select: {
          id: true,
          number: true,
          model: { select: { id: true, title: true, city: { select: { name: true } } } },
        },
      },
    },
    resolve: ({ adoptedFromVersion: v }) =>
      v && {
        modelId: v.model.id,
        versionId: v.id,
        versionNumber: v.number,
        title: v.model.title,
        cityName: v.model.city.name,
      },
  }),
  adoptionCount: t.int({
    description: 'How many cities adopted this model.',
    resolve: (model, _args, ctx) =>
      ctx.prisma.processModel.count({ where: { adoptedFromVersion: { modelId: model.id } } }),
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
