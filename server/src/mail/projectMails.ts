import type { Config } from '../config.ts';
import type { ProjectEventMessage } from '../events/projectEvents.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { Logger } from '../logger.ts';
import { participatingCityIds } from '../projects/access.ts';
import { projectCoordinatorIds } from '../projects/notifications.ts';
import { statusWithLight } from '../projects/report/reportLabels.ts';
import type { Mailer, OutgoingMail } from './mailer.ts';

const FOOTER = 'Diese Nachricht hat Amtsweg automatisch versandt.';

/** `@db.Date` columns arrive as UTC midnight. */
function germanDate(date: Date) {
  const [year, month, day] = date.toISOString().slice(0, 10).split('-');
  return `${day}.${month}.${year}`;
}

function projectLink(publicUrl: string | undefined, projectId: string) {
  return publicUrl ? `${publicUrl.replace(/\/$/, '')}/projekte/${projectId}` : undefined;
}

function body(greeting: string, lines: (string | undefined)[], link: string | undefined) {
  const shown = lines.filter((line): line is string => line !== undefined);
  return [
    `Hallo ${greeting},`,
    '',
    ...shown,
    ...(link ? ['', `Zum Projekt: ${link}`] : []),
    '',
    '-- ',
    FOOTER,
    '',
  ].join('\n');
}

async function taskAssignedMails(
  prisma: PrismaClient,
  event: ProjectEventMessage,
  publicUrl: string | undefined,
): Promise<OutgoingMail[]> {
  if (!event.taskId) return [];
  const task = await prisma.projectTask.findUnique({
    where: { id: event.taskId },
    select: {
      title: true,
      dueDate: true,
      assigneeId: true,
      project: { select: { id: true, title: true } },
    },
  });
  const assigneeId = event.assigneeId ?? task?.assigneeId;
  if (!task || task.project.id !== event.projectId || !assigneeId) return [];
  if (assigneeId === event.actorId) return [];
  const assignee = await prisma.user.findUnique({
    where: { id: assigneeId },
    select: { email: true, displayName: true },
  });
  if (!assignee) return [];
  return [
    {
      to: assignee.email,
      subject: `Neue Aufgabe im Projekt „${task.project.title}“: ${task.title}`,
      text: body(
        assignee.displayName,
        [
          `${event.actorName} hat Ihnen im Projekt „${task.project.title}“ eine Aufgabe zugewiesen:`,
          '',
          `Aufgabe: ${task.title}`,
          task.dueDate ? `Fällig am: ${germanDate(task.dueDate)}` : undefined,
        ],
        projectLink(publicUrl, task.project.id),
      ),
    },
  ];
}

async function statusChangedMails(
  prisma: PrismaClient,
  event: ProjectEventMessage,
  publicUrl: string | undefined,
): Promise<OutgoingMail[]> {
  const project = await prisma.project.findUnique({
    where: { id: event.projectId },
    select: {
      id: true,
      title: true,
      leadCityId: true,
      partners: { select: { cityId: true } },
      // The entry the status change wrote: what changed, and who changed it. Messages from
      // before updateId existed fall back to the newest status entry.
      updates: {
        where: event.updateId ? { id: event.updateId } : { toStatus: { not: null } },
        orderBy: { at: 'desc' },
        take: 1,
      },
    },
  });
  const change = project?.updates[0];
  const toStatus = change?.toStatus;
  if (!project || !change || !toStatus) return [];
  const coordinatorIds = await projectCoordinatorIds(prisma, participatingCityIds(project));
  const recipients = await prisma.user.findMany({
    where: { id: { in: coordinatorIds.filter((id) => id !== change.actorId) } },
    select: { email: true, displayName: true },
    orderBy: { email: 'asc' },
  });
  const lines = [
    `${change.actorName} hat den Stand des Projekts „${project.title}“ aktualisiert:`,
    '',
    change.fromStatus && change.fromStatus !== toStatus
      ? `Status: ${statusWithLight(change.fromStatus)} → ${statusWithLight(toStatus)}`
      : `Status: ${statusWithLight(toStatus)}`,
    change.toProgress === null
      ? undefined
      : change.fromProgress !== null && change.fromProgress !== change.toProgress
        ? `Fortschritt: ${change.fromProgress} % → ${change.toProgress} %`
        : `Fortschritt: ${change.toProgress} %`,
    change.text ? `Anmerkung: ${change.text}` : undefined,
  ];
  const link = projectLink(publicUrl, project.id);
  return recipients.map((recipient) => ({
    to: recipient.email,
    subject: `Projekt „${project.title}“: ${statusWithLight(toStatus)}`,
    text: body(recipient.displayName, lines, link),
  }));
}

/** The mails an event causes: a task's new assignee, and a status change's coordinators. */
export function projectEventMails(
  prisma: PrismaClient,
  event: ProjectEventMessage,
  publicUrl: string | undefined,
): Promise<OutgoingMail[]> {
  if (event.kind === 'TASK_ASSIGNED') return taskAssignedMails(prisma, event, publicUrl);
  if (event.kind === 'STATUS_CHANGED') return statusChangedMails(prisma, event, publicUrl);
  return Promise.resolve([]);
}

/**
 * The bus's `onPublish` hook: sends an event's mails, each on its own so that one refused
 * address does not cost the others theirs. Failures are logged, never thrown.
 */
export function mailProjectEvents(deps: {
  prisma: PrismaClient;
  mailer: Mailer;
  config: Pick<Config, 'publicUrl'>;
  log: Logger;
}) {
  const { prisma, mailer, config, log } = deps;
  return async (event: ProjectEventMessage) => {
    const mails = await projectEventMails(prisma, event, config.publicUrl);
    const results = await Promise.allSettled(mails.map((mail) => mailer.send(mail)));
    for (const result of results) {
      if (result.status === 'rejected') {
        log.error({ err: result.reason, event }, 'a project mail could not be sent');
      }
    }
  };
}
