import { Redis } from 'ioredis';
import type { ProjectEventBus, ProjectEventMessage } from '../../src/events/projectEvents.ts';
import type { AmtswegYoga } from '../../src/yoga.ts';

// Live project events as a browser receives them: a GraphQL subscription over server-sent events,
// read from the response stream of `yoga.fetch`.

export const PROJECT_EVENTS = `subscription($projectId: ID) {
  projectEvents(projectId: $projectId) {
    kind actorName at taskId
    project { id title status progressPercent visibility viewerCanEdit }
  }
}`;

export interface ProjectEventView {
  kind: string;
  actorName: string;
  at: string;
  taskId: string | null;
  project: {
    id: string;
    title: string;
    status: string;
    progressPercent: number;
    visibility: string;
    viewerCanEdit: boolean;
  };
}

export interface StreamedResult {
  data?: { projectEvents: ProjectEventView } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Opens `projectEvents` on `yoga` as the owner of `cookie`; `next()` reads the next result. */
export async function openProjectEvents(
  yoga: AmtswegYoga,
  options: { cookie?: string; projectId?: string } = {},
) {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: {
      accept: 'text/event-stream',
      'content-type': 'application/json',
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    body: JSON.stringify({
      query: PROJECT_EVENTS,
      variables: options.projectId ? { projectId: options.projectId } : {},
    }),
  });
  if (!response.body) throw new Error(`no event stream (status ${response.status})`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';

  /** The next `next` message; `complete` when the server ended the stream. */
  async function read(): Promise<StreamedResult | 'complete'> {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields = new Map<string, string>();
        for (const line of block.split('\n')) {
          // Lines starting with ':' are the keep-alive pings.
          const match = /^([a-z]+): ?(.*)$/.exec(line);
          if (match) fields.set(match[1] as string, match[2] as string);
        }
        if (fields.get('event') === 'complete') return 'complete';
        if (fields.get('event') === 'next') return JSON.parse(fields.get('data') ?? 'null');
        continue;
      }
      const { value, done } = await reader.read();
      if (done) return 'complete';
      buffer += decoder.decode(value, { stream: true });
    }
  }

  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    /** The next result, or a clear failure after `ms` (a missing event must not hang the test). */
    next(ms = 10_000): Promise<StreamedResult | 'complete'> {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no project event within ${ms} ms`)), ms);
      });
      return Promise.race([read(), timeout]).finally(() => clearTimeout(timer));
    },
    /** Closes the connection, as a browser leaving the page does. */
    close: () => reader.cancel().catch(() => undefined),
  };
}

export type ProjectEventStream = Awaited<ReturnType<typeof openProjectEvents>>;

/**
 * `bus`, counting subscribers that are listening. A subscriber's listener is added when the
 * server first reads from its stream, so a test waits for this before it changes anything.
 */
export function countingListeners<T extends ProjectEventBus>(bus: T) {
  let listening = 0;
  const counted: T = {
    ...bus,
    publish: (event: ProjectEventMessage) => bus.publish(event),
    subscribe(): AsyncIterable<ProjectEventMessage> {
      const source = bus.subscribe();
      return {
        [Symbol.asyncIterator]() {
          const events = source[Symbol.asyncIterator]();
          let first = true;
          return {
            next() {
              const result = events.next();
              if (first) listening += 1;
              first = false;
              return result;
            },
            return: async () => {
              listening -= 1;
              return (await events.return?.()) ?? { done: true, value: undefined };
            },
          };
        },
      };
    },
  };
  return { bus: counted, listening: () => listening };
}

/** The Redis the live-update tests use; `.ci/run` starts one on 127.0.0.1:6379. */
export const TEST_REDIS_URL = process.env.REDIS_URL_TEST ?? 'redis://127.0.0.1:6379';

/** A connection for watching channels; fails at once, with what to do, when Redis is not there. */
export async function connectTestRedis(): Promise<Redis> {
  const redis = new Redis(TEST_REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 3_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined); // reported below, with what to do
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    throw new Error(
      `The live-update tests need Redis at ${TEST_REDIS_URL} (.ci/run starts one; or set ` +
        `REDIS_URL_TEST): ${String(error)}`,
    );
  }
  return redis;
}

/** How many connections Redis has subscribed to `channel` (one per listening API instance). */
export async function channelSubscribers(redis: Redis, channel: string): Promise<number> {
  const [, count] = (await redis.pubsub('NUMSUB', channel)) as [string, number];
  return Number(count);
}
