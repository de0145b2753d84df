import { Repeater } from 'graphql-yoga';
import type { Auth } from '../auth/authz.ts';
import { sessionAuth } from '../auth/session.ts';
import { NotFoundError } from '../errors.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { loadVisibleProject } from '../projects/access.ts';
import { isProjectEventMessage, type ProjectEventMessage } from './projectEvents.ts';

/** An event a subscriber may see, with the rights the check was made with. */
export interface VisibleProjectEvent {
  event: ProjectEventMessage;
  auth: Auth;
}

/**
 * The events one subscriber receives. A subscription lives for hours while memberships, sharing
 * and sessions change, so every event is checked against the viewer's rights at that moment, not
 * at subscription time: the session is read again (signed out or expired ends the stream) and a
 * fresh `Auth` decides whether the project is visible now.
 */
export function visibleProjectEvents(
  source: AsyncIterable<ProjectEventMessage>,
  viewer: { prisma: PrismaClient; sessionToken: string; projectId?: string },
): AsyncIterable<VisibleProjectEvent> {
  const { prisma, sessionToken, projectId } = viewer;
  // A Repeater, not an async generator: a generator waiting for the next event cannot be
  // returned, so a closed connection would keep its listener until some event came.
  return new Repeater<VisibleProjectEvent>(async (push, stop) => {
    const events = source[Symbol.asyncIterator]();
    stop.then(() => events.return?.());
    for (let next = await events.next(); !next.done; next = await events.next()) {
      const event: unknown = next.value;
      if (!isProjectEventMessage(event)) continue;
      if (projectId !== undefined && event.projectId !== projectId) continue;
      const auth = await sessionAuth(prisma, sessionToken);
      if (!auth) break;
      const visible = await loadVisibleProject(prisma, auth, event.projectId).then(
        () => true,
        (error: unknown) => {
          if (error instanceof NotFoundError) return false;
          throw error;
        },
      );
      if (visible) await push({ event, auth });
    }
    stop();
  });
}
