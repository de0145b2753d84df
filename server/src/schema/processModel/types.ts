import { encodeGlobalID } from '@pothos/plugin-relay';
import { BpmnImportError, BpmnImportErrorReason } from '../../bpmn/errors.ts';
import { Licence, ProcessStatus, Visibility } from '../../generated/prisma/enums.ts';
import {
  canViewModel,
  parentModelSharing,
  sharedPartnershipIds,
  sharingSelection,
} from '../../processModels/visibility.ts';
import { builder } from '../builder.ts';
import { ErrorInterface } from '../errors.ts';

export const VisibilityEnum = builder.enumType(Visibility, { name: 'Visibility' });
export const ProcessStatusEnum = builder.enumType(ProcessStatus, { name: 'ProcessStatus' });
export const LicenceEnum = builder.enumType(Licence, {
  name: 'Licence',
  description: 'dl-de/zero-2.0, dl-de/by-2.0, CC BY 4.0, or internal use only.',
});

interface Finding {
  message: string;
  elementId?: string;
  rule?: string;
  category?: string;
}

const BpmnWarningRef = builder.objectRef<Finding>('BpmnWarning').implement({
  description: 'Something the importer could not interpret (kept, shown to the user).',
  fields: (t) => ({
    message: t.exposeString('message'),
    elementId: t.exposeString('elementId', { nullable: true }),
  }),
});

const LintFindingRef = builder.objectRef<Finding>('LintFinding').implement({
  description: 'A bpmnlint (recommended rules) finding.',
  fields: (t) => ({
    rule: t.string({ resolve: (f) => f.rule ?? '' }),
    message: t.exposeString('message'),
    elementId: t.exposeString('elementId', { nullable: true }),
    category: t.string({ resolve: (f) => f.category ?? 'warn' }),
  }),
});

export const ProcessModelRef = builder.prismaNode('ProcessModel', {
  id: { field: 'id' },
  include: sharingSelection,
  authScopes: (model, ctx) => canViewModel(ctx.auth, model),
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    serviceKey: t.exposeString('serviceKey', {
      nullable: true,
      description: 'Leistungsschlüssel (LeiKa/FIM), 14 digits.',
    }),
    tags: t.exposeStringList('tags'),
    contactName: t.exposeString('contactName'),
    contactEmail: t.exposeString('contactEmail'),
    licence: t.expose('licence', { type: LicenceEnum }),
    visibility: t.expose('visibility', { type: VisibilityEnum }),
    status: t.expose('status', { type: ProcessStatusEnum }),
    metaVersion: t.exposeInt('metaVersion', {
      description: 'Send it back when changing the metadata.',
    }),
    latestVersionNumber: t.exposeInt('latestVersionNumber'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    city: t.relation('city'),
    sharedWith: t.field({
      type: ['ID'],
      description: 'Global ids of the partnerships that see the model when PARTNERS.',
      resolve: (model) =>
        sharedPartnershipIds(model).map((id) => encodeGlobalID('Partnership', id)),
    }),
    latestVersion: t.field({
      type: ProcessVersionRef,
      select: (_args, _ctx, nestedSelection) => ({
        versions: nestedSelection({ take: 1, orderBy: { number: 'desc' } }),
      }),
      // nestedSelection carries the version type's own include (its model's sharing) at run time.
      resolve: (model) => model.versions[0] as unknown as ProcessVersionShape,
    }),
    versions: t.relatedConnection('versions', {
      cursor: 'id',
      totalCount: true,
      query: { orderBy: { number: 'desc' } },
    }),
    viewerCanEdit: t.boolean({
      resolve: (model, _args, ctx) => ctx.auth.can('processModel:edit', { cityId: model.cityId }),
    }),
  }),
});

type ProcessVersionShape = (typeof ProcessVersionRef)['$inferType'];

export const ProcessVersionRef = builder.prismaNode('ProcessVersion', {
  id: { field: 'id' },
  // Select mode: a version row carries the whole BPMN XML and the matching graph (often tens of
  // kilobytes each); lists and version histories must not load them for every row, so each field
  // loads only its own columns (t.expose* select theirs automatically).
  select: { id: true, ...parentModelSharing },
  authScopes: (version, ctx) => canViewModel(ctx.auth, version.model),
  fields: (t) => ({
    number: t.exposeInt('number'),
    message: t.exposeString('message'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    authorName: t.string({
      description: "The author's display name (the account itself may belong to another city).",
      select: { author: { select: { displayName: true } } },
      resolve: (version) => version.author.displayName,
    }),
    xml: t.exposeString('xml', { description: 'The BPMN 2.0 XML of this version.' }),
    activityCount: t.exposeInt('activityCount'),
    eventCount: t.exposeInt('eventCount'),
    gatewayCount: t.exposeInt('gatewayCount'),
    laneCount: t.exposeInt('laneCount'),
    elementCount: t.exposeInt('elementCount'),
    warnings: t.field({
      type: [BpmnWarningRef],
      select: { warnings: true },
      resolve: (version) => version.warnings as unknown as Finding[],
    }),
    lintFindings: t.field({
      type: [LintFindingRef],
      select: { lintFindings: true },
      resolve: (version) => version.lintFindings as unknown as Finding[],
    }),
    processModel: t.relation('model'),
  }),
});

export const BpmnImportErrorReasonEnum = builder.enumType('BpmnImportErrorReason', {
  values: Object.values(BpmnImportErrorReason),
});

builder.objectType(BpmnImportError, {
  name: 'BpmnImportError',
  description: 'The file was not accepted; `reason` says what to fix. Nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    reason: t.field({ type: BpmnImportErrorReasonEnum, resolve: (e) => e.reason }),
    limit: t.int({ nullable: true, resolve: (e) => e.details.limit ?? null }),
    actual: t.int({ nullable: true, resolve: (e) => e.details.actual ?? null }),
    line: t.int({ nullable: true, resolve: (e) => e.details.line ?? null }),
  }),
});
