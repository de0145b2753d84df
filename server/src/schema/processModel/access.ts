import { InputValidationError } from '@pothos/plugin-validation';
import { Auth } from '../../auth/authz.ts';
import { NotFoundError } from '../../errors.ts';
import type { User } from '../../generated/prisma/client.ts';
import { canViewModel, sharingSelection } from '../../processModels/visibility.ts';
import type { Context } from '../context.ts';

/** A model the viewer may see, else NotFound: other cities' private models do not exist for them. */
export async function visibleModel(ctx: Context, modelId: string) {
  const model = await ctx.prisma.processModel.findUnique({
    where: { id: modelId },
    include: sharingSelection,
  });
  if (!model || !(await canViewModel(ctx.auth, model))) throw new NotFoundError('ProcessModel');
  return model;
}

/** A visible model whose city's process owners include the viewer, else FORBIDDEN. */
export async function editableModel(ctx: Context, modelId: string) {
  const model = await visibleModel(ctx, modelId);
  await ctx.auth.assertCan('processModel:edit', { cityId: model.cityId });
  return model;
}

/** Of `users`, those who may see the model (checked with each user's own permissions). */
export async function usersWhoCanSee(
  ctx: Context,
  model: Parameters<typeof canViewModel>[1],
  users: User[],
): Promise<User[]> {
  const checks = await Promise.all(
    users.map(async (user) =>
      (await canViewModel(new Auth(ctx.prisma, user), model)) ? user : null,
    ),
  );
  return checks.filter((user): user is User => user !== null);
}

/** Partnership ids the model may be shared with: those the owning city has joined. */
export async function partnershipsToShareWith(
  ctx: Context,
  cityId: string,
  visibility: string,
  partnershipIds: string[],
): Promise<string[]> {
  if (visibility !== 'PARTNERS') return [];
  const unique = [...new Set(partnershipIds)];
  const joined = await ctx.prisma.partnershipMember.count({
    where: { cityId, status: 'ACCEPTED', partnershipId: { in: unique } },
  });
  if (unique.length === 0 || joined !== unique.length) {
    throw new InputValidationError({
      issues: [
        {
          message: 'Choose at least one partnership your city has joined.',
          path: ['sharedWithPartnershipIds'],
        },
      ],
    });
  }
  return unique;
}
