import { daysUntilDeadline } from '@amtsweg/shared/funding';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { berlinToday } from './berlinDate.ts';

/** Reminders go out this many days before a deadline. */
export const REMINDER_DAYS = [14, 7, 1] as const;

/** Applications still being prepared: after submission the deadline no longer concerns anyone. */
export const OPEN_STATUSES = ['DRAFT', 'INTERNAL_REVIEW'] as const;

/**
 * The reminder due `daysLeft` days before the deadline: the tightest threshold reached. An
 * application created 5 days before its deadline gets the 7-day reminder, not also the 14-day one.
 */
export function reminderFor(daysLeft: number): number | null {
  if (daysLeft < 0) return null;
  return [...REMINDER_DAYS].reverse().find((days) => daysLeft <= days) ?? null;
}

/**
 * Sends the due deadline reminders to the funding officers of every city taking part in an open
 * application. Safe to run often and on several instances at once: a partial unique index
 * (user, application, days) makes each reminder exist once, and duplicates are skipped.
 */
export async function sendDeadlineReminders(
  prisma: PrismaClient,
  day: Date = berlinToday(),
): Promise<number> {
  // Deadlines are dates: compare from the start of the given day, whatever its time.
  const today = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
  const horizon = new Date(today.getTime() + REMINDER_DAYS[0] * 86_400_000);
  const applications = await prisma.fundingApplication.findMany({
    where: {
      status: { in: [...OPEN_STATUSES] },
      programme: { deadline: { gte: today, lte: horizon } },
    },
    select: {
      id: true,
      title: true,
      programme: { select: { deadline: true } },
      partners: { where: { status: 'ACCEPTED' }, select: { cityId: true } },
    },
  });
  if (applications.length === 0) return 0;
  const officers = await prisma.membership.findMany({
    where: {
      role: 'FUNDING_OFFICER',
      cityId: { in: applications.flatMap((a) => a.partners.map((p) => p.cityId)) },
    },
    select: { userId: true, cityId: true },
  });
  const data = applications.flatMap((application) => {
    const deadline = application.programme.deadline;
    const daysBefore = deadline ? reminderFor(daysUntilDeadline(deadline, today)) : null;
    if (daysBefore === null) return [];
    const cityIds = new Set(application.partners.map((p) => p.cityId));
    const userIds = new Set(officers.filter((o) => cityIds.has(o.cityId)).map((o) => o.userId));
    return [...userIds].map((userId) => ({
      userId,
      kind: 'FUNDING_DEADLINE' as const,
      actorName: '',
      applicationId: application.id,
      applicationTitle: application.title,
      daysBefore,
    }));
  });
  const { count } = await prisma.notification.createMany({ data, skipDuplicates: true });
  return count;
}

/** Runs the reminders now and then every hour until stopped; failures are logged, not thrown. */
export function startDeadlineReminders(
  prisma: PrismaClient,
  onError: (error: unknown) => void,
): () => void {
  const run = () => {
    sendDeadlineReminders(prisma).catch(onError);
  };
  run();
  const timer = setInterval(run, 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
