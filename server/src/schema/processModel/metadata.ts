import { InputValidationError } from '@pothos/plugin-validation';
import { z } from 'zod';
import { ConflictError, NotFoundError, VersionConflictError } from '../../errors.ts';
import { changeModelStatus, updateModelMetadata } from '../../processModels/metadata.ts';
import { builder } from '../builder.ts';
import { PartnershipRef } from '../partnership.ts';
import { editableModel, partnershipsToShareWith } from './access.ts';
import { metadataSchema, textMetadata } from './inputs.ts';
import { LicenceEnum, ProcessModelRef, ProcessStatusEnum, VisibilityEnum } from './types.ts';

builder.mutationField('updateProcessModel', (t) =>
  t.field({
    type: ProcessModelRef,
    description: 'Changes the metadata (not the diagram) if nobody changed it since metaVersion.',
    errors: { types: [InputValidationError, NotFoundError, VersionConflictError] },
    authScopes: { signedIn: true },
    args: {
      modelId: t.arg.globalID({ required: true, for: ProcessModelRef }),
      metaVersion: t.arg.int({ required: true }),
      title: t.arg.string({ required: true }),
      description: t.arg.string(),
      serviceKey: t.arg.string(),
      tags: t.arg.stringList(),
      contactName: t.arg.string(),
      contactEmail: t.arg.string(),
      licence: t.arg({ type: LicenceEnum, required: true }),
      visibility: t.arg({ type: VisibilityEnum, required: true }),
      sharedWithPartnershipIds: t.arg.globalIDList({ for: PartnershipRef }),
    },
    validate: z.looseObject({ ...metadataSchema, metaVersion: z.number().int().positive() }),
    resolve: async (_root, args, ctx) => {
      const model = await editableModel(ctx, args.modelId.id);
      return updateModelMetadata(ctx.prisma, {
        modelId: model.id,
        metaVersion: args.metaVersion,
        ...textMetadata(args),
        licence: args.licence,
        visibility: args.visibility,
        sharedWithPartnershipIds: await partnershipsToShareWith(
          ctx,
          model.cityId,
          args.visibility,
          (args.sharedWithPartnershipIds ?? []).map((g) => g.id),
        ),
      });
    },
  }),
);

builder.mutationField('setProcessStatus', (t) =>
  t.field({
    type: ProcessModelRef,
    description:
      'Moves a model through its lifecycle. RELEASED needs an approval of the newest version.',
    errors: { types: [NotFoundError, ConflictError] },
    authScopes: { signedIn: true },
    args: {
      modelId: t.arg.globalID({ required: true, for: ProcessModelRef }),
      status: t.arg({ type: ProcessStatusEnum, required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const model = await editableModel(ctx, args.modelId.id);
      return changeModelStatus(ctx.prisma, model.id, args.status);
    },
  }),
);
