import { z } from 'zod';
import type { Auth } from '../auth/authz.ts';
import { forbidden } from '../auth/authz.ts';
import { ConflictError, NotFoundError, VersionConflictError } from '../errors.ts';
import type { Prisma, PrismaClient, Role } from '../generated/prisma/client.ts';
import { notify } from '../notifications/notify.ts';
import { assertModelsVisible } from '../processModels/visibility.ts';
import {
  assertCanEditCity,
  assertCanManage,
  assertCanView,
  assertOpen,
  loadApplication,
  lockApplication,
} from './applicationAccess.ts';

const title = z
  .string()
  .trim()
  .min(1, 'Enter a title for the application.')
  .max(200, 'The title can have at most 200 characters.');
const summary = z.string().trim().max(10_000, 'The summary can have at most 10,000 characters.');
const distinctIds = (what: string, max: number) =>
  z
    .array(z.string())
    .max(max, `Choose at most ${max} ${what}.`)
    .refine((ids) => new Set(ids).size === ids.length, `Each of the ${what} may be chosen once.`);

export const newApplicationSchema = z
  .object({
    programmeId: z.string(),
    title,
    summary: summary.nullish(),
    leadCityId: z.string(),
    partnerCityIds: distinctIds('partner cities', 50).nullish(),
    processModelIds: distinctIds('process models', 50).nullish(),
  })
  .refine((input) => !(input.partnerCityIds ?? []).includes(input.leadCityId), {
    message: 'The lead city takes part anyway; do not list it as a partner.',
    path: ['partnerCityIds'],
  });

export const updateApplicationSchema = z.object({
  applicationId: z.string(),
  expectedVersion: z.number().int(),
  title,
  summary,
  processModelIds: distinctIds('process models', 50),
});

export interface Actor {
  id: string;
  displayName: string;
}

/** Users of a city holding one of `roles`: whom to tell about an invitation or a deadline. */
export async function usersWithRoles(
  tx: Prisma.TransactionClient | PrismaClient,
  cityIds: string[],
  roles: Role[],
): Promise<string[]> {
  const rows = await tx.membership.findMany({
    where: { cityId: { in: cityIds }, role: { in: roles } },
    select: { userId: true },
  });
  return [...new Set(rows.map((r) => r.userId))];
}

async function inviteNotifications(
  tx: Prisma.TransactionClient,
  actor: Actor,
  application: { id: string; title: string },
  cityIds: string[],
) {
  const userIds = await usersWithRoles(tx, cityIds, ['FUNDING_OFFICER', 'CITY_ADMIN']);
  await notify(
    tx,
    userIds
      .filter((userId) => userId !== actor.id)
      .map((userId) => ({
        userId,
        kind: 'FUNDING_INVITATION' as const,
        actorName: actor.displayName,
        modelTitle: '',
        applicationId: application.id,
        applicationTitle: application.title,
      })),
  );
}

export async function createFundingApplication(
  prisma: PrismaClient,
  auth: Auth,
  actor: Actor,
  input: z.infer<typeof newApplicationSchema>,
) {
  await assertCanEditCity(auth, input.leadCityId);
  const programme = await prisma.fundingProgramme.findUnique({ where: { id: input.programmeId } });
  if (!programme) throw new NotFoundError('FundingProgramme');
  const partnerCityIds = input.partnerCityIds ?? [];
  const cities = await prisma.city.count({ where: { id: { in: partnerCityIds } } });
  if (cities !== partnerCityIds.length) throw new NotFoundError('City');
  const modelIds = input.processModelIds ?? [];
  await assertModelsVisible(auth, prisma, modelIds);

  return prisma.$transaction(async (tx) => {
    const application = await tx.fundingApplication.create({
      data: {
        programmeId: programme.id,
        title: input.title,
        summary: input.summary ?? '',
        leadCityId: input.leadCityId,
        createdById: actor.id,
        partners: {
          create: [
            {
              cityId: input.leadCityId,
              status: 'ACCEPTED',
              invitedByName: actor.displayName,
              respondedByName: actor.displayName,
              respondedAt: new Date(),
            },
            ...partnerCityIds.map((cityId) => ({
              cityId,
              invitedByName: actor.displayName,
            })),
          ],
        },
        processModels: { create: modelIds.map((modelId) => ({ modelId })) },
      },
    });
    await inviteNotifications(tx, actor, application, partnerCityIds);
    return application;
  });
}

export async function updateFundingApplication(
  prisma: PrismaClient,
  auth: Auth,
  input: z.infer<typeof updateApplicationSchema>,
) {
  await assertCanView(auth, input.applicationId);
  const current = await loadApplication(prisma, input.applicationId);
  await assertCanManage(auth, current);
  assertOpen(current);
  await assertModelsVisible(auth, prisma, input.processModelIds);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.fundingApplication.updateMany({
      where: { id: input.applicationId, version: input.expectedVersion, status: { not: 'CLOSED' } },
      data: { title: input.title, summary: input.summary, version: { increment: 1 } },
    });
    if (count === 0) {
      const now = await loadApplication(tx, input.applicationId);
      assertOpen(now);
      throw new VersionConflictError('FundingApplication', now.version);
    }
    await tx.fundingApplicationProcessModel.deleteMany({
      where: { applicationId: input.applicationId },
    });
    await tx.fundingApplicationProcessModel.createMany({
      data: input.processModelIds.map((modelId) => ({
        applicationId: input.applicationId,
        modelId,
      })),
    });
    return tx.fundingApplication.findUniqueOrThrow({ where: { id: input.applicationId } });
  });
}

export async function inviteApplicationPartner(
  prisma: PrismaClient,
  auth: Auth,
  actor: Actor,
  applicationId: string,
  cityId: string,
) {
  await assertCanView(auth, applicationId);
  const application = await loadApplication(prisma, applicationId);
  await assertCanManage(auth, application);
  assertOpen(application);
  if (!(await prisma.city.findUnique({ where: { id: cityId } }))) throw new NotFoundError('City');
  const existing = application.partners.find((p) => p.cityId === cityId);
  if (existing && existing.status !== 'DECLINED') {
    throw new ConflictError('ALREADY_PARTNER', 'This city is already invited or takes part.');
  }
  return prisma.$transaction(async (tx) => {
    await lockApplication(tx, applicationId);
    // A city that declined may be asked again: its row goes back to INVITED.
    await tx.fundingApplicationPartner.upsert({
      where: { applicationId_cityId: { applicationId, cityId } },
      create: { applicationId, cityId, invitedByName: actor.displayName },
      update: {
        status: 'INVITED',
        invitedByName: actor.displayName,
        invitedAt: new Date(),
        respondedByName: null,
        respondedAt: null,
      },
    });
    await inviteNotifications(tx, actor, application, [cityId]);
    return tx.fundingApplication.update({
      where: { id: applicationId },
      data: { updatedAt: new Date() },
    });
  });
}

export async function respondToApplicationInvite(
  prisma: PrismaClient,
  auth: Auth,
  actor: Actor,
  applicationId: string,
  cityId: string,
  accept: boolean,
) {
  await assertCanView(auth, applicationId);
  if (!(await auth.can('fundingApplication:respond', { cityId }))) throw forbidden();
  const application = await loadApplication(prisma, applicationId);
  assertOpen(application);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.fundingApplicationPartner.updateMany({
      where: { applicationId, cityId, status: 'INVITED' },
      data: {
        status: accept ? 'ACCEPTED' : 'DECLINED',
        respondedByName: actor.displayName,
        respondedAt: new Date(),
      },
    });
    if (count === 0) {
      throw new ConflictError(
        'INVITATION_NOT_PENDING',
        'There is no open invitation of this city to this application.',
      );
    }
    return tx.fundingApplication.update({
      where: { id: applicationId },
      data: { updatedAt: new Date() },
    });
  });
}
