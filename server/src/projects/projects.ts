import { InputValidationError } from '@pothos/plugin-validation';
import type { z } from 'zod';
import type { Auth } from '../auth/authz.ts';
import { ConflictError, NotFoundError, VersionConflictError } from '../errors.ts';
import { visibleApplicationsWhere } from '../funding/applicationAccess.ts';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import { assertModelsVisible } from '../processModels/visibility.ts';
import {
  assertCanEditProject,
  leadStillShares,
  loadVisibleProject,
  participatingCityIds,
} from './access.ts';
import type { createProjectSchema, updateProjectSchema, updateStatusSchema } from './inputs.ts';
import { notifyAboutProject, projectCoordinatorIds } from './notifications.ts';

export interface Actor {
  id: string;
  displayName: string;
}

type NewProject = z.infer<typeof createProjectSchema>;
type ProjectChanges = z.infer<typeof updateProjectSchema>;

function fieldError(path: string, message: string): InputValidationError {
  return new InputValidationError({ issues: [{ message, path: ['input', path] }] });
}

/** What every create/update checks against the database: topic, cities, shares and links. */
async function checkReferences(
  prisma: PrismaClient,
  auth: Auth,
  input: {
    topicId: string;
    leadCityId: string;
    partnerCityIds: string[];
    visibility: string;
    sharedWithPartnershipIds: string[];
    processModelIds: string[];
    fundingApplicationIds: string[];
  },
) {
  if (!(await prisma.projectTopic.findUnique({ where: { id: input.topicId } }))) {
    throw new NotFoundError('ProjectTopic');
  }
  const cities = await prisma.city.count({ where: { id: { in: input.partnerCityIds } } });
  if (cities !== input.partnerCityIds.length) throw new NotFoundError('City');
  if (input.visibility === 'PARTNERS') {
    const joined = await prisma.partnershipMember.count({
      where: {
        cityId: input.leadCityId,
        status: 'ACCEPTED',
        partnershipId: { in: input.sharedWithPartnershipIds },
      },
    });
    if (
      input.sharedWithPartnershipIds.length === 0 ||
      joined !== input.sharedWithPartnershipIds.length
    ) {
      throw fieldError(
        'sharedWithPartnershipIds',
        'Choose at least one partnership the lead city has joined.',
      );
    }
  }
  await assertModelsVisible(auth, prisma, input.processModelIds);
  if (input.fundingApplicationIds.length > 0) {
    const visible = await prisma.fundingApplication.count({
      where: {
        AND: [{ id: { in: input.fundingApplicationIds } }, await visibleApplicationsWhere(auth)],
      },
    });
    if (visible !== input.fundingApplicationIds.length) {
      throw new NotFoundError('FundingApplication');
    }
  }
}

function contactsOf(contacts: NewProject['contacts']) {
  return (contacts ?? []).map((c) => ({
    name: c.name,
    email: c.email ?? '',
    phone: c.phone ?? '',
    role: c.role ?? '',
  }));
}

export async function createProject(
  prisma: PrismaClient,
  auth: Auth,
  actor: Actor,
  input: NewProject,
) {
  await auth.assertCan('project:edit', { cityId: input.leadCityId });
  const visibility = input.visibility ?? 'PRIVATE';
  const references = {
    topicId: input.topicId,
    leadCityId: input.leadCityId,
    partnerCityIds: input.partnerCityIds ?? [],
    visibility,
    sharedWithPartnershipIds:
      visibility === 'PARTNERS' ? (input.sharedWithPartnershipIds ?? []) : [],
    processModelIds: input.processModelIds ?? [],
    fundingApplicationIds: input.fundingApplicationIds ?? [],
  };
  await checkReferences(prisma, auth, references);
  const status = input.status ?? 'IDEA';
  const progressPercent = input.progressPercent ?? (status === 'DONE' ? 100 : 0);
  return prisma.$transaction(async (tx) => {
    const project = await tx.project.create({
      data: {
        title: input.title,
        description: input.description ?? '',
        topicId: input.topicId,
        leadCityId: input.leadCityId,
        status,
        startDate: input.startDate ?? null,
        plannedEndDate: input.plannedEndDate ?? null,
        progressPercent,
        contacts: contactsOf(input.contacts),
        visibility,
        createdById: actor.id,
        partners: { create: references.partnerCityIds.map((cityId) => ({ cityId })) },
        sharedWith: {
          create: references.sharedWithPartnershipIds.map((partnershipId) => ({ partnershipId })),
        },
        processModels: { create: references.processModelIds.map((modelId) => ({ modelId })) },
        fundingApplications: {
          create: references.fundingApplicationIds.map((applicationId) => ({ applicationId })),
        },
        // The history starts with the first status, so reports know it from day one.
        updates: {
          create: {
            actorId: actor.id,
            actorName: actor.displayName,
            toStatus: status,
            toProgress: progressPercent,
          },
        },
      },
    });
    return project;
  });
}

/** Bumps the version iff it is still `expected`; otherwise reports the current one. */
async function claimVersion(tx: Prisma.TransactionClient, projectId: string, expected: number) {
  const { count } = await tx.project.updateMany({
    where: { id: projectId, version: expected },
    data: { version: { increment: 1 }, updatedAt: new Date() },
  });
  if (count === 0) {
    const current = await tx.project.findUniqueOrThrow({ where: { id: projectId } });
    throw new VersionConflictError('Project', current.version);
  }
}

export async function updateProject(prisma: PrismaClient, auth: Auth, input: ProjectChanges) {
  const project = await loadVisibleProject(prisma, auth, input.projectId);
  await assertCanEditProject(auth, project);
  if (input.partnerCityIds.includes(project.leadCityId)) {
    throw fieldError(
      'partnerCityIds',
      'The lead city takes part anyway; do not list it as a partner.',
    );
  }
  // A partner city's coordinator does not see partnerships it does not belong to (partnerships
  // are private to their members), so it sends them back missing: such shares are kept.
  const mine = await auth.partnershipIds();
  const hidden = auth.user?.isGlobalAdmin
    ? []
    : project.sharedWith
        .filter((share) => !mine.has(share.partnershipId) && leadStillShares(project, share))
        .map((share) => share.partnershipId);
  const sharedWith =
    input.visibility === 'PARTNERS'
      ? [...new Set([...input.sharedWithPartnershipIds, ...hidden])]
      : [];
  await checkReferences(prisma, auth, {
    ...input,
    leadCityId: project.leadCityId,
    sharedWithPartnershipIds: sharedWith,
  });
  return prisma.$transaction(async (tx) => {
    await claimVersion(tx, input.projectId, input.expectedVersion);
    const where = { projectId: input.projectId };
    await tx.projectPartner.deleteMany({ where });
    await tx.projectPartnership.deleteMany({ where });
    await tx.projectProcessModel.deleteMany({ where });
    await tx.projectFundingApplication.deleteMany({ where });
    return tx.project.update({
      where: { id: input.projectId },
      data: {
        title: input.title,
        description: input.description,
        topicId: input.topicId,
        startDate: input.startDate ?? null,
        plannedEndDate: input.plannedEndDate ?? null,
        contacts: contactsOf(input.contacts),
        visibility: input.visibility,
        partners: { create: input.partnerCityIds.map((cityId) => ({ cityId })) },
        sharedWith: { create: sharedWith.map((partnershipId) => ({ partnershipId })) },
        processModels: { create: input.processModelIds.map((modelId) => ({ modelId })) },
        fundingApplications: {
          create: input.fundingApplicationIds.map((applicationId) => ({ applicationId })),
        },
      },
    });
  });
}

/**
 * A status/progress change with an optional note: one entry of the status history, whose id
 * comes back with the project (the mails about the change read that entry).
 */
export async function updateProjectStatus(
  prisma: PrismaClient,
  auth: Auth,
  actor: Actor,
  input: z.infer<typeof updateStatusSchema>,
) {
  const project = await loadVisibleProject(prisma, auth, input.projectId);
  await assertCanEditProject(auth, project);
  return prisma.$transaction(async (tx) => {
    await claimVersion(tx, input.projectId, input.expectedVersion);
    const before = project;
    if (before.status === input.status && before.progressPercent === input.progressPercent) {
      throw new ConflictError('INVALID_STATUS_CHANGE', 'Status and progress are unchanged.');
    }
    const updated = await tx.project.update({
      where: { id: input.projectId },
      data: { status: input.status, progressPercent: input.progressPercent },
    });
    const entry = await tx.projectUpdate.create({
      select: { id: true },
      data: {
        projectId: input.projectId,
        actorId: actor.id,
        actorName: actor.displayName,
        fromStatus: before.status,
        toStatus: input.status,
        fromProgress: before.progressPercent,
        toProgress: input.progressPercent,
        text: input.text ?? '',
      },
    });
    await notifyAboutProject(
      tx,
      'PROJECT_STATUS_CHANGED',
      updated,
      actor,
      await projectCoordinatorIds(tx, participatingCityIds(project)),
    );
    return { project: updated, updateId: entry.id };
  });
}

export async function addProjectComment(
  prisma: PrismaClient,
  auth: Auth,
  actor: Actor,
  projectId: string,
  text: string,
) {
  const project = await loadVisibleProject(prisma, auth, projectId);
  await assertCanEditProject(auth, project);
  return prisma.$transaction(async (tx) => {
    await tx.projectUpdate.create({
      data: { projectId, actorId: actor.id, actorName: actor.displayName, text },
    });
    const updated = await tx.project.update({
      where: { id: projectId },
      data: { updatedAt: new Date() },
    });
    await notifyAboutProject(
      tx,
      'PROJECT_COMMENT',
      updated,
      actor,
      await projectCoordinatorIds(tx, participatingCityIds(project)),
    );
    return updated;
  });
}
