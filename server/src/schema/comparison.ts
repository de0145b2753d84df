import {
  MATCH_REASON_CODES,
  type MatchReason,
  MEDIA,
  type MediaBreak,
  type ProcessFigures,
  STEP_KINDS,
} from '@amtsweg/shared/matching/types';
import { InputValidationError } from '@pothos/plugin-validation';
import { z } from 'zod';
import { compareVersions } from '../comparison/compareVersions.ts';
import { byIdInBatches } from '../comparison/loadById.ts';
import { serviceVariants } from '../comparison/serviceVariants.ts';
import { similarProcesses } from '../comparison/similarProcesses.ts';
import type {
  ComparedStepMatch,
  ProcessStep,
  ServiceVariantMap,
  ServiceVariantModel,
  SimilarProcess,
  VariantOccurrence,
  VariantStep,
  VersionComparison,
} from '../comparison/types.ts';
import { NotFoundError } from '../errors.ts';
import { builder } from './builder.ts';
import { serviceKeySchema } from './processModel/inputs.ts';
import { ProcessModelRef, ProcessVersionRef } from './processModel/types.ts';

// Issue 4: compare similar procedures across cities. The domain logic (visibility, candidate
// preselection, clustering) lives in ../comparison; resolvers only parse and delegate.

const StepKindEnum = builder.enumType('StepKind', { values: STEP_KINDS });

const MatchReasonCodeEnum = builder.enumType('MatchReasonCode', { values: MATCH_REASON_CODES });

const MediumEnum = builder.enumType('Medium', { values: MEDIA });

const ProcessStepRef = builder.objectRef<ProcessStep>('ProcessStep').implement({
  description: 'An activity, event or gateway of a version, identified by its BPMN element id.',
  fields: (t) => ({
    elementId: t.exposeString('elementId'),
    label: t.exposeString('label'),
    kind: t.field({ type: StepKindEnum, resolve: (s) => s.kind }),
    lane: t.exposeString('lane', { nullable: true }),
  }),
});

const MatchReasonRef = builder.objectRef<MatchReason>('MatchReason').implement({
  fields: (t) => ({
    code: t.field({ type: MatchReasonCodeEnum, resolve: (r) => r.code }),
    terms: t.exposeStringList('terms', { description: 'The words (as written) behind it.' }),
  }),
});

const StepMatchRef = builder.objectRef<ComparedStepMatch>('StepMatch').implement({
  fields: (t) => ({
    left: t.field({ type: ProcessStepRef, resolve: (m) => m.left }),
    right: t.field({ type: ProcessStepRef, resolve: (m) => m.right }),
    score: t.exposeFloat('score', { description: 'In [0, 1].' }),
    reason: t.exposeString('reason', { description: 'Short English sentence.' }),
    reasons: t.field({ type: [MatchReasonRef], resolve: (m) => m.reasons }),
  }),
});

const MediaBreakRef = builder.objectRef<MediaBreak>('MediaBreak').implement({
  description: 'Where the case moves between paper/post/phone … and digital handling.',
  fields: (t) => ({
    elementId: t.exposeString('elementId'),
    label: t.exposeString('label'),
    medium: t.field({ type: MediumEnum, resolve: (b) => b.medium }),
  }),
});

const ProcessFiguresRef = builder.objectRef<ProcessFigures>('ProcessFigures').implement({
  fields: (t) => ({
    activities: t.exposeInt('activities'),
    userTasks: t.exposeInt('userTasks'),
    manualTasks: t.exposeInt('manualTasks'),
    serviceTasks: t.exposeInt('serviceTasks'),
    lanes: t.exposeInt('lanes'),
    handOffs: t.exposeInt('handOffs', {
      description: 'Flows between lanes, plus message flows.',
    }),
    gateways: t.exposeInt('gateways'),
    loops: t.exposeInt('loops'),
    mediaBreaks: t.field({ type: [MediaBreakRef], resolve: (f) => f.mediaBreaks }),
  }),
});

// Lists of rows each name a model or version: load them with one query per list, not per row.
const modelById = byIdInBatches('ProcessModel', (ctx, ids, query) =>
  ctx.prisma.processModel.findMany({ ...query, where: { id: { in: ids } } }),
);
const versionById = byIdInBatches('ProcessVersion', (ctx, ids, query) =>
  ctx.prisma.processVersion.findMany({ ...query, where: { id: { in: ids } } }),
);

const ProcessComparisonRef = builder.objectRef<VersionComparison>('ProcessComparison').implement({
  fields: (t) => ({
    left: t.prismaField({
      type: 'ProcessVersion',
      resolve: (query, c, _args, ctx) => versionById(ctx, c.leftVersionId, query),
    }),
    right: t.prismaField({
      type: 'ProcessVersion',
      resolve: (query, c, _args, ctx) => versionById(ctx, c.rightVersionId, query),
    }),
    similarity: t.exposeFloat('similarity', { description: 'In [0, 1].' }),
    matches: t.field({
      type: [StepMatchRef],
      description: 'One-to-one, or one-to-many for a split step (the same step in two matches).',
      resolve: (c) => c.matches,
    }),
    onlyLeft: t.field({ type: [ProcessStepRef], resolve: (c) => c.onlyLeft }),
    onlyRight: t.field({ type: [ProcessStepRef], resolve: (c) => c.onlyRight }),
    leftFigures: t.field({ type: ProcessFiguresRef, resolve: (c) => c.leftFigures }),
    rightFigures: t.field({ type: ProcessFiguresRef, resolve: (c) => c.rightFigures }),
  }),
});

const SimilarProcessRef = builder.objectRef<SimilarProcess>('SimilarProcess').implement({
  fields: (t) => ({
    model: t.prismaField({
      type: 'ProcessModel',
      resolve: (query, s, _args, ctx) => modelById(ctx, s.modelId, query),
    }),
    version: t.prismaField({
      type: 'ProcessVersion',
      description: 'The newest version, the one compared.',
      resolve: (query, s, _args, ctx) => versionById(ctx, s.versionId, query),
    }),
    similarity: t.exposeFloat('similarity', { description: 'In [0, 1].' }),
    sameService: t.exposeBoolean('sameService', {
      description: 'Same service key as the model asked about.',
    }),
    matchedSteps: t.exposeInt('matchedSteps'),
  }),
});

const ServiceVariantModelRef = builder
  .objectRef<ServiceVariantModel>('ServiceVariantModel')
  .implement({
    description: 'A column of the variant map: one model (with its city) and its newest version.',
    fields: (t) => ({
      model: t.prismaField({
        type: 'ProcessModel',
        resolve: (query, m, _args, ctx) => modelById(ctx, m.modelId, query),
      }),
      version: t.prismaField({
        type: 'ProcessVersion',
        resolve: (query, m, _args, ctx) => versionById(ctx, m.versionId, query),
      }),
      outliers: t.field({
        type: [ProcessStepRef],
        description: 'Steps of this model that no other city has.',
        resolve: (m) => m.outliers,
      }),
    }),
  });

const VariantOccurrenceRef = builder.objectRef<VariantOccurrence>('VariantOccurrence').implement({
  fields: (t) => ({
    model: t.prismaField({
      type: 'ProcessModel',
      resolve: (query, o, _args, ctx) => modelById(ctx, o.modelId, query),
    }),
    elementId: t.exposeString('elementId'),
    label: t.exposeString('label'),
  }),
});

const VariantStepRef = builder.objectRef<VariantStep>('VariantStep').implement({
  description: 'A row of the variant map: one step, clustered across models by the matcher.',
  fields: (t) => ({
    label: t.exposeString('label', { description: 'Representative (most common) wording.' }),
    cityCount: t.exposeInt('cityCount', { description: 'In how many distinct cities it occurs.' }),
    occurrences: t.field({
      type: [VariantOccurrenceRef],
      description: 'One per model that has the step.',
      resolve: (s) => s.occurrences,
    }),
  }),
});

const ServiceVariantMapRef = builder.objectRef<ServiceVariantMap>('ServiceVariantMap').implement({
  fields: (t) => ({
    serviceKey: t.exposeString('serviceKey'),
    models: t.field({
      type: [ServiceVariantModelRef],
      description: 'The columns of the heat map.',
      resolve: (m) => m.models,
    }),
    steps: t.field({
      type: [VariantStepRef],
      description: 'The rows, most widespread first.',
      resolve: (m) => m.steps,
    }),
  }),
});

builder.queryField('compareProcesses', (t) =>
  t.field({
    type: ProcessComparisonRef,
    description: 'Step-by-step comparison of two process versions the viewer may see (any cities).',
    errors: { types: [NotFoundError] },
    authScopes: { signedIn: true },
    args: {
      leftVersionId: t.arg.globalID({ required: true, for: ProcessVersionRef }),
      rightVersionId: t.arg.globalID({ required: true, for: ProcessVersionRef }),
    },
    resolve: (_root, args, ctx) =>
      compareVersions(ctx.prisma, ctx.auth, args.leftVersionId.id, args.rightVersionId.id),
  }),
);

builder.queryField('similarProcesses', (t) =>
  t.field({
    type: [SimilarProcessRef],
    description:
      "'Who already did this?': visible models of OTHER cities ranked by similarity to this " +
      "model's newest version; same service key first.",
    errors: { types: [NotFoundError, InputValidationError] },
    authScopes: { signedIn: true },
    args: {
      processModelId: t.arg.globalID({ required: true, for: ProcessModelRef }),
      first: t.arg.int({
        defaultValue: 10,
        validate: z.number().int().min(1, 'Ask for at least 1.').max(50, 'Ask for at most 50.'),
      }),
    },
    resolve: (_root, args, ctx) =>
      similarProcesses(ctx.prisma, ctx.auth, args.processModelId.id, args.first ?? 10),
  }),
);

builder.queryField('serviceVariants', (t) =>
  t.field({
    type: ServiceVariantMapRef,
    description:
      'Which steps (clustered by the matcher) occur in how many cities, over all visible models ' +
      'with this service key.',
    errors: { types: [InputValidationError] },
    authScopes: { signedIn: true },
    args: {
      serviceKey: t.arg.string({ required: true, validate: serviceKeySchema }),
    },
    resolve: (_root, args, ctx) => serviceVariants(ctx.prisma, ctx.auth, args.serviceKey.trim()),
  }),
);
