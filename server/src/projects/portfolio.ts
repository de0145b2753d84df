import type { Auth } from '../auth/authz.ts';
import type {
  Prisma,
  PrismaClient,
  ProjectStatus,
  ProjectTopic,
} from '../generated/prisma/client.ts';
import { type ProjectFilterInput, projectFilterWhere } from './filter.ts';
import { REPORT_STATUS_ORDER } from './report/reportLabels.ts';

/** How far ahead the dashboard looks for milestones. */
export const UPCOMING_DAYS = 60;
const MS_PER_DAY = 86_400_000;

/**
 * Projects run by the viewer's cities or by the other cities of their partnerships, as lead or
 * partner: the coordinator's portfolio. Global admins look after every city.
 */
async function participatingWhere(
  auth: Auth,
  prisma: PrismaClient,
): Promise<Prisma.ProjectWhereInput> {
  const own = await auth.cityIdsWith('project:view');
  if (own === 'all') return {};
  const partnerships = [...(await auth.partnershipIds())];
  const partners =
    partnerships.length === 0
      ? []
      : await prisma.partnershipMember.findMany({
          where: { partnershipId: { in: partnerships }, status: 'ACCEPTED' },
          select: { cityId: true },
        });
  const cityIds = [...new Set([...own, ...partners.map((m) => m.cityId)])];
  return {
    OR: [{ leadCityId: { in: cityIds } }, { partners: { some: { cityId: { in: cityIds } } } }],
  };
}

/** The portfolio: visible, filtered, and run within the viewer's cities and partnerships. */
export async function portfolioWhere(
  prisma: PrismaClient,
  auth: Auth,
  filter: ProjectFilterInput | null | undefined,
): Promise<Prisma.ProjectWhereInput> {
  const [filtered, participating] = await Promise.all([
    projectFilterWhere(filter, auth, prisma),
    participatingWhere(auth, prisma),
  ]);
  return { AND: [filtered, participating] };
}

/** Every status with its number of projects, zeros included, in traffic-light order. */
export async function countsByStatus(
  prisma: PrismaClient,
  where: Prisma.ProjectWhereInput,
): Promise<{ status: ProjectStatus; count: number }[]> {
  const groups = await prisma.project.groupBy({ by: ['status'], where, _count: { _all: true } });
  const counts = new Map(groups.map((g) => [g.status, g._count._all]));
  return REPORT_STATUS_ORDER.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

/** Every topic with its number of projects, zeros included, in the topics' order. */
export async function countsByTopic(
  prisma: PrismaClient,
  where: Prisma.ProjectWhereInput,
): Promise<{ topic: ProjectTopic; count: number }[]> {
  const [groups, topics] = await Promise.all([
    prisma.project.groupBy({ by: ['topicId'], where, _count: { _all: true } }),
    prisma.projectTopic.findMany({ orderBy: [{ position: 'asc' }, { key: 'asc' }] }),
  ]);
  const counts = new Map(groups.map((g) => [g.topicId, g._count._all]));
  return topics.map((topic) => ({ topic, count: counts.get(topic.id) ?? 0 }));
}

/** Open milestones due from today (Europe/Berlin) to `UPCOMING_DAYS` ahead. */
export function upcomingMilestonesWhere(
  where: Prisma.ProjectWhereInput,
  today: Date,
): Prisma.ProjectMilestoneWhereInput {
  return {
    project: where,
    doneAt: null,
    dueDate: { gte: today, lte: new Date(today.getTime() + UPCOMING_DAYS * MS_PER_DAY) },
  };
}

/** Unfinished tasks whose due date lies before today (Europe/Berlin). */
export function overdueTasksWhere(
  where: Prisma.ProjectWhereInput,
  today: Date,
): Prisma.ProjectTaskWhereInput {
  return { project: where, state: { not: 'DONE' }, dueDate: { lt: today } };
}
