import { InputValidationError } from '@pothos/plugin-validation';
import type { z } from 'zod';
import type { Auth } from '../auth/authz.ts';
import { NotFoundError, VersionConflictError } from '../errors.ts';
import type { PrismaClient, ProjectTaskState } from '../generated/prisma/client.ts';
import { assertCanEditProject, loadVisibleProject, participatingCityIds } from './access.ts';
import type { assignTaskSchema } from './inputs.ts';
import { notifyAboutProject } from './notifications.ts';
import type { Actor } from './projects.ts';

/** Users of the cities that run the project: the only people a task may go to. */
export async function assignableUserIds(
  prisma: PrismaClient,
  project: { leadCityId: string; partners: { cityId: string }[] },
) {
  const rows = await prisma.membership.findMany({
    where: { cityId: { in: participatingCityIds(project) } },
    select: { userId: true },
  });
  return new Set(rows.map((r) => r.userId));
}

/**
 * Creates a task (no taskId) or changes an existing one (title, assignee, due date) on top of the
 * version the editor read. A new assignee hears of it; the returned flag tells the caller whether
 * to publish TASK_ASSIGNED.
 */
export async function assignTask(
  prisma: PrismaClient,
  auth: Auth,
  actor: Actor,
  input: z.infer<typeof assignTaskSchema>,
) {
  const project = await loadVisibleProject(prisma, auth, input.projectId);
  await assertCanEditProject(auth, project);
  const assigneeId = input.assigneeId ?? null;
  if (assigneeId && !(await assignableUserIds(prisma, project)).has(assigneeId)) {
    throw new InputValidationError({
      issues: [
        {
          message: 'Assign the task to someone from a city that runs the project.',
          path: ['input', 'assigneeId'],
        },
      ],
    });
  }
  return prisma.$transaction(async (tx) => {
    let taskId = input.taskId ?? null;
    let newlyAssigned = assigneeId !== null;
    if (taskId) {
      const task = await tx.projectTask.findUnique({ where: { id: taskId } });
      if (!task || task.projectId !== project.id) throw new NotFoundError('ProjectTask');
      const { count } = await tx.projectTask.updateMany({
        where: { id: taskId, version: input.expectedVersion ?? -1 },
        data: {
          title: input.title,
          assigneeId,
          dueDate: input.dueDate ?? null,
          version: { increment: 1 },
          updatedAt: new Date(),
        },
      });
      if (count === 0) throw new VersionConflictError('ProjectTask', task.version);
      newlyAssigned = assigneeId !== null && assigneeId !== task.assigneeId;
    } else {
      const task = await tx.projectTask.create({
        data: {
          projectId: project.id,
          title: input.title,
          assigneeId,
          dueDate: input.dueDate ?? null,
        },
      });
      taskId = task.id;
    }
    const updated = await tx.project.update({
      where: { id: project.id },
      data: { updatedAt: new Date() },
    });
    if (newlyAssigned && assigneeId) {
      await notifyAboutProject(tx, 'PROJECT_TASK_ASSIGNED', updated, actor, [assigneeId]);
    }
    return { project: updated, taskId, newlyAssignedTo: newlyAssigned ? assigneeId : null };
  });
}

export async function setTaskState(
  prisma: PrismaClient,
  auth: Auth,
  taskId: string,
  state: ProjectTaskState,
  expectedVersion: number,
) {
  const task = await prisma.projectTask.findUnique({ where: { id: taskId } });
  if (!task) throw new NotFoundError('ProjectTask');
  const project = await loadVisibleProject(prisma, auth, task.projectId).catch(() => {
    throw new NotFoundError('ProjectTask');
  });
  await assertCanEditProject(auth, project);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.projectTask.updateMany({
      where: { id: taskId, version: expectedVersion },
      data: { state, version: { increment: 1 }, updatedAt: new Date() },
    });
    if (count === 0) throw new VersionConflictError('ProjectTask', task.version);
    return tx.project.update({ where: { id: project.id }, data: { updatedAt: new Date() } });
  });
}
