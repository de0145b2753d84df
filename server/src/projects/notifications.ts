import type { NotificationKind, Prisma } from '../generated/prisma/client.ts';
import { notify } from '../notifications/notify.ts';

/** The coordinators of the cities that run a project: whom status changes and comments concern. */
export async function projectCoordinatorIds(
  tx: Prisma.TransactionClient,
  cityIds: string[],
): Promise<string[]> {
  const rows = await tx.membership.findMany({
    where: { cityId: { in: cityIds }, role: 'COORDINATOR' },
    select: { userId: true },
  });
  return [...new Set(rows.map((r) => r.userId))];
}

/** In-app notifications about a project, inside the caller's transaction; never to the actor. */
export async function notifyAboutProject(
  tx: Prisma.TransactionClient,
  kind: NotificationKind,
  project: { id: string; title: string },
  actor: { id: string; displayName: string },
  userIds: string[],
) {
  await notify(
    tx,
    userIds
      .filter((userId) => userId !== actor.id)
      .map((userId) => ({
        userId,
        kind,
        actorName: actor.displayName,
        modelTitle: '',
        projectId: project.id,
        projectTitle: project.title,
      })),
  );
}
