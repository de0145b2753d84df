import type { Auth } from '../auth/authz.ts';
import { hashSecretToken, newSecretToken } from '../auth/secretToken.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { visibleApplicationsWhere } from './applicationAccess.ts';
import { calendarDateString } from './berlinDate.ts';
import { OPEN_STATUSES } from './deadlineReminders.ts';

/**
 * Each user may have one iCalendar feed URL. Only the token's hash is stored, so the URL is shown
 * once when made; making a new one (or revoking) makes the old URL stop working.
 */
export async function createCalendarFeed(prisma: PrismaClient, userId: string, publicUrl?: string) {
  const token = newSecretToken();
  await prisma.user.update({
    where: { id: userId },
    data: { calendarTokenHash: hashSecretToken(token) },
  });
  return `${publicUrl?.replace(/\/$/, '') ?? ''}/calendar/${token}.ics`;
}

export async function revokeCalendarFeed(prisma: PrismaClient, userId: string) {
  await prisma.user.update({ where: { id: userId }, data: { calendarTokenHash: null } });
}

export function userByCalendarToken(prisma: PrismaClient, token: string) {
  return prisma.user.findUnique({ where: { calendarTokenHash: hashSecretToken(token) } });
}

/** Deadlines of the applications the viewer takes part in that are still being prepared. */
export async function applicationDeadlines(prisma: PrismaClient, auth: Auth) {
  const applications = await prisma.fundingApplication.findMany({
    where: {
      AND: [
        await visibleApplicationsWhere(auth),
        { status: { in: [...OPEN_STATUSES] }, programme: { deadline: { not: null } } },
      ],
    },
    include: { programme: { select: { name: true, deadline: true } } },
  });
  return applications
    .map((application) => ({
      application,
      deadline: application.programme.deadline as Date,
    }))
    .sort(
      (a, b) =>
        a.deadline.getTime() - b.deadline.getTime() ||
        a.application.title.localeCompare(b.application.title, 'de'),
    );
}

export function calendarEventsOf(
  deadlines: Awaited<ReturnType<typeof applicationDeadlines>>,
  publicUrl?: string,
) {
  const base = publicUrl?.replace(/\/$/, '');
  return deadlines.map(({ application, deadline }) => ({
    uid: `funding-deadline-${application.id}@amtsweg`,
    date: calendarDateString(deadline),
    summary: `Einreichungsfrist: ${application.title}`,
    description: `Förderprogramm: ${application.programme.name}`,
    url: base ? `${base}/foerderantraege/${application.id}` : undefined,
  }));
}
