import type { Auth } from '../auth/authz.ts';
import type { Prisma, Visibility } from '../generated/prisma/client.ts';

/** What a visibility decision needs to know about a model. */
export interface ModelSharing {
  cityId: string;
  visibility: Visibility;
  sharedWith: { partnershipId: string }[];
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
  return model.sharedWith.some((s) => partnerships.has(s.partnershipId));
}

export async function visibleModelsWhere(auth: Auth): Promise<Prisma.ProcessModelWhereInput> {
  if (!auth.user) return { id: { in: [] } };
  const cities = await auth.cityIdsWith('processModel:view');
  if (cities === 'all') return {};
  const partnerships = [...(await auth.partnershipIds())];
  return {
    OR: [
      { cityId: { in: cities } },
      { visibility: 'PUBLIC' },
      { visibility: 'PARTNERS', sharedWith: { some: { partnershipId: { in: partnerships } } } },
    ],
  };
}

/** Selection every ProcessModel object carries so the check above needs no query of its own. */
export const sharingSelection = {
  sharedWith: { select: { partnershipId: true }, orderBy: { partnershipId: 'asc' } },
} as const;

/** The same for objects that belong to a model (versions, comments, reviews). */
export const parentModelSharing = {
  model: { select: { cityId: true, visibility: true, ...sharingSelection } },
} as const;
