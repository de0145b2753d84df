import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import {
  type OwnedProjectEventBus,
  PROJECT_EVENTS_TOPIC,
  type ProjectEventMessage,
  type ProjectEventTarget,
  projectEventsOn,
} from './projectEvents.ts';
import { createRedisEventConnection } from './redisEventTarget.ts';

export interface ProjectEventBusOptions {
  /**
   * Runs once for each event, in the instance that publishes it — never in the instances that
   * merely receive it through Redis — so side effects such as mails happen exactly once. Runs
   * beside the delivery; a failure is logged and never reaches the mutation.
   */
  onPublish?: (event: ProjectEventMessage) => Promise<void>;
  /** Pub/sub topic and Redis channel; tests sharing one Redis use their own. */
  topic?: string;
}

/** Project events in memory, or through Redis with `REDIS_URL` so several instances share them. */
export function createProjectEventBus(
  config: Pick<Config, 'redisUrl'>,
  log: Logger,
  options: ProjectEventBusOptions = {},
): OwnedProjectEventBus {
  const { onPublish, topic = PROJECT_EVENTS_TOPIC } = options;
  const redis = config.redisUrl ? createRedisEventConnection(config.redisUrl, log) : undefined;
  const events = projectEventsOn(redis?.target ?? (new EventTarget() as ProjectEventTarget), topic);
  const running = new Set<Promise<void>>();

  function runOnPublish(event: ProjectEventMessage) {
    if (!onPublish) return;
    const done: Promise<void> = Promise.resolve()
      .then(() => onPublish(event))
      .catch((error: unknown) => {
        log.error({ err: error, event }, 'side effects of a project event failed');
      })
      .finally(() => running.delete(done));
    running.add(done);
  }

  async function flush() {
    while (running.size > 0) await Promise.all(running);
  }

  return {
    publish(event) {
      runOnPublish(event);
      try {
        events.publish(event);
      } catch (error) {
        // The change is committed already; a live update that cannot go out is only logged.
        log.error({ err: error, event }, 'publishing a project event failed');
      }
    },
    subscribe: () => events.subscribe(),
    flush,
    async close() {
      await flush();
      await redis?.close();
    },
  };
}
