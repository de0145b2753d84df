import { z } from 'zod';
import type { Auth } from '../auth/authz.ts';
import { ConflictError } from '../errors.ts';
import type { FundingApplicationStatus, PrismaClient } from '../generated/prisma/client.ts';
import { notify } from '../notifications/notify.ts';
import {
  assertCanManage,
  assertCanView,
  canManage,
  loadApplication,
  lockApplication,
} from './applicationAccess.ts';
import type { Actor } from './applications.ts';
import { usersWithRoles } from './applications.ts';
import { berlinToday } from './berlinDate.ts';
import { buildStatement, statementInclude } from './statement.ts';
import { statementToJson } from './statementJson.ts';

/** The workflow: from each status, where an application may go next. */
export const NEXT_STATUSES: Record<FundingApplicationStatus, FundingApplicationStatus[]> = {
  DRAFT: ['INTERNAL_REVIEW'],
  INTERNAL_REVIEW: ['DRAFT', 'SUBMITTED'],
  SUBMITTED: ['APPROVED', 'REJECTED'],
  APPROVED: ['REPORTING'],
  REJECTED: ['CLOSED'],
  REPORTING: ['CLOSED'],
  CLOSED: [],
};

export const transitionSchema = z.object({
  applicationId: z.string(),
  from: z.enum(Object.keys(NEXT_STATUSES) as [FundingApplicationStatus]),
  to: z.enum(Object.keys(NEXT_STATUSES) as [FundingApplicationStatus]),
  comment: z.string().trim().max(2000, 'A comment can have at most 2000 characters.').nullish(),
});

export async function allowedTransitions(
  auth: Auth,
  application: { leadCityId: string; status: FundingApplicationStatus },
) {
  return (await canManage(auth, application)) ? NEXT_STATUSES[application.status] : [];
}

/**
 * Moves an application one step, recording who and when. The caller names the status it saw
 * (`from`): if someone moved the application meanwhile, nothing happens. Submitting freezes the
 * statement (partners, lines, figures, document hashes) as an immutable snapshot.
 */
export async function transitionFundingApplication(
  prisma: PrismaClient,
  auth: Auth,
  actor: Actor,
  input: z.infer<typeof transitionSchema>,
  now: Date = new Date(),
) {
  const { applicationId, from, to } = input;
  await assertCanView(auth, applicationId);
  await assertCanManage(auth, await loadApplication(prisma, applicationId));
  if (!NEXT_STATUSES[from].includes(to)) {
    throw new ConflictError(
      'INVALID_TRANSITION',
      `An application cannot go from ${from} to ${to}.`,
    );
  }
  return prisma.$transaction(async (tx) => {
    await lockApplication(tx, applicationId);
    const application = await tx.fundingApplication.findUniqueOrThrow({
      where: { id: applicationId },
      include: statementInclude,
    });
    if (application.status !== from) {
      throw new ConflictError(
        'INVALID_TRANSITION',
        `The application is ${application.status} now, no longer ${from}; reload and try again.`,
      );
    }
    const statement = buildStatement(application, berlinToday(now));
    if (to === 'SUBMITTED') {
      const pending = application.partners.filter((p) => p.status === 'INVITED');
      if (pending.length > 0) {
        throw new ConflictError(
          'PARTNERS_PENDING',
          `Not answered yet: ${pending.map((p) => p.city.name).join(', ')}. Submit once every invited city has accepted or declined.`,
        );
      }
      const missing = statement.documents.filter((d) => d.state === 'MISSING');
      if (missing.length > 0) {
        const names = missing.map((d) =>
          d.isLetterOfIntent ? `letter of intent of ${d.cityName}` : d.requirement,
        );
        throw new ConflictError(
          'CHECKLIST_INCOMPLETE',
          `Still open: ${names.join(', ')}. Upload each document or mark it not applicable.`,
        );
      }
      if (statement.flags.some((f) => f.code === 'DEADLINE_PASSED')) {
        throw new ConflictError('DEADLINE_PASSED', 'The submission deadline has passed.');
      }
    }
    await tx.fundingApplication.update({ where: { id: applicationId }, data: { status: to } });
    const transition = await tx.applicationTransition.create({
      data: {
        applicationId,
        fromStatus: from,
        toStatus: to,
        actorId: actor.id,
        actorName: actor.displayName,
        comment: input.comment ?? '',
        at: now,
      },
    });
    if (to === 'SUBMITTED') {
      await tx.applicationSnapshot.create({
        data: {
          applicationId,
          transitionId: transition.id,
          content: statementToJson({ ...statement, status: to }) as object,
          createdAt: now,
        },
      });
    }
    const partnerCityIds = application.partners
      .filter((p) => p.status === 'ACCEPTED')
      .map((p) => p.cityId);
    const recipients = await usersWithRoles(tx, partnerCityIds, ['FUNDING_OFFICER']);
    await notify(
      tx,
      recipients
        .filter((userId) => userId !== actor.id)
        .map((userId) => ({
          userId,
          kind: 'FUNDING_STATUS_CHANGED' as const,
          actorName: actor.displayName,
          modelTitle: '',
          applicationId,
          applicationTitle: application.title,
          applicationStatus: to,
        })),
    );
    return tx.fundingApplication.findUniqueOrThrow({ where: { id: applicationId } });
  });
}
