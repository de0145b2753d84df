import type { Auth } from '../auth/authz.ts';
import { NotFoundError } from '../errors.ts';
import type { Prisma, PrismaClient, Visibility } from '../generated/prisma/client.ts';

/** What a visibility decision needs to know about a model. */
export interface ModelSharing {
  cityId: string;
  visibility: Visibility;
  sharedWith: { partnershipId: string; partnership: { members: { cityId: string }[] } }[];
}

/**
 * The partnerships a model is shared with: those chosen that its own city still belongs to. A city
 * that leaves (or is removed from) a partnership takes its models along.
 */
export function sharedPartnershipIds(model: ModelSharing): string[] {
  return model.sharedWith
    .filter((share) => share.partnership.members.some((m) => m.cityId === model.cityId))
    .map((share) => share.partnershipId);
}

/**
 * Who sees a process model: its own city always; every signed-in city when PUBLIC; the accepted
 * member cities of the chosen partnerships when PARTNERS. `canViewModel` and `visibleModelsWhere`
 * state the same rule for one object and for a database query; tests hold them together.
 */
export async function canViewModel(auth: Auth, model: ModelSharing): Promise<boolean> {
  if (!auth.user) return false;
  const cities = await auth.cityIdsWith('processModel:view');
  if (cities === 'all' || cities.includes(model.cityId)) return true;
  if (model.visibility === 'PUBLIC') return true;
  if (model.visibility !== 'PARTNERS') return false;
  const partnerships = await auth.partnershipIds();
  return sharedPartnershipIds(model).some((id) => partnerships.has(id));
}

export async function visibleModelsWhere(auth: Auth): Promise<Prisma.ProcessModelWhereInput> {
  if (!auth.user) return { id: { in: [] } };
  const cities = await auth.cityIdsWith('processModel:view');
  if (cities === 'all') return {};
  // Per partnership of the viewer: the models its accepted cities shared with it.
  const citiesOf = await auth.partnershipMemberCities();
  return {
    OR: [
      { cityId: { in: cities } },
      { visibility: 'PUBLIC' },
      ...[...citiesOf].map(([partnershipId, memberCities]) => ({
        visibility: 'PARTNERS' as const,
        cityId: { in: memberCities },
        sharedWith: { some: { partnershipId } },
      })),
    ],
  };
}

/** Selection every ProcessModel object carries so the check above needs no query of its own. */
export const sharingSelection = {
  sharedWith: {
    select: {
      partnershipId: true,
      partnership: {
        select: { members: { where: { status: 'ACCEPTED' }, select: { cityId: true } } },
      },
    },
    orderBy: { partnershipId: 'asc' },
  },
} as const;

/** The same for objects that belong to a model (versions, comments, reviews). */
export const parentModelSharing = {
  model: { select: { cityId: true, visibility: true, ...sharingSelection } },
} as const;

/** For linking models to other objects: every id must be a model the viewer may see. */
export async function assertModelsVisible(auth: Auth, prisma: PrismaClient, modelIds: string[]) {
  if (modelIds.length === 0) return;
  const visible = await prisma.processModel.count({
    where: { AND: [{ id: { in: modelIds } }, await visibleModelsWhere(auth)] },
  });
  if (visible !== modelIds.length) throw new NotFoundError('ProcessModel');
}
