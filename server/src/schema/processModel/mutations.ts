import { InputValidationError } from '@pothos/plugin-validation';
import { z } from 'zod';
import { BpmnImportError } from '../../bpmn/errors.ts';
import { ConflictError, NotFoundError, ProcessVersionConflictError } from '../../errors.ts';
import { importProcessModel, saveProcessVersion } from '../../processModels/versions.ts';
import { builder } from '../builder.ts';
import { CityRef } from '../city.ts';
import { ErrorInterface } from '../errors.ts';
import { PartnershipRef } from '../partnership.ts';
import { editableModel, partnershipsToShareWith } from './access.ts';
import { metadataSchema, textMetadata } from './inputs.ts';
import { LicenceEnum, ProcessModelRef, ProcessVersionRef, VisibilityEnum } from './types.ts';

builder.mutationField('importProcessModel', (t) =>
  t.field({
    type: ProcessModelRef,
    description:
      'Creates a process model from BPMN 2.0 XML (version 1). Nothing is stored on error.',
    errors: { types: [InputValidationError, BpmnImportError, NotFoundError] },
    authScopes: { signedIn: true },
    args: {
      cityId: t.arg.globalID({ required: true, for: CityRef }),
      xml: t.arg.string({ required: true }),
      title: t.arg.string({ required: true }),
      description: t.arg.string(),
      serviceKey: t.arg.string(),
      tags: t.arg.stringList(),
      contactName: t.arg.string(),
      contactEmail: t.arg.string(),
      licence: t.arg({ type: LicenceEnum }),
      visibility: t.arg({ type: VisibilityEnum }),
      sharedWithPartnershipIds: t.arg.globalIDList({ for: PartnershipRef }),
      message: t.arg.string(),
    },
    validate: z.looseObject({ ...metadataSchema, message: z.string().max(2000).optional() }),
    resolve: async (_root, args, ctx) => {
      const city = await ctx.prisma.city.findUnique({ where: { id: args.cityId.id } });
      if (!city) throw new NotFoundError('City');
      await ctx.auth.assertCan('processModel:edit', { cityId: city.id });
      const visibility = args.visibility ?? 'PRIVATE';
      const sharedWith = await partnershipsToShareWith(
        ctx,
        city.id,
        visibility,
        (args.sharedWithPartnershipIds ?? []).map((g) => g.id),
      );
      return importProcessModel(ctx.prisma, {
        cityId: city.id,
        authorId: ctx.auth.requireUser().id,
        xml: args.xml,
        message: args.message?.trim() || 'Import',
        ...textMetadata(args),
        licence: args.licence ?? 'INTERNAL_USE_ONLY',
        visibility,
        sharedWithPartnershipIds: sharedWith,
      });
    },
  }),
);

builder.objectType(ProcessVersionConflictError, {
  name: 'ProcessVersionConflict',
  description:
    'Someone saved a newer version since yours was based on. Nothing was stored; compare your ' +
    'diagram with `latestVersion` and save again with it as the base.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    currentVersion: t.exposeInt('currentVersion'),
    latestVersion: t.prismaField({
      type: 'ProcessVersion',
      resolve: (query, error, _args, ctx) =>
        ctx.prisma.processVersion.findUniqueOrThrow({
          ...query,
          where: { id: error.latestVersionId },
        }),
    }),
  }),
});

builder.mutationField('saveProcessVersion', (t) =>
  t.field({
    type: ProcessVersionRef,
    description: 'Saves the diagram as a new version on top of `baseVersion`.',
    errors: {
      types: [
        InputValidationError,
        BpmnImportError,
        NotFoundError,
        ProcessVersionConflictError,
        ConflictError,
      ],
    },
    authScopes: { signedIn: true },
    args: {
      modelId: t.arg.globalID({ required: true, for: ProcessModelRef }),
      baseVersion: t.arg.int({ required: true }),
      xml: t.arg.string({ required: true }),
      message: t.arg.string(),
    },
    validate: z.looseObject({
      baseVersion: z.number().int().positive(),
      message: z.string().max(2000).nullish(),
    }),
    resolve: async (_root, args, ctx) => {
      const model = await editableModel(ctx, args.modelId.id);
      return saveProcessVersion(ctx.prisma, {
        modelId: model.id,
        baseVersion: args.baseVersion,
        xml: args.xml,
        message: args.message?.trim() ?? '',
        authorId: ctx.auth.requireUser().id,
      });
    },
  }),
);
