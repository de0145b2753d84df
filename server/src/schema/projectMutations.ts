import { InputValidationError } from '@pothos/plugin-validation';
import { ConflictError, NotFoundError, VersionConflictError } from '../errors.ts';
import type { ProjectEventKind, ProjectEventMessage } from '../events/projectEvents.ts';
import { projectSharingSelection } from '../projects/access.ts';
import {
  addMilestoneSchema,
  assignTaskSchema,
  commentSchema,
  createProjectSchema,
  topicSchema,
  updateProjectSchema,
  updateStatusSchema,
} from '../projects/inputs.ts';
import { addMilestone, setMilestoneDone } from '../projects/milestones.ts';
import {
  addProjectComment,
  createProject,
  updateProject,
  updateProjectStatus,
} from '../projects/projects.ts';
import { assignTask, setTaskState } from '../projects/tasks.ts';
import { builder } from './builder.ts';
import type { Context } from './context.ts';
import { rawId } from './globalIds.ts';
import { VisibilityEnum } from './processModel/types.ts';
import { ProjectRef, ProjectStatusEnum, ProjectTaskStateEnum, ProjectTopicRef } from './project.ts';

function actorOf(ctx: Context) {
  const user = ctx.auth.requireUser();
  return { id: user.id, displayName: user.displayName };
}

/**
 * Tells live subscribers (and the mailer) after the change is committed, and returns the project
 * as the Project type loads it (with what its visibility check reads).
 */
function publish(
  ctx: Context,
  kind: ProjectEventKind,
  projectId: string,
  extra: Pick<ProjectEventMessage, 'taskId' | 'assigneeId' | 'updateId'> = {},
) {
  ctx.projectEvents.publish({
    kind,
    projectId,
    actorName: ctx.auth.requireUser().displayName,
    actorId: ctx.auth.requireUser().id,
    at: new Date().toISOString(),
    ...extra,
  });
  return ctx.prisma.project.findUniqueOrThrow({
    where: { id: projectId },
    include: projectSharingSelection,
  });
}

const ids = (typename: string, list: readonly (string | number)[] | null | undefined) =>
  (list ?? []).map((id) => rawId(typename, String(id)));
const optionalId = (typename: string, id: string | number | null | undefined) =>
  id === null || id === undefined ? null : rawId(typename, String(id));

const ContactInput = builder.inputType('ProjectContactInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    email: t.string(),
    phone: t.string(),
    role: t.string(),
  }),
});

const CreateProjectInput = builder.inputType('CreateProjectInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    description: t.string(),
    topicId: t.id({ required: true }),
    leadCityId: t.id({ required: true }),
    partnerCityIds: t.idList(),
    status: t.field({ type: ProjectStatusEnum }),
    startDate: t.field({ type: 'Date' }),
    plannedEndDate: t.field({ type: 'Date' }),
    progressPercent: t.int(),
    contacts: t.field({ type: [ContactInput] }),
    visibility: t.field({ type: VisibilityEnum }),
    sharedWithPartnershipIds: t.idList(),
    processModelIds: t.idList(),
    fundingApplicationIds: t.idList(),
  }),
});

builder.mutationField('createProject', (t) =>
  t.field({
    type: ProjectRef,
    description: 'A coordinator records a project of their city (status history starts here).',
    errors: { types: [InputValidationError, NotFoundError] },
    authScopes: { signedIn: true },
    args: {
      input: t.arg({ type: CreateProjectInput, required: true, validate: createProjectSchema }),
    },
    resolve: async (_root, { input }, ctx) => {
      const project = await createProject(ctx.prisma, ctx.auth, actorOf(ctx), {
        ...input,
        topicId: rawId('ProjectTopic', String(input.topicId)),
        leadCityId: rawId('City', String(input.leadCityId)),
        partnerCityIds: ids('City', input.partnerCityIds),
        sharedWithPartnershipIds: ids('Partnership', input.sharedWithPartnershipIds),
        processModelIds: ids('ProcessModel', input.processModelIds),
        fundingApplicationIds: ids('FundingApplication', input.fundingApplicationIds),
      });
      return publish(ctx, 'PROJECT_CREATED', project.id);
    },
  }),
);

const UpdateProjectInput = builder.inputType('UpdateProjectInput', {
  fields: (t) => ({
    projectId: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    title: t.string({ required: true }),
    description: t.string({ required: true }),
    topicId: t.id({ required: true }),
    partnerCityIds: t.idList({ required: true }),
    startDate: t.field({ type: 'Date' }),
    plannedEndDate: t.field({ type: 'Date' }),
    contacts: t.field({ type: [ContactInput], required: true }),
    visibility: t.field({ type: VisibilityEnum, required: true }),
    sharedWithPartnershipIds: t.idList({ required: true }),
    processModelIds: t.idList({ required: true }),
    fundingApplicationIds: t.idList({ required: true }),
  }),
});

builder.mutationField('updateProject', (t) =>
  t.field({
    type: ProjectRef,
    errors: { types: [InputValidationError, NotFoundError, VersionConflictError] },
    authScopes: { signedIn: true },
    args: {
      input: t.arg({ type: UpdateProjectInput, required: true, validate: updateProjectSchema }),
    },
    resolve: async (_root, { input }, ctx) => {
      const project = await updateProject(ctx.prisma, ctx.auth, {
        ...input,
        projectId: rawId('Project', String(input.projectId)),
        topicId: rawId('ProjectTopic', String(input.topicId)),
        partnerCityIds: ids('City', input.partnerCityIds),
        sharedWithPartnershipIds: ids('Partnership', input.sharedWithPartnershipIds),
        processModelIds: ids('ProcessModel', input.processModelIds),
        fundingApplicationIds: ids('FundingApplication', input.fundingApplicationIds),
      });
      return publish(ctx, 'PROJECT_UPDATED', project.id);
    },
  }),
);

const UpdateStatusInput = builder.inputType('UpdateProjectStatusInput', {
  fields: (t) => ({
    projectId: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    status: t.field({ type: ProjectStatusEnum, required: true }),
    progressPercent: t.int({ required: true }),
    text: t.string(),
  }),
});

builder.mutationField('updateProjectStatus', (t) =>
  t.field({
    type: ProjectRef,
    description: 'Changes status and progress with an optional note; kept in the status history.',
    errors: { types: [InputValidationError, NotFoundError, VersionConflictError, ConflictError] },
    authScopes: { signedIn: true },
    args: {
      input: t.arg({ type: UpdateStatusInput, required: true, validate: updateStatusSchema }),
    },
    resolve: async (_root, { input }, ctx) => {
      const { project, updateId } = await updateProjectStatus(ctx.prisma, ctx.auth, actorOf(ctx), {
        ...input,
        projectId: rawId('Project', String(input.projectId)),
      });
      return publish(ctx, 'STATUS_CHANGED', project.id, { updateId });
    },
  }),
);

const AddMilestoneInput = builder.inputType('AddMilestoneInput', {
  fields: (t) => ({
    projectId: t.id({ required: true }),
    title: t.string({ required: true }),
    dueDate: t.field({ type: 'Date', required: true }),
  }),
});

builder.mutationField('addMilestone', (t) =>
  t.field({
    type: ProjectRef,
    errors: { types: [InputValidationError, NotFoundError] },
    authScopes: { signedIn: true },
    args: {
      input: t.arg({ type: AddMilestoneInput, required: true, validate: addMilestoneSchema }),
    },
    resolve: async (_root, { input }, ctx) => {
      const project = await addMilestone(ctx.prisma, ctx.auth, {
        ...input,
        projectId: rawId('Project', String(input.projectId)),
      });
      return publish(ctx, 'MILESTONE_CHANGED', project.id);
    },
  }),
);

builder.mutationField('setMilestoneDone', (t) =>
  t.field({
    type: ProjectRef,
    errors: { types: [NotFoundError] },
    authScopes: { signedIn: true },
    args: { milestoneId: t.arg.id({ required: true }), done: t.arg.boolean({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const project = await setMilestoneDone(
        ctx.prisma,
        ctx.auth,
        rawId('ProjectMilestone', String(args.milestoneId)),
        args.done,
      );
      return publish(ctx, 'MILESTONE_CHANGED', project.id);
    },
  }),
);

const AssignTaskInput = builder.inputType('AssignTaskInput', {
  fields: (t) => ({
    projectId: t.id({ required: true }),
    taskId: t.id({ description: 'Empty for a new task.' }),
    title: t.string({ required: true }),
    assigneeId: t.id(),
    dueDate: t.field({ type: 'Date' }),
    expectedVersion: t.int({ description: "Required with taskId: the task's version you read." }),
  }),
});

builder.mutationField('assignTask', (t) =>
  t.field({
    type: ProjectRef,
    description: 'Adds a task or changes one (title, assignee, due date); the assignee is told.',
    errors: { types: [InputValidationError, NotFoundError, VersionConflictError] },
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: AssignTaskInput, required: true, validate: assignTaskSchema }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await assignTask(ctx.prisma, ctx.auth, actorOf(ctx), {
        ...input,
        projectId: rawId('Project', String(input.projectId)),
        taskId: optionalId('ProjectTask', input.taskId),
        assigneeId: optionalId('User', input.assigneeId),
      });
      return publish(
        ctx,
        result.newlyAssignedTo ? 'TASK_ASSIGNED' : 'TASK_CHANGED',
        result.project.id,
        {
          taskId: result.taskId,
          ...(result.newlyAssignedTo ? { assigneeId: result.newlyAssignedTo } : {}),
        },
      );
    },
  }),
);

builder.mutationField('setTaskState', (t) =>
  t.field({
    type: ProjectRef,
    errors: { types: [NotFoundError, VersionConflictError] },
    authScopes: { signedIn: true },
    args: {
      taskId: t.arg.id({ required: true }),
      state: t.arg({ type: ProjectTaskStateEnum, required: true }),
      expectedVersion: t.arg.int({ required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const taskId = rawId('ProjectTask', String(args.taskId));
      const project = await setTaskState(
        ctx.prisma,
        ctx.auth,
        taskId,
        args.state,
        args.expectedVersion,
      );
      return publish(ctx, 'TASK_CHANGED', project.id, { taskId });
    },
  }),
);

builder.mutationField('addProjectComment', (t) =>
  t.field({
    type: ProjectRef,
    description:
      'A short note in the project log; coordinators of the taking-part cities are told.',
    errors: { types: [InputValidationError, NotFoundError] },
    authScopes: { signedIn: true },
    args: {
      projectId: t.arg.id({ required: true }),
      text: t.arg.string({ required: true, validate: commentSchema }),
    },
    resolve: async (_root, args, ctx) => {
      const project = await addProjectComment(
        ctx.prisma,
        ctx.auth,
        actorOf(ctx),
        rawId('Project', String(args.projectId)),
        args.text.trim(),
      );
      return publish(ctx, 'COMMENT_ADDED', project.id);
    },
  }),
);

builder.mutationField('createProjectTopic', (t) =>
  t.field({
    type: ProjectTopicRef,
    description: 'Global admins extend the list of project topics.',
    errors: { types: [InputValidationError] },
    authScopes: { globalAdmin: true },
    args: {
      key: t.arg.string({ required: true }),
      labelDe: t.arg.string({ required: true }),
      labelEn: t.arg.string({ required: true }),
    },
    validate: topicSchema,
    resolve: async (_root, args, ctx) => {
      const key = args.key.trim();
      if (await ctx.prisma.projectTopic.findUnique({ where: { key } })) {
        throw new InputValidationError({
          issues: [{ message: 'A topic with this key exists already.', path: ['key'] }],
        });
      }
      const last = await ctx.prisma.projectTopic.aggregate({ _max: { position: true } });
      return ctx.prisma.projectTopic.create({
        data: {
          key,
          labelDe: args.labelDe.trim(),
          labelEn: args.labelEn.trim(),
          position: (last._max.position ?? 0) + 10,
        },
      });
    },
  }),
);
