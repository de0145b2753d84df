import { createPubSub, type PubSubEventTarget, SlidingBuffer } from 'graphql-yoga';

export const PROJECT_EVENT_KINDS = [
  'PROJECT_CREATED',
  'PROJECT_UPDATED',
  'STATUS_CHANGED',
  'MILESTONE_CHANGED',
  'TASK_ASSIGNED',
  'TASK_CHANGED',
  'COMMENT_ADDED',
] as const;
export type ProjectEventKind = (typeof PROJECT_EVENT_KINDS)[number];

/** What happened to a project, published after the change is committed. Plain JSON (Redis). */
export interface ProjectEventMessage {
  kind: ProjectEventKind;
  projectId: string;
  actorName: string;
  /** Who made the change; never mailed about their own doing. Optional for older messages. */
  actorId?: string;
  /** ISO timestamp. */
  at: string;
  taskId?: string;
  /** For TASK_ASSIGNED: who got the task. */
  assigneeId?: string;
  /**
   * For STATUS_CHANGED: the log entry the change wrote, so its mails describe this change even
   * when a newer one follows within milliseconds. Absent in older messages.
   */
  updateId?: string;
}

export interface ProjectEventBus {
  publish(event: ProjectEventMessage): void;
  subscribe(): AsyncIterable<ProjectEventMessage>;
}

/** A bus the server owns (see createProjectEventBus.ts). */
export interface OwnedProjectEventBus extends ProjectEventBus {
  /** Resolves once the side effects (mails) of every event published so far have finished. */
  flush(): Promise<void>;
  /** Flushes, then disconnects from Redis. */
  close(): Promise<void>;
}

/** The pub/sub topic (and Redis channel) all project events travel on. */
export const PROJECT_EVENTS_TOPIC = 'amtsweg:project-events';

type ProjectEventTopics = Record<string, [ProjectEventMessage]>;
/** In memory a plain EventTarget; across instances redis-event-target's. */
export type ProjectEventTarget = PubSubEventTarget<ProjectEventTopics>;

/**
 * Project events over yoga's pub/sub on `target`. Every subscriber gets its own buffer keeping
 * the newest 256 events: without one, yoga's pub/sub throws once 1,024 events wait for a slow
 * subscriber — from inside an event listener, which Node turns into an uncaught exception. A live
 * page that missed events refetches the current state anyway.
 */
export function projectEventsOn(
  target: ProjectEventTarget,
  topic = PROJECT_EVENTS_TOPIC,
): ProjectEventBus {
  const publisher = createPubSub<ProjectEventTopics>({ eventTarget: target });
  return {
    publish: (event) => publisher.publish(topic, event),
    subscribe: () =>
      createPubSub<ProjectEventTopics>({
        eventTarget: target,
        repeaterBuffer: new SlidingBuffer(256),
      }).subscribe(topic),
  };
}

/** Events within one process. */
export function createInMemoryProjectEventBus(): ProjectEventBus {
  return projectEventsOn(new EventTarget() as ProjectEventTarget);
}

const KINDS: ReadonlySet<string> = new Set(PROJECT_EVENT_KINDS);

/** Messages from Redis may come from another release of the API: check their shape first. */
export function isProjectEventMessage(value: unknown): value is ProjectEventMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  return (
    typeof message.kind === 'string' &&
    KINDS.has(message.kind) &&
    typeof message.projectId === 'string' &&
    typeof message.actorName === 'string' &&
    typeof message.at === 'string' &&
    (message.taskId === undefined || typeof message.taskId === 'string') &&
    (message.assigneeId === undefined || typeof message.assigneeId === 'string')
  );
}
