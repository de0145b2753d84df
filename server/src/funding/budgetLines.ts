import { FUNDING_COST_CATEGORIES } from '@amtsweg/shared/funding';
import { z } from 'zod';
import type { Auth } from '../auth/authz.ts';
import { ConflictError, VersionConflictError } from '../errors.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import {
  assertCanEditCity,
  assertCanView,
  assertOpen,
  loadApplication,
  lockApplication,
} from './applicationAccess.ts';

export const MAX_BUDGET_LINES = 200;

export const setBudgetLinesSchema = z.object({
  applicationId: z.string(),
  cityId: z.string(),
  expectedBudgetVersion: z.number().int(),
  lines: z
    .array(
      z.object({
        category: z.enum(FUNDING_COST_CATEGORIES),
        description: z
          .string()
          .trim()
          .min(1, 'Describe what the money is for.')
          .max(500, 'A description can have at most 500 characters.'),
        amount: z.bigint().positive('An amount must be above 0 €.'),
        eligible: z.boolean(),
      }),
    )
    .max(MAX_BUDGET_LINES, `A partner can have at most ${MAX_BUDGET_LINES} budget lines.`),
});

/**
 * Replaces one partner city's budget lines as a whole. The caller sends the budget version it
 * read; if someone saved in between, nothing is written and the caller learns the newer version
 * (the lines are small: reloading and re-entering beats merging line by line).
 */
export async function setBudgetLines(
  prisma: PrismaClient,
  auth: Auth,
  input: z.infer<typeof setBudgetLinesSchema>,
) {
  const { applicationId, cityId } = input;
  await assertCanView(auth, applicationId);
  await assertCanEditCity(auth, cityId);
  return prisma.$transaction(async (tx) => {
    await lockApplication(tx, applicationId);
    const application = await loadApplication(tx, applicationId);
    assertOpen(application);
    const partner = application.partners.find((p) => p.cityId === cityId);
    if (partner?.status !== 'ACCEPTED') {
      throw new ConflictError('NOT_A_PARTNER', 'This city does not take part in the application.');
    }
    const { count } = await tx.fundingApplicationPartner.updateMany({
      where: { id: partner.id, budgetVersion: input.expectedBudgetVersion },
      data: { budgetVersion: { increment: 1 } },
    });
    if (count === 0) throw new VersionConflictError('BudgetLines', partner.budgetVersion);
    await tx.budgetLine.deleteMany({ where: { applicationId, cityId } });
    await tx.budgetLine.createMany({
      data: input.lines.map((line, position) => ({
        applicationId,
        cityId,
        position,
        category: line.category,
        description: line.description,
        amountCents: line.amount,
        eligible: line.eligible,
      })),
    });
    return tx.fundingApplication.update({
      where: { id: applicationId },
      data: { updatedAt: new Date() },
    });
  });
}
