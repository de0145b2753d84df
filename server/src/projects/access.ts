import type { Auth } from '../auth/authz.ts';
import { forbidden } from '../auth/authz.ts';
import { NotFoundError } from '../errors.ts';
import type { Prisma, PrismaClient, Visibility } from '../generated/prisma/client.ts';

/**
 * Who sees a project: members of its lead and partner cities always; every signed-in user when
 * PUBLIC; with PARTNERS, the accepted member cities of the partnerships it is shared with, as long
 * as the lead city still belongs to that partnership (the rule of process models). Milestones,
 * tasks and the log follow their project. `canViewProject` and `visibleProjectsWhere` state the
 * same rule for one loaded project and for a query; tests hold them together.
 */
export interface ProjectSharing {
  leadCityId: string;
  visibility: Visibility;
  partners: { cityId: string }[];
  sharedWith: {
    partnershipId: string;
    partnership: { members: { cityId: string; status: string }[] };
  }[];
}

/**
 * Selection every Project object carries so `canViewProject` needs no query of its own. The
 * members are selected with the same arguments as the Partnership type's own selection, so that
 * Pothos can merge the two when a query asks for `sharedWith` (else: a query per project).
 */
export const projectSharingSelection = {
  partners: { select: { cityId: true } },
  sharedWith: {
    select: {
      partnershipId: true,
      partnership: {
        select: {
          members: { orderBy: { city: { name: 'asc' } }, select: { cityId: true, status: true } },
        },
      },
    },
  },
} as const;

/** A share counts while the lead city is an accepted member of the partnership. */
export function leadStillShares(
  project: { leadCityId: string },
  share: { partnership: { members: { cityId: string; status: string }[] } },
) {
  return share.partnership.members.some(
    (m) => m.cityId === project.leadCityId && m.status === 'ACCEPTED',
  );
}

/** The cities that run the project: the lead and its partners. */
export function participatingCityIds(project: {
  leadCityId: string;
  partners: { cityId: string }[];
}) {
  return [project.leadCityId, ...project.partners.map((p) => p.cityId)];
}

export async function canViewProject(auth: Auth, project: ProjectSharing): Promise<boolean> {
  if (!auth.user) return false;
  const cities = await auth.cityIdsWith('project:view');
  if (cities === 'all') return true;
  if (participatingCityIds(project).some((id) => cities.includes(id))) return true;
  if (project.visibility === 'PUBLIC') return true;
  if (project.visibility !== 'PARTNERS') return false;
  const partnerships = await auth.partnershipIds();
  return project.sharedWith.some(
    (share) => partnerships.has(share.partnershipId) && leadStillShares(project, share),
  );
}

export async function visibleProjectsWhere(auth: Auth): Promise<Prisma.ProjectWhereInput> {
  if (!auth.user) return { id: { in: [] } };
  const cities = await auth.cityIdsWith('project:view');
  if (cities === 'all') return {};
  const citiesOf = await auth.partnershipMemberCities();
  return {
    OR: [
      { leadCityId: { in: cities } },
      { partners: { some: { cityId: { in: cities } } } },
      { visibility: 'PUBLIC' },
      ...[...citiesOf].map(([partnershipId, memberCities]) => ({
        visibility: 'PARTNERS' as const,
        leadCityId: { in: memberCities },
        sharedWith: { some: { partnershipId } },
      })),
    ],
  };
}

/** Loads a project the viewer may see, with what the edit checks need; NotFoundError otherwise. */
export async function loadVisibleProject(
  prisma: PrismaClient | Prisma.TransactionClient,
  auth: Auth,
  projectId: string,
) {
  const project = await prisma.project.findUnique({
    where: { id: projectId },
    include: projectSharingSelection,
  });
  if (!project || !(await canViewProject(auth, project))) throw new NotFoundError('Project');
  return project;
}

/** Coordinators of the lead or a partner city (and global admins) run a project. */
export function canEditProject(
  auth: Auth,
  project: { leadCityId: string; partners: { cityId: string }[] },
) {
  return auth.can('project:edit', { cityIds: participatingCityIds(project) });
}

export async function assertCanEditProject(
  auth: Auth,
  project: { leadCityId: string; partners: { cityId: string }[] },
) {
  if (!(await canEditProject(auth, project))) throw forbidden();
}
