import type { z } from 'zod';
import type { Auth } from '../auth/authz.ts';
import { NotFoundError } from '../errors.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { assertCanEditProject, loadVisibleProject } from './access.ts';
import type { addMilestoneSchema } from './inputs.ts';

export async function addMilestone(
  prisma: PrismaClient,
  auth: Auth,
  input: z.infer<typeof addMilestoneSchema>,
) {
  const project = await loadVisibleProject(prisma, auth, input.projectId);
  await assertCanEditProject(auth, project);
  return prisma.project.update({
    where: { id: project.id },
    data: {
      updatedAt: new Date(),
      milestones: { create: { title: input.title, dueDate: input.dueDate } },
    },
  });
}

/** Marks a milestone reached (now) or open again; setting the same state twice changes nothing. */
export async function setMilestoneDone(
  prisma: PrismaClient,
  auth: Auth,
  milestoneId: string,
  done: boolean,
) {
  const milestone = await prisma.projectMilestone.findUnique({ where: { id: milestoneId } });
  if (!milestone) throw new NotFoundError('ProjectMilestone');
  const project = await loadVisibleProject(prisma, auth, milestone.projectId).catch(() => {
    throw new NotFoundError('ProjectMilestone');
  });
  await assertCanEditProject(auth, project);
  return prisma.$transaction(async (tx) => {
    await tx.projectMilestone.updateMany({
      where: { id: milestoneId, doneAt: done ? null : { not: null } },
      data: { doneAt: done ? new Date() : null },
    });
    return tx.project.update({ where: { id: project.id }, data: { updatedAt: new Date() } });
  });
}
