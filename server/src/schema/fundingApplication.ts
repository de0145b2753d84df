import { daysUntilDeadline } from '@amtsweg/shared/funding';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { InputValidationError } from '@pothos/plugin-validation';
import { ConflictError, NotFoundError, VersionConflictError } from '../errors.ts';
import {
  canManage,
  editableCityIds,
  visibleApplicationsWhere,
} from '../funding/applicationAccess.ts';
import {
  createFundingApplication,
  inviteApplicationPartner,
  newApplicationSchema,
  respondToApplicationInvite,
  updateApplicationSchema,
  updateFundingApplication,
} from '../funding/applications.ts';
import { berlinToday } from '../funding/berlinDate.ts';
import { setBudgetLines, setBudgetLinesSchema } from '../funding/budgetLines.ts';
import {
  applicationDeadlines,
  createCalendarFeed,
  revokeCalendarFeed,
} from '../funding/calendar.ts';
import { checklistOf } from '../funding/checklist.ts';
import {
  markDocumentNotApplicable,
  notApplicableSchema,
  uploadApplicationDocument,
  uploadDocumentSchema,
} from '../funding/documents.ts';
import { buildStatement, statementInclude } from '../funding/statement.ts';
import { statementFromJson } from '../funding/statementJson.ts';
import {
  allowedTransitions,
  transitionFundingApplication,
  transitionSchema,
} from '../funding/workflow.ts';
import type { City } from '../generated/prisma/client.ts';
import { ApplicationPartnerStatus, FundingApplicationStatus } from '../generated/prisma/enums.ts';
import { canViewModel, type ModelSharing } from '../processModels/visibility.ts';
import { builder } from './builder.ts';
import { CityRef } from './city.ts';
import { FundingCostCategoryEnum } from './funding.ts';
import { ApplicationDocumentStateEnum, FundingStatementRef } from './fundingStatement.ts';
import { rawId } from './globalIds.ts';
import { ProcessModelRef } from './processModel/types.ts';

export const FundingApplicationStatusEnum = builder.enumType(FundingApplicationStatus, {
  name: 'FundingApplicationStatus',
});
const PartnerStatusEnum = builder.enumType(ApplicationPartnerStatus, {
  name: 'ApplicationPartnerStatus',
});

const applicationErrors = [InputValidationError, NotFoundError, ConflictError];

const BudgetLineRef = builder.prismaObject('BudgetLine', {
  fields: (t) => ({
    id: t.exposeID('id'),
    position: t.exposeInt('position'),
    category: t.expose('category', { type: FundingCostCategoryEnum }),
    description: t.exposeString('description'),
    amount: t.expose('amountCents', { type: 'Cents' }),
    eligible: t.exposeBoolean('eligible'),
  }),
});

const PartnerRef = builder.prismaObject('FundingApplicationPartner', {
  name: 'ApplicationPartner',
  // The city's name orders the partner list; loading it with every partner costs no query.
  include: { city: true },
  fields: (t) => ({
    city: t.relation('city'),
    status: t.expose('status', { type: PartnerStatusEnum }),
    isLead: t.boolean({
      select: { application: { select: { leadCityId: true } } },
      resolve: (p) => p.cityId === p.application.leadCityId,
    }),
    budgetVersion: t.exposeInt('budgetVersion', {
      description: 'Send it as expectedBudgetVersion to setBudgetLines.',
    }),
    lines: t.relation('lines', { type: BudgetLineRef, query: { orderBy: { position: 'asc' } } }),
    invitedAt: t.expose('invitedAt', { type: 'DateTime' }),
    respondedAt: t.expose('respondedAt', { type: 'DateTime', nullable: true }),
  }),
});

const DocumentRef = builder.prismaObject('ApplicationDocument', {
  fields: (t) => ({
    id: t.exposeID('id'),
    fileName: t.exposeString('fileName', { nullable: true }),
    mediaType: t.exposeString('mediaType', { nullable: true }),
    sizeBytes: t.exposeInt('sizeBytes', { nullable: true }),
    sha256: t.exposeString('sha256', { nullable: true }),
    notApplicableReason: t.exposeString('notApplicableReason', { nullable: true }),
    updatedByName: t.exposeString('updatedByName'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    downloadUrl: t.string({
      nullable: true,
      description: 'Same-origin download (session cookie) while a file is uploaded.',
      resolve: (d) => (d.state === 'UPLOADED' ? `/files/application-documents/${d.id}` : null),
    }),
  }),
});

interface ChecklistItemShape {
  requirement: string;
  isLetterOfIntent: boolean;
  city: { id: string; name: string; slug: string };
  document: Parameters<typeof checklistOf>[0]['documents'][number] | null;
}

const ChecklistItemRef = builder.objectRef<ChecklistItemShape>('ChecklistItem').implement({
  fields: (t) => ({
    requirement: t.exposeString('requirement', {
      description: "The programme's document name; empty for a letter of intent.",
    }),
    isLetterOfIntent: t.exposeBoolean('isLetterOfIntent'),
    city: t.field({
      type: CityRef,
      description: 'Who provides it: the lead city, or the partner for its letter of intent.',
      resolve: (i) => i.city as never,
    }),
    state: t.field({
      type: ApplicationDocumentStateEnum,
      resolve: (i) => i.document?.state ?? 'MISSING',
    }),
    document: t.field({ type: DocumentRef, nullable: true, resolve: (i) => i.document }),
  }),
});

const TransitionRef = builder.prismaObject('ApplicationTransition', {
  fields: (t) => ({
    from: t.expose('fromStatus', { type: FundingApplicationStatusEnum }),
    to: t.expose('toStatus', { type: FundingApplicationStatusEnum }),
    actorName: t.exposeString('actorName'),
    comment: t.exposeString('comment'),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

const SnapshotRef = builder.prismaNode('ApplicationSnapshot', {
  id: { field: 'id' },
  authScopes: (s, ctx) => ctx.auth.canViewFundingApplication(s.applicationId),
  fields: (t) => ({
    rawId: t.exposeString('id', {
      description: 'The row id, as used in export URLs (?snapshot=).',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    submittedByName: t.string({
      select: { transition: { select: { actorName: true } } },
      resolve: (s) => s.transition.actorName,
    }),
    statement: t.field({
      type: FundingStatementRef,
      description: 'Exactly what was submitted; later edits do not change it.',
      select: { content: true },
      resolve: (s) => statementFromJson(s.content),
    }),
  }),
});

export const FundingApplicationRef = builder.prismaNode('FundingApplication', {
  id: { field: 'id' },
  authScopes: (a, ctx) => ctx.auth.canViewFundingApplication(a.id),
  fields: (t) => ({
    rawId: t.exposeString('id', { description: 'The row id, as used in export and file URLs.' }),
    programme: t.relation('programme'),
    title: t.exposeString('title'),
    summary: t.exposeString('summary'),
    status: t.expose('status', { type: FundingApplicationStatusEnum }),
    version: t.exposeInt('version', { description: 'Send it as expectedVersion to update.' }),
    leadCity: t.relation('leadCity'),
    partners: t.field({
      type: [PartnerRef],
      description: 'The lead first, then by city name; declined ones included.',
      select: (_args, _ctx, nestedSelection) => ({
        leadCityId: true,
        partners: nestedSelection(),
      }),
      // nestedSelection carries the partner type's own include (city), which its type omits.
      resolve: (application) =>
        [
          ...(application.partners as ((typeof application.partners)[number] & { city: City })[]),
        ].sort(
          (a, b) =>
            Number(b.cityId === application.leadCityId) -
              Number(a.cityId === application.leadCityId) ||
            a.city.name.localeCompare(b.city.name, 'de'),
        ),
    }),
    processModels: t.field({
      type: [ProcessModelRef],
      description: 'Linked process models the viewer may see, by title.',
      select: (_args, _ctx, nestedSelection) => ({
        processModels: { select: { model: nestedSelection() } },
      }),
      resolve: async (application, _args, ctx) => {
        // nestedSelection carries the model type's own include (sharing), which its type omits.
        const models = application.processModels.map(
          (link) => link.model as typeof link.model & ModelSharing,
        );
        const visible = await Promise.all(models.map((model) => canViewModel(ctx.auth, model)));
        return models
          .filter((_model, index) => visible[index])
          .sort((a, b) => a.title.localeCompare(b.title, 'de'));
      },
    }),
    statement: t.field({
      type: FundingStatementRef,
      description: 'Figures computed now (today in Europe/Berlin).',
      select: statementInclude,
      resolve: (application) => buildStatement(application, berlinToday()),
    }),
    checklist: t.field({
      type: [ChecklistItemRef],
      select: {
        leadCityId: true,
        programme: { select: { requiredDocuments: true } },
        partners: { select: { cityId: true, status: true, city: true } },
        documents: true,
      },
      resolve: (application) => {
        const cities = new Map(application.partners.map((p) => [p.cityId, p.city]));
        return checklistOf(application).map((entry) => ({
          ...entry,
          city: cities.get(entry.cityId) as ChecklistItemShape['city'],
        }));
      },
    }),
    transitions: t.relation('transitions', {
      type: TransitionRef,
      query: { orderBy: { at: 'asc' } },
    }),
    snapshots: t.relation('snapshots', {
      type: SnapshotRef,
      query: { orderBy: { createdAt: 'desc' } },
    }),
    allowedTransitions: t.field({
      type: [FundingApplicationStatusEnum],
      description: 'Statuses the viewer may move the application to now.',
      select: { leadCityId: true, status: true },
      resolve: (application, _args, ctx) => allowedTransitions(ctx.auth, application),
    }),
    viewerCanManage: t.boolean({
      description:
        "The lead city's funding officers invite partners, edit texts, run the workflow.",
      select: { leadCityId: true },
      resolve: (application, _args, ctx) => canManage(ctx.auth, application),
    }),
    viewerCanEditBudgetOf: t.idList({
      description: 'Cities whose budget lines and documents the viewer may edit.',
      select: { status: true, partners: { select: { cityId: true, status: true } } },
      resolve: async (application, _args, ctx) =>
        (await editableCityIds(ctx.auth, application)).map((id) => encodeGlobalID('City', id)),
    }),
    viewerPendingInvitationCityIds: t.idList({
      description: 'Invited cities for which the viewer may accept or decline.',
      select: { partners: { select: { cityId: true, status: true } } },
      resolve: async (application, _args, ctx) => {
        const allowed = await ctx.auth.cityIdsWith('fundingApplication:respond');
        return application.partners
          .filter((p) => p.status === 'INVITED')
          .filter((p) => allowed === 'all' || allowed.includes(p.cityId))
          .map((p) => encodeGlobalID('City', p.cityId));
      },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.queryField('fundingApplications', (t) =>
  t.prismaField({
    type: [FundingApplicationRef],
    description:
      "Applications in which one of the viewer's cities leads, takes part or is invited; last changed first.",
    authScopes: { signedIn: true },
    resolve: async (query, _root, _args, ctx) =>
      ctx.prisma.fundingApplication.findMany({
        ...query,
        where: await visibleApplicationsWhere(ctx.auth),
        orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      }),
  }),
);

builder.queryField('fundingApplication', (t) =>
  t.prismaField({
    type: FundingApplicationRef,
    nullable: true,
    description: 'An application the viewer may see, else null.',
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      let id: string;
      try {
        id = rawId('FundingApplication', String(args.id));
      } catch {
        // A malformed id finds nothing; the query still runs so Pothos sees its selection used.
        id = '00000000-0000-0000-0000-000000000000';
      }
      return ctx.prisma.fundingApplication.findFirst({
        ...query,
        where: { AND: [{ id }, await visibleApplicationsWhere(ctx.auth)] },
      });
    },
  }),
);

interface DeadlineShape {
  applicationId: string;
  deadline: Date;
  daysLeft: number;
}

const DeadlineRef = builder.objectRef<DeadlineShape>('FundingDeadline').implement({
  fields: (t) => ({
    application: t.prismaField({
      type: FundingApplicationRef,
      resolve: (query, d, _args, ctx) =>
        ctx.prisma.fundingApplication.findUniqueOrThrow({
          ...query,
          where: { id: d.applicationId },
        }),
    }),
    deadline: t.expose('deadline', { type: 'Date' }),
    daysLeft: t.exposeInt('daysLeft', { description: 'Negative once the deadline has passed.' }),
  }),
});

builder.queryField('fundingDeadlines', (t) =>
  t.field({
    type: [DeadlineRef],
    description:
      "Submission deadlines of the viewer's applications still being prepared, soonest first.",
    authScopes: { signedIn: true },
    resolve: async (_root, _args, ctx) => {
      const today = berlinToday();
      return (await applicationDeadlines(ctx.prisma, ctx.auth)).map(
        ({ application, deadline }) => ({
          applicationId: application.id,
          deadline,
          daysLeft: daysUntilDeadline(deadline, today),
        }),
      );
    },
  }),
);

interface CalendarFeedShape {
  active: boolean;
  createdUrl: string | null;
}

const CalendarFeedRef = builder.objectRef<CalendarFeedShape>('CalendarFeed').implement({
  fields: (t) => ({
    active: t.exposeBoolean('active'),
    createdUrl: t.exposeString('createdUrl', {
      nullable: true,
      description: 'The secret feed URL, only right after creating it (it is stored hashed).',
    }),
  }),
});

builder.queryField('calendarFeed', (t) =>
  t.field({
    type: CalendarFeedRef,
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) => ({
      active: ctx.auth.requireUser().calendarTokenHash !== null,
      createdUrl: null,
    }),
  }),
);

builder.mutationField('createCalendarFeed', (t) =>
  t.field({
    type: CalendarFeedRef,
    description: 'A new secret iCalendar URL for your deadlines; the previous one stops working.',
    authScopes: { signedIn: true },
    resolve: async (_root, _args, ctx) => ({
      active: true,
      createdUrl: await createCalendarFeed(
        ctx.prisma,
        ctx.auth.requireUser().id,
        ctx.config.publicUrl,
      ),
    }),
  }),
);

builder.mutationField('revokeCalendarFeed', (t) =>
  t.field({
    type: CalendarFeedRef,
    authScopes: { signedIn: true },
    resolve: async (_root, _args, ctx) => {
      await revokeCalendarFeed(ctx.prisma, ctx.auth.requireUser().id);
      return { active: false, createdUrl: null };
    },
  }),
);

const actorOf = (ctx: { auth: { requireUser(): { id: string; displayName: string } } }) => {
  const user = ctx.auth.requireUser();
  return { id: user.id, displayName: user.displayName };
};

const CreateInput = builder.inputType('CreateFundingApplicationInput', {
  fields: (t) => ({
    programmeId: t.id({ required: true }),
    title: t.string({ required: true }),
    summary: t.string(),
    leadCityId: t.id({ required: true }),
    partnerCityIds: t.idList(),
    processModelIds: t.idList(),
  }),
});

builder.mutationField('createFundingApplication', (t) =>
  t.field({
    type: FundingApplicationRef,
    description:
      'A funding officer starts a joint application for one of their cities; invited partners must accept.',
    errors: { types: applicationErrors },
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: CreateInput, required: true, validate: newApplicationSchema }) },
    resolve: async (_root, { input }, ctx) =>
      createFundingApplication(ctx.prisma, ctx.auth, actorOf(ctx), {
        programmeId: rawId('FundingProgramme', String(input.programmeId)),
        title: input.title,
        summary: input.summary,
        leadCityId: rawId('City', String(input.leadCityId)),
        partnerCityIds: (input.partnerCityIds ?? []).map((id) => rawId('City', String(id))),
        processModelIds: (input.processModelIds ?? []).map((id) =>
          rawId('ProcessModel', String(id)),
        ),
      }),
  }),
);

const UpdateInput = builder.inputType('UpdateFundingApplicationInput', {
  fields: (t) => ({
    applicationId: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    title: t.string({ required: true }),
    summary: t.string({ required: true }),
    processModelIds: t.idList({ required: true }),
  }),
});

builder.mutationField('updateFundingApplication', (t) =>
  t.field({
    type: FundingApplicationRef,
    errors: { types: [...applicationErrors, VersionConflictError] },
    authScopes: { signedIn: true },
    args: {
      input: t.arg({ type: UpdateInput, required: true, validate: updateApplicationSchema }),
    },
    resolve: async (_root, { input }, ctx) =>
      updateFundingApplication(ctx.prisma, ctx.auth, {
        applicationId: rawId('FundingApplication', String(input.applicationId)),
        expectedVersion: input.expectedVersion,
        title: input.title,
        summary: input.summary,
        processModelIds: input.processModelIds.map((id) => rawId('ProcessModel', String(id))),
      }),
  }),
);

builder.mutationField('inviteApplicationPartner', (t) =>
  t.field({
    type: FundingApplicationRef,
    errors: { types: [NotFoundError, ConflictError] },
    authScopes: { signedIn: true },
    args: { applicationId: t.arg.id({ required: true }), cityId: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) =>
      inviteApplicationPartner(
        ctx.prisma,
        ctx.auth,
        actorOf(ctx),
        rawId('FundingApplication', String(args.applicationId)),
        rawId('City', String(args.cityId)),
      ),
  }),
);

builder.mutationField('respondToApplicationInvite', (t) =>
  t.field({
    type: FundingApplicationRef,
    errors: { types: [NotFoundError, ConflictError] },
    authScopes: { signedIn: true },
    args: {
      applicationId: t.arg.id({ required: true }),
      cityId: t.arg.id({ required: true }),
      accept: t.arg.boolean({ required: true }),
    },
    resolve: async (_root, args, ctx) =>
      respondToApplicationInvite(
        ctx.prisma,
        ctx.auth,
        actorOf(ctx),
        rawId('FundingApplication', String(args.applicationId)),
        rawId('City', String(args.cityId)),
        args.accept,
      ),
  }),
);

const BudgetLineInput = builder.inputType('BudgetLineInput', {
  fields: (t) => ({
    category: t.field({ type: FundingCostCategoryEnum, required: true }),
    description: t.string({ required: true }),
    amount: t.field({ type: 'Cents', required: true }),
    eligible: t.boolean({ required: true }),
  }),
});

const SetBudgetLinesInput = builder.inputType('SetBudgetLinesInput', {
  fields: (t) => ({
    applicationId: t.id({ required: true }),
    cityId: t.id({ required: true }),
    expectedBudgetVersion: t.int({ required: true }),
    lines: t.field({ type: [BudgetLineInput], required: true }),
  }),
});

builder.mutationField('setBudgetLines', (t) =>
  t.field({
    type: FundingApplicationRef,
    description: "Replaces one partner city's budget lines; only that city's funding officers.",
    errors: { types: [...applicationErrors, VersionConflictError] },
    authScopes: { signedIn: true },
    args: {
      input: t.arg({ type: SetBudgetLinesInput, required: true, validate: setBudgetLinesSchema }),
    },
    resolve: async (_root, { input }, ctx) =>
      setBudgetLines(ctx.prisma, ctx.auth, {
        ...input,
        applicationId: rawId('FundingApplication', String(input.applicationId)),
        cityId: rawId('City', String(input.cityId)),
      }),
  }),
);

const TransitionInput = builder.inputType('TransitionFundingApplicationInput', {
  fields: (t) => ({
    applicationId: t.id({ required: true }),
    from: t.field({ type: FundingApplicationStatusEnum, required: true }),
    to: t.field({ type: FundingApplicationStatusEnum, required: true }),
    comment: t.string(),
  }),
});

builder.mutationField('transitionFundingApplication', (t) =>
  t.field({
    type: FundingApplicationRef,
    description:
      'Moves the application one workflow step (lead city funding officers). SUBMITTED freezes a snapshot.',
    errors: { types: applicationErrors },
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: TransitionInput, required: true, validate: transitionSchema }) },
    resolve: async (_root, { input }, ctx) =>
      transitionFundingApplication(ctx.prisma, ctx.auth, actorOf(ctx), {
        ...input,
        applicationId: rawId('FundingApplication', String(input.applicationId)),
      }),
  }),
);

const UploadInput = builder.inputType('UploadApplicationDocumentInput', {
  fields: (t) => ({
    applicationId: t.id({ required: true }),
    cityId: t.id({ required: true }),
    requirement: t.string({
      required: true,
      description: "The programme's document name; empty for the city's letter of intent.",
    }),
    file: t.field({ type: 'File', required: true }),
  }),
});

builder.mutationField('uploadApplicationDocument', (t) =>
  t.field({
    type: FundingApplicationRef,
    description:
      'Uploads a checklist document (PDF, DOCX, XLSX, ODT, ODS, PNG, JPG; at most 20 MB; type checked by content).',
    errors: { types: applicationErrors },
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: UploadInput, required: true, validate: uploadDocumentSchema }) },
    resolve: async (_root, { input }, ctx) =>
      uploadApplicationDocument(ctx.prisma, ctx.auth, actorOf(ctx), ctx.config.dataDir, {
        ...input,
        applicationId: rawId('FundingApplication', String(input.applicationId)),
        cityId: rawId('City', String(input.cityId)),
      }),
  }),
);

const NotApplicableInput = builder.inputType('MarkDocumentNotApplicableInput', {
  fields: (t) => ({
    applicationId: t.id({ required: true }),
    cityId: t.id({ required: true }),
    requirement: t.string({ required: true }),
    reason: t.string({ required: true }),
  }),
});

builder.mutationField('markDocumentNotApplicable', (t) =>
  t.field({
    type: FundingApplicationRef,
    errors: { types: applicationErrors },
    authScopes: { signedIn: true },
    args: {
      input: t.arg({ type: NotApplicableInput, required: true, validate: notApplicableSchema }),
    },
    resolve: async (_root, { input }, ctx) =>
      markDocumentNotApplicable(ctx.prisma, ctx.auth, actorOf(ctx), {
        ...input,
        applicationId: rawId('FundingApplication', String(input.applicationId)),
        cityId: rawId('City', String(input.cityId)),
      }),
  }),
);
