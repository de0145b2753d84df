import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';
import type { ProjectEventTarget } from './projectEvents.ts';

/** Redis commands whose promise redis-event-target drops (see `guarded`). */
const FIRE_AND_FORGET = new Set(['publish', 'subscribe', 'unsubscribe']);

/**
 * redis-event-target calls PUBLISH/SUBSCRIBE without handling their promises; while Redis is
 * unreachable they reject, and an unhandled rejection ends the Node process. This client logs
 * those failures instead: a lost live update must not take the API down.
 */
function guarded(client: Redis, log: Logger): Redis {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || !FIRE_AND_FORGET.has(String(property))) return value;
      return (...args: unknown[]) => {
        const result = Reflect.apply(value, target, args) as Promise<unknown>;
        return result.catch((error: unknown) => {
          log.warn({ err: error, command: property }, 'redis command for project events failed');
        });
      };
    },
  });
}

function connect(url: string, role: 'publish' | 'subscribe', log: Logger): Redis {
  const client = new Redis(url, { connectionName: `amtsweg-project-events-${role}` });
  // ioredis retries for ever and reports every failed attempt: log the first of each outage.
  let down = false;
  client.on('error', (error: Error) => {
    if (down) return;
    down = true;
    log.error({ err: error, role }, 'redis for project events unreachable; retrying');
  });
  client.on('ready', () => {
    if (down) log.info({ role }, 'redis for project events reachable again');
    down = false;
  });
  return client;
}

async function disconnect(client: Redis) {
  // QUIT waits for Redis to answer; a client that is not connected would wait for ever.
  if (client.status === 'ready') await client.quit().catch(() => client.disconnect());
  else client.disconnect();
}

function parseOrNull(message: string): unknown {
  try {
    return JSON.parse(message);
  } catch {
    return null;
  }
}

/**
 * The event target for yoga's pub/sub over Redis: two connections (a subscribed connection can
 * send nothing else), so every instance of the API receives what any instance publishes — its own
 * events included.
 */
export function createRedisEventConnection(url: string, log: Logger) {
  const publishClient = connect(url, 'publish', log);
  const subscribeClient = connect(url, 'subscribe', log);
  const target: ProjectEventTarget = createRedisEventTarget({
    publishClient: guarded(publishClient, log),
    subscribeClient: guarded(subscribeClient, log),
    // A message that is not JSON must not throw inside ioredis; subscribers drop the null.
    serializer: { stringify: JSON.stringify, parse: parseOrNull },
  });
  return {
    target,
    close: () => Promise.all([disconnect(publishClient), disconnect(subscribeClient)]),
  };
}
