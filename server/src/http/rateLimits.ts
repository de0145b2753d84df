import { Redis } from 'ioredis';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';

/** How long to wait before trying again, in whole seconds (0: go ahead). */
export type RetryAfterSeconds = number;

export interface RateLimits {
  /** Whether a login for this e-mail from this address may be tried at all right now. */
  loginRetryAfter(email: string, address: string): Promise<RetryAfterSeconds>;
  /** Counts a wrong e-mail/password pair against both the e-mail and the address. */
  loginFailed(email: string, address: string): Promise<void>;
  /** A correct password clears the e-mail's failures (not the address's). */
  loginSucceeded(email: string): Promise<void>;
  /** Takes one mutation from the caller's allowance; > 0 when it is used up. */
  consumeMutation(caller: string): Promise<RetryAfterSeconds>;
  close(): Promise<void>;
}

const MINUTE = 60;

function seconds(ms: number): RetryAfterSeconds {
  return Math.max(1, Math.ceil(ms / 1000));
}

/**
 * rate-limiter-flexible counters, in this process or (with REDIS_URL) in Redis so that every
 * instance behind the load balancer counts together. If Redis is unreachable the counters fall
 * back to memory rather than locking everyone out.
 */
export function createRateLimits(config: Config, log: Logger): RateLimits {
  const redis = config.redisUrl
    ? new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
    : undefined;
  redis?.on('error', (error) => log.warn({ err: error }, 'rate limit store unreachable'));

  function limiter(keyPrefix: string, points: number): RateLimiterAbstract {
    const options = { keyPrefix, points, duration: MINUTE };
    if (!redis) return new RateLimiterMemory(options);
    return new RateLimiterRedis({
      ...options,
      keyPrefix: `amtsweg:${keyPrefix}`,
      storeClient: redis,
      insuranceLimiter: new RateLimiterMemory(options),
    });
  }

  const failuresPerEmail = config.rateLimits.loginFailuresPerMinute;
  // An office shares one address: allow it ten people's worth of typos before it is held back.
  const failuresPerAddress = failuresPerEmail * 10;
  const loginByEmail = limiter('login-email', failuresPerEmail);
  const loginByAddress = limiter('login-address', failuresPerAddress);
  const mutations = limiter('mutation', config.rateLimits.mutationsPerMinute);

  async function blockedFor(
    counter: RateLimiterAbstract,
    key: string,
    points: number,
  ): Promise<number> {
    const state = await counter.get(key);
    return state && state.consumedPoints >= points ? seconds(state.msBeforeNext) : 0;
  }

  async function penalise(counter: RateLimiterAbstract, key: string): Promise<void> {
    try {
      await counter.consume(key);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
    }
  }

  return {
    async loginRetryAfter(email, address) {
      const [byEmail, byAddress] = await Promise.all([
        blockedFor(loginByEmail, email, failuresPerEmail),
        blockedFor(loginByAddress, address, failuresPerAddress),
      ]);
      return Math.max(byEmail, byAddress);
    },
    async loginFailed(email, address) {
      await Promise.all([penalise(loginByEmail, email), penalise(loginByAddress, address)]);
    },
    async loginSucceeded(email) {
      await loginByEmail.delete(email);
    },
    async consumeMutation(caller) {
      try {
        await mutations.consume(caller);
        return 0;
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return seconds(refusal.msBeforeNext);
        throw refusal;
      }
    },
    async close() {
      redis?.disconnect();
    },
  };
}
