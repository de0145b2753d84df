import type { Auth } from '../auth/authz.ts';
import type { Config } from '../config.ts';
import type { ProjectEventBus } from '../events/projectEvents.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { RateLimits } from '../http/rateLimits.ts';
import type { Logger } from '../logger.ts';

export interface Context {
  prisma: PrismaClient;
  auth: Auth;
  config: Config;
  log: Logger;
  /** Project events for live updates (in memory, or shared through Redis). */
  projectEvents: ProjectEventBus;
  /** Whether the request came over HTTPS (directly or via a trusted proxy): decides `Secure`. */
  secure: boolean;
  /** Set-Cookie headers to attach to the response. */
  responseCookies: string[];
  /** Login and mutation counters (in memory, or in Redis with REDIS_URL). */
  rateLimits: RateLimits;
  /** The client's IP address (from X-Forwarded-For behind a trusted proxy), for rate limits. */
  clientAddress: string;
  /** Raw session token from the request cookie, if any. */
  sessionToken: string | undefined;
}
